"""Shared by the handlers: read a slot safely, resolve the {item} the user means, or ask."""

from __future__ import annotations

from collections.abc import Sequence

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_slot, is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..language import Grammar
from ..notebook import EmptyTextError, Note, TextTooLongError, check_text
from ..turn import QuestionKind, Turn

__all__ = [
    "answering_yes_or_no",
    "ask_which_of",
    "asking",
    "chosen_options",
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
    chosen = chosen_options(turn)
    if chosen is not None:
        if len(chosen) == 1:
            return chosen[0]
        # Nothing picked for certain ("the blue ones"), or "both" where one at a time is the
        # rule (erasing for good): the same question, options named again.
        return turn.reask(turn.say("which_again" if not chosen else "which_one_at_a_time"))
    if raw and grammar.is_pronoun(raw):
        if not turn.session.last_item and len(turn.session.last_items) > 1:
            # "Forget them" after two items were talked about: which one, by name.
            return ask_which_of(turn, intent_name, turn.session.last_items)
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


def several_items(turn: Turn, *, them_means_all: bool = True) -> list[str]:
    """The items the {item} slot names when it names more than one ("where are my keys and my
    wallet"), cleaned, or "both" chose; "them" right after several items were talked about,
    unless `them_means_all` is off (then `item_or_question` asks which); else none."""
    grammar = turn.language.grammar
    chosen = chosen_options(turn)
    if chosen is not None:
        return chosen if len(chosen) > 1 else []
    raw = slot_value(turn.handler_input, "item")
    session = turn.session
    if raw and grammar.is_pronoun(raw) and not session.last_item and len(session.last_items) > 1:
        return list(session.last_items) if them_means_all else []
    if not raw or grammar.is_pronoun(raw) or grammar.is_non_answer(raw):
        return []
    items = [item for part in grammar.split_items(raw) if (item := grammar.clean_item(part))]
    return items if len(items) > 1 else []


def chosen_options(turn: Turn) -> list[str] | None:
    """The answer to "Which do you mean: your car keys or your house keys?", as the options it
    picks: both, one by its order or by its words, or none ([]: ask again). None when this
    request is not such an answer: no such question is open, another intent was heard, no item
    was said, or the answer names another known item ("where is my passport" is a new request).
    "Both" or "the first one" is never an item's name."""
    question = turn.session.question
    handler_input = turn.handler_input
    if not (question and question.kind == "which" and question.options):
        return None
    if get_intent_name(handler_input) != question.intent:
        return None
    grammar = turn.language.grammar
    raw = slot_value(handler_input, "item")
    if not raw or grammar.is_non_answer(raw):
        return None
    chosen = grammar.choose(raw, question.options)
    if chosen:
        return chosen
    others = turn.notebook.lookup(grammar.clean_item(raw), grammar.fold)
    if others and not {note.item for note in others} & set(question.options):
        return None
    return []


def find_note(
    turn: Turn, intent_name: str, item: str, *, include_forgotten: bool = False
) -> Note | Response | None:
    """The one note `item` means; a question when it could mean several; None when none."""
    notes = turn.notebook.lookup(
        item, turn.language.grammar.fold, include_forgotten=include_forgotten
    )
    if len(notes) <= 1:
        return notes[0] if notes else None
    return ask_which_of(turn, intent_name, [note.item for note in notes])


def ask_which_of(turn: Turn, intent_name: str, items: Sequence[str]) -> Response:
    """ "Which do you mean: your car keys or your house keys?", asked for `intent_name`."""
    names = tuple(items[:_MAX_OPTIONS])
    options = [turn.say("list_option", **turn.words(name)) for name in names]
    either = speech.join(turn.language, options, "or")
    text = turn.say("ask_which_of", options=either)
    reprompt = turn.say("ask_which_of_reprompt", options=either)
    return turn.elicit(
        intent_name, {"item": None}, "item", text, reprompt, kind="which", options=names
    )
