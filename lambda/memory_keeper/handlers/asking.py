"""Shared by the handlers: read a slot safely, resolve the {item} the user means, or ask."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot, is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..language import Grammar
from ..notebook import EmptyTextError, Note, TextTooLongError, check_text
from ..turn import QuestionKind, Turn

__all__ = [
    "answering_yes_or_no",
    "asking",
    "find_note",
    "item_or_question",
    "same_item",
    "several_items",
    "slot_value",
]

_MAX_OPTIONS = 3


def slot_value(handler_input: HandlerInput, name: str) -> str | None:
    """The spoken value of a slot without control characters, or None when absent or empty."""
    slot = get_slot(handler_input, name)
    value = speech.strip_control(str(slot.value)).strip() if slot and slot.value else ""
    return value or None


def asking(handler_input: HandlerInput, kind: QuestionKind) -> bool:
    """True when the skill's open question in this session is of `kind`."""
    session = handler_input.request_envelope.session
    question = (session.attributes or {}).get("question") if session else None
    return bool(question and question.get("kind") == kind)


def answering_yes_or_no(handler_input: HandlerInput, kind: QuestionKind) -> bool:
    """True for a yes or a no to the skill's open yes/no question of `kind`."""
    return asking(handler_input, kind) and (
        is_intent_name("AMAZON.YesIntent")(handler_input)
        or is_intent_name("AMAZON.NoIntent")(handler_input)
    )


def item_or_question(turn: Turn, intent_name: str) -> str | Response:
    """The item the user means: the {item} slot cleaned, "it"/"them" as the item last mentioned;
    or a response: a question for the item, or "okay" when the answer was "I don't know"."""
    grammar = turn.language.grammar
    raw = slot_value(turn.handler_input, "item")
    if raw and grammar.is_non_answer(raw):
        return turn.answer(turn.say("what_next"))
    if raw and grammar.is_pronoun(raw):
        raw = turn.session.last_item
    try:
        return check_text("item", grammar.clean_item(raw or ""))
    except EmptyTextError:
        text, reprompt = turn.say("ask_which"), turn.say("ask_which_reprompt")
    except TextTooLongError:
        text, reprompt = turn.say("too_long_item"), turn.say("too_long_item_reprompt")
    return turn.elicit(intent_name, {"item": None}, "item", text, reprompt)


def same_item(grammar: Grammar, said: str, key: str) -> bool:
    """Whether an item said names exactly the note kept as `key`, apostrophes aside ("mums
    ring" is "mum's ring": nobody says an apostrophe)."""

    def plain(text: str) -> str:
        return grammar.fold(grammar.key(text.replace("'", "").replace("’", "")))

    return plain(said) == plain(key)


def several_items(turn: Turn) -> list[str]:
    """The items the {item} slot names when it names more than one ("where are my keys and my
    wallet"), cleaned; else none."""
    grammar = turn.language.grammar
    raw = slot_value(turn.handler_input, "item")
    if not raw or grammar.is_pronoun(raw) or grammar.is_non_answer(raw):
        return []
    items = [item for part in grammar.split_items(raw) if (item := grammar.clean_item(part))]
    return items if len(items) > 1 else []


def find_note(
    turn: Turn, intent_name: str, item: str, *, include_forgotten: bool = False
) -> Note | Response | None:
    """The one note `item` means; a question when it could mean several; None when none."""
    notes = turn.notebook.lookup(
        item, turn.language.grammar.fold, include_forgotten=include_forgotten
    )
    if len(notes) <= 1:
        return notes[0] if notes else None
    options = [turn.say("list_option", **turn.words(note.item)) for note in notes[:_MAX_OPTIONS]]
    either = speech.join(turn.language, options, "or")
    text = turn.say("ask_which_of", options=either)
    reprompt = turn.say("ask_which_of_reprompt", options=either)
    names = tuple(note.item for note in notes[:_MAX_OPTIONS])
    return turn.elicit(
        intent_name, {"item": None}, "item", text, reprompt, kind="which", options=names
    )
