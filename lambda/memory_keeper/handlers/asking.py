"""Shared by the handlers: read a slot safely, resolve the {item} the user means, or ask."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_slot, is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..language import Grammar
from ..notebook import EmptyTextError, Note, TextTooLongError, check_text
from ..speech import Spoken
from ..turn import Question, QuestionKind, Turn, intent_slots

__all__ = [
    "answering_yes_or_no",
    "ask_one_at_a_time",
    "ask_which_again",
    "ask_which_of",
    "asking",
    "choice_of",
    "chosen_options",
    "find_note",
    "item_or_question",
    "location_said",
    "name_the_rest",
    "named_together",
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
        rest = name_the_rest(turn) if not chosen else None
        if rest is not None:
            return rest
        # Nothing picked for certain ("the blue ones"), or "both" where one at a time is the
        # rule (erasing for good): the same question, options named again.
        return ask_which_again(turn, "which_again" if not chosen else "which_one_at_a_time")
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
    wallet"), cleaned, or "both" chose (with the items asked about with the one it chose
    among); "them" right after several items were talked about,
    unless `them_means_all` is off (then `item_or_question` asks which); else none."""
    grammar = turn.language.grammar
    chosen = chosen_options(turn)
    if chosen is not None:
        question = turn.session.question
        rest = (question.before, question.after) if question and chosen else ((), ())
        items = [*rest[0], *chosen, *rest[1]]  # "where are my keys and my wallet": both
        return items if len(items) > 1 else []
    raw = slot_value(turn.handler_input, "item")
    session = turn.session
    if raw and grammar.is_pronoun(raw) and not session.last_item and len(session.last_items) > 1:
        return list(session.last_items) if them_means_all else []
    if not raw or grammar.is_pronoun(raw) or grammar.is_non_answer(raw):
        return []
    items = [item for part in grammar.split_items(raw) if (item := grammar.clean_item(part))]
    if len(items) > 1:
        return items
    return _known_parts(turn, raw)


def _known_parts(turn: Turn, raw: str) -> list[str]:
    """ "Are the car keys and the spare key in the bowl?": a name that no note has, whose parts
    at "and" each name a note, asks about each ("the keys and the remote" stays one name when
    saved, so a question about two notes would otherwise find neither)."""
    grammar = turn.language.grammar
    and_ = f" {turn.say('and')} "
    if and_ not in f" {raw.lower()} " or turn.notebook.lookup(
        grammar.clean_item(raw), grammar.fold
    ):
        return []
    parts = [grammar.clean_item(part) for part in raw.replace(",", and_).split(and_)]
    parts = [part for part in parts if part]
    known = all(turn.notebook.lookup(part, grammar.fold, include_forgotten=True) for part in parts)
    return parts if len(parts) > 1 and known else []


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
    chosen = choice_of(turn, raw, question)
    if chosen:
        return chosen
    others = turn.notebook.lookup(grammar.clean_item(raw), grammar.fold)
    every = _candidates(turn, question) or question.options
    if others and not {note.item for note in others} & set(every):
        return None
    return []


def choice_of(turn: Turn, said: str, question: Question) -> list[str]:
    """The options an answer to "Which do you mean …?" picks, of every note the question was
    about, not only those it named: "all of them" ("both", "alle") is each one; "the second
    one" counts the ones named; words pick among all ("the office ones"). None ([]) when that
    is not certain ("the fifth one" of four; one of two not named) or the notes changed
    meanwhile."""
    grammar = turn.language.grammar
    named = _named(question)
    first = grammar.choose(said, named)
    every = _candidates(turn, question)
    if every is None:
        return []
    if len(every) == len(named):
        return first
    others = [name for name in every if name not in named]
    wanted = grammar.rest_wanted(said, len(named), len(every))
    if wanted == "all" or (wanted == "one" and len(others) == 1):
        return others  # "the others"; "the other one", "the last one" of one not named
    if wanted:
        return []  # one of several not named: `name_the_rest` names them
    if len(first) > 1:
        return every  # "all of them"
    wider = grammar.choose(said, every)
    if len(wider) > 1:
        return every
    return wider if (wider == first or not first) else []


def _named(question: Question) -> list[str]:
    """The options a "which" question has named so far, in the order it named them."""
    return list(question.options[: question.named or _MAX_OPTIONS])


def name_the_rest(turn: Turn) -> Response | None:
    """ "The other one", to "…, and 2 more. Which do you mean?": the ones not named yet, named
    (three at a time), and the question asked again with every one named so far; None when the
    answer did not ask for them."""
    question = turn.session.question
    raw = slot_value(turn.handler_input, "item")
    if not (question and question.kind == "which" and question.intent and raw):
        return None
    named = _named(question)
    every = _candidates(turn, question)
    if every is None or not turn.language.grammar.rest_wanted(raw, len(named), len(every)):
        return None
    others = [name for name in every if name not in named]
    if len(others) < 2:
        return None
    now_named = [*named, *others[:_MAX_OPTIONS]]
    listed = _listing(turn, others[:_MAX_OPTIONS], len(others) - _MAX_OPTIONS)
    text = turn.say("which_the_others", named=listed)
    everyone = _listing(turn, now_named, len(every) - len(now_named))
    reprompt = turn.say("ask_which_of_many_reprompt", named=everyone)
    options = tuple(now_named) if question.among else question.options
    turn.elicit(
        question.intent, {"item": None}, "item", text, reprompt, kind="which", options=options,
        among=(question.among, question.digest),
    )  # fmt: skip
    turn.amend_question(named=len(now_named), before=question.before, after=question.after)
    return turn.handler_input.response_builder.response


def ask_one_at_a_time(turn: Turn, lead: str) -> Response:
    """The open "Which do you mean …?" again after `lead` ("I can tell you … one at a time"),
    without offering "all of them", which is what was just refused."""
    question = turn.session.question
    every = _candidates(turn, question) if question and question.kind == "which" else None
    if question is None or every is None or len(every) <= _MAX_OPTIONS:
        return ask_which_again(turn, lead)
    named = _named(question)
    listed = _listing(turn, named, len(every) - len(named))
    turn.amend_question(text=str(turn.say("ask_which_of_only", named=listed)))
    return turn.reask(turn.say(lead))


def _listing(turn: Turn, names: Sequence[str], rest: int) -> Spoken:
    """ "your car keys, your house keys, your spare keys, and one more"."""
    named = [turn.say("list_option", **turn.words(name)) for name in names]
    if rest > 0:
        number = turn.language.grammar.number(rest)
        more = turn.say("which_more_one") if rest == 1 else turn.say("which_more", rest=number)
        named.append(more)
    return speech.join(turn.language, named)


def ask_which_again(turn: Turn, lead: str = "which_again") -> Response:
    """The open "Which do you mean …?" again, after `lead`; asked afresh when the notes it was
    about changed meanwhile (on another device), so an answer never picks a note not named."""
    question = turn.session.question
    if question and question.among and question.intent and _candidates(turn, question) is None:
        notes = turn.notebook.lookup(question.among, turn.language.grammar.fold)
        if len(notes) < 2:
            return turn.ask(turn.say("what_next"), turn.say("reprompt"))
        items = [note.item for note in notes]
        changed = turn.say("which_changed")
        return ask_which_of(turn, question.intent, items, among=question.among, lead=changed)
    return turn.reask(turn.say(lead))


def _candidates(turn: Turn, question: Question) -> list[str] | None:
    """Every note a "which" question was about, by name: its options, or those found again by
    the name it was asked about (forgotten ones included when it was about those); None when
    they are no longer the same notes."""
    if not question.among:
        return list(question.options)
    for include_forgotten in (False, True):
        notes = turn.notebook.lookup(
            question.among, turn.language.grammar.fold, include_forgotten=include_forgotten
        )
        names = [note.item for note in notes]
        if _digest(names) == question.digest:
            return names
    return None


def _digest(names: Sequence[str]) -> str:
    """A short fingerprint of a list of names, kept in the session instead of the names (200
    of them would not fit in a response)."""
    return f"{len(names)}-{zlib.crc32(chr(31).join(names).encode()):08x}"


def find_note(
    turn: Turn, intent_name: str, item: str, *, include_forgotten: bool = False
) -> Note | Response | None:
    """The one note `item` means; a question when it could mean several; None when none."""
    notes = turn.notebook.lookup(
        item, turn.language.grammar.fold, include_forgotten=include_forgotten
    )
    if len(notes) <= 1:
        return notes[0] if notes else None
    return ask_which_of(turn, intent_name, [note.item for note in notes], among=item)


def ask_which_of(
    turn: Turn,
    intent_name: str,
    items: Sequence[str],
    *,
    among: str = "",
    lead: Spoken | None = None,
) -> Response:
    """ "Which do you mean: your car keys or your house keys?", asked for `intent_name`. More
    than three are counted, three named ("I know 4 things that could be your keys: your car
    keys, …, and one more."); `among` is the name they were found by, so that "all of them"
    finds every one again."""
    if len(items) <= _MAX_OPTIONS:
        options = [turn.say("list_option", **turn.words(name)) for name in items]
        either = speech.join(turn.language, options, "or")
        text = turn.say("ask_which_of", options=either)
        reprompt = turn.say("ask_which_of_reprompt", options=either)
        kept, found_by = tuple(items), ("", "")
    else:
        text, reprompt = _which_of_many(turn, items, among)
        kept = tuple(items[:_MAX_OPTIONS]) if among else tuple(items)
        found_by = (among, _digest(items)) if among else ("", "")
    if lead:
        text = speech.sentences(lead, text)
    # The request's other slots stay ("when did I put my keys in the car?": the place), so the
    # answer is to the same question.
    request = turn.handler_input.request_envelope.request
    slots: dict[str, str | None] = {"item": None}
    if getattr(getattr(request, "intent", None), "name", None) == intent_name:
        slots.update({name: value for name, value in intent_slots(request).items() if value})
        slots["item"] = None
    return turn.elicit(
        intent_name, slots, "item", text, reprompt, kind="which", options=kept, among=found_by,
    )  # fmt: skip


def _which_of_many(turn: Turn, items: Sequence[str], among: str) -> tuple[Spoken, Spoken]:
    """The question and its reprompt when there are more than three to choose from: how many,
    the first three by name, how many more, and that "all of them" is an answer too."""
    listed = _listing(turn, items[:_MAX_OPTIONS], len(items) - _MAX_OPTIONS)
    count = turn.language.grammar.count(len(items))
    if among:
        text = turn.say("ask_which_of_many", count_things=count, named=listed, **turn.words(among))
    else:
        text = turn.say("ask_which_of_many_them", count_things=count, named=listed)
    return text, turn.say("ask_which_of_many_reprompt", named=listed)


def named_together(turn: Turn, items: Sequence[str]) -> Spoken:
    """ "your keys and your wallet", as the language lists things."""
    names = [turn.say("list_option", **turn.words(item)) for item in items]
    return speech.join(turn.language, names)


def location_said(turn: Turn) -> str | None:
    """The request's {location}, cleaned; None when none (or nothing usable) was said."""
    raw = slot_value(turn.handler_input, "location")
    try:
        return check_text("location", turn.language.grammar.clean_location(raw or ""))
    except (EmptyTextError, TextTooLongError):
        return None
