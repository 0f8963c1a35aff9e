"""Questions about a place: CheckIntent {item, location} ("is my passport in the drawer?") and
PlaceIntent {location} ("what's in the garage?"). Both answer from the notebook only: yes when
that is certain, else where the item is; or what was noted there."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..language import Grammar
from ..meaning import AskPlace
from ..meaning import Question as Asked
from ..notebook import Note
from ..turn import Question, Turn
from .asking import find_note, item_or_question, location_said, same_item, several_items
from .listing import PAGE_SIZE, Entry, read_in_pages
from .recall import recall, recall_several, same_place, told_once

__all__ = [
    "CheckHandler",
    "PlaceHandler",
    "certainly_elsewhere",
    "near_place",
    "read_place",
    "reader_at_place",
    "same_place",
]


def _place_asked(turn: Turn) -> str | None:
    """The place a question names, as the language reads it ("up in the loft" is "in the
    loft", "the draw" the drawer); as said when the reading has none."""
    meaning = turn.meaning
    if isinstance(meaning, AskPlace | Asked) and meaning.place:
        return meaning.place
    return location_said(turn)


# Where a thing cannot be at once: under and on the same table, or under two things.
_EXCLUSIVE = frozenset(
    {frozenset(pair) for pair in (("on", "under"), ("above", "below"), ("auf", "unter"),
                                  ("über", "unter"), ("vor", "hinter"))}
)  # fmt: skip
# Places that may hold other places: "in the top drawer" may be "in the desk".
_HOLDING = frozenset({"in", "at", "inside", "within", "bei", "an"})


def certainly_elsewhere(grammar: Grammar, asked: str, noted: str) -> bool:
    """Whether a thing noted at one place cannot be at the place asked: one phrase each, and
    under (on, behind, …) something else ("under the sofa", noted "under the bed"), or the
    opposite side of the same thing ("under the table", noted "on the table"). A place that may
    hold the other ("in the desk", noted "in the top drawer"; "at home") is never a certain
    no."""
    wanted, phrases = grammar.place_phrases(asked), grammar.place_phrases(noted)
    if len(wanted) != 1 or len(phrases) != 1:
        return False
    (asked_preposition, asked_noun), (noted_preposition, noted_noun) = wanted[0], phrases[0]
    if not asked_noun or not noted_noun:
        return False
    if asked_preposition == noted_preposition:
        return asked_preposition not in _HOLDING and not set(asked_noun) & set(noted_noun)
    opposite = frozenset((asked_preposition, noted_preposition)) in _EXCLUSIVE
    return opposite and asked_noun == noted_noun


def near_place(grammar: Grammar, asked: str, noted: str) -> bool:
    """Whether a noted place is worth naming for "what's in …?": one of its phrases has the
    preposition and the words asked ("under the stairs" finds "in the cupboard under the
    stairs"), or it starts with that preposition and has every word asked somewhere ("in the
    car" finds "in the boot of the car" and "in the car park"). Each is then said with its own
    place, so a loose match never misleads."""
    wanted, phrases = grammar.place_phrases(asked), grammar.place_phrases(noted)
    phrases = [(preposition, noun) for preposition, noun in phrases if preposition != "not"]
    if not wanted or not phrases:
        return False
    asked_words = {word for _, noun in wanted for word in noun}
    if len(wanted) == 1 and any(
        preposition == wanted[0][0] and asked_words <= set(noun) for preposition, noun in phrases
    ):
        return True
    noted_words = {word for _, noun in phrases for word in noun}
    return wanted[0][0] == phrases[0][0] and asked_words <= noted_words


class CheckHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Is my passport in the drawer?": yes (and when told) when certain, else where it is.
    A missing or ambiguous item is asked for as "where is …" would ask, and answered so."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("CheckIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        several = several_items(turn)
        location = _place_asked(turn)
        if several:  # "are my keys and my wallet on the table": yes for all, or where each is
            return _check_several(turn, several, location)
        item = item_or_question(turn, "RecallIntent")
        if isinstance(item, Response) or location is None:
            return item if isinstance(item, Response) else recall(turn, item)
        note = find_note(turn, "RecallIntent", item)
        if isinstance(note, Response):
            return note
        if note is None:
            return recall(turn, item)  # forgotten or never told: recall says which
        grammar = turn.language.grammar
        version = note.current
        certain_item = same_item(grammar, item, note.key)
        here = same_place(grammar, location, version.location)
        elsewhere = (
            certain_item
            and not version.kind  # a note of a place, not parked or lent
            and certainly_elsewhere(grammar, location, version.location)
        )
        if not version.hedge and not (certain_item and here) and not elsewhere:
            # A yes or a no only when certain. Anything else (a place said otherwise, a longer
            # item such as "phone charger" for "phone") is answered with what is noted, which
            # never misleads: "Your passport is in the top drawer."
            return recall(turn, note.item)
        turn.mention(note.item)
        words = turn.words(note.item)
        when = turn.when(version.saved_at)
        place = turn.where(version)
        if version.hedge:  # told with "probably": said back as told, never a plain yes or no
            return turn.answer(turn.say("check_hedged", place=place, when=when, **words))
        if elsewhere:  # "Is my laptop under the sofa?" "No. You told me … under the bed."
            return turn.answer(turn.say("check_no", place=place, when=when, **words))
        return turn.answer(turn.say("check_yes", place=place, when=when, **words))


def _check_several(turn: Turn, items: list[str], location: str | None) -> Response:
    """ "Are my keys and my wallet on the table?" (or "are they …" after both were talked
    about): yes when that is certain for each one, said with where they are; otherwise where
    each one is, without a yes or a no, as for one item."""
    if location is None:
        return recall_several(turn, items)
    grammar = turn.language.grammar
    notes = []
    for item in items:
        found = turn.notebook.lookup(item, grammar.fold)
        note = found[0] if len(found) == 1 else None
        if not (
            note
            and same_item(grammar, item, note.key)
            and same_place(grammar, location, note.current.location)
        ):
            return recall_several(turn, items)  # asks which, or says where each one is
        notes.append(note)
    return turn.answer(speech.sentences(turn.say("check_yes_several"), told_once(turn, notes)))


def _entry(turn: Turn, item: str, place: str, asked: str) -> speech.Spoken:
    """ "your tent"; with its place when that says more than the one asked about ("your
    passport in the top drawer" for "what's in the drawer")."""
    if place.casefold() == asked.casefold():
        return turn.say("list_option", **turn.words(item))
    return turn.say("place_entry", place=place, **turn.words(item))


class PlaceHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "What's in the garage?": every item whose current place is that place, or none."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("PlaceIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        location = _place_asked(turn)
        if location is None:
            return turn.ask(turn.say("ask_place"), turn.say("ask_place_reprompt"))
        grammar = turn.language.grammar
        if not grammar.names_a_place(location):
            # "What's the weather like" heard as "what's {location}": not about a place.
            return turn.ask(turn.say("fallback"), turn.say("reprompt"))
        notes, entry = read_place(turn, location)
        asked = turn.place(location)
        if not notes:
            return turn.answer(turn.say("place_empty", place=asked))
        if len(notes) > PAGE_SIZE:  # "what's in the shed" with 200 things: a few at a time
            count = grammar.count(len(notes))
            slots = {"location": location}
            return read_in_pages(
                turn, notes, entry, "place_first", intent="PlaceIntent", slots=slots,
                place=asked, count_things=count,
            )  # fmt: skip
        entries = [entry(turn, note) for note in notes]
        turn.mention_listed([note.item for note in notes])
        return turn.answer(
            turn.say("place_items", place=asked, entries=speech.join(turn.language, entries))
        )


def read_place(turn: Turn, location: str) -> tuple[list[Note], Entry]:
    """The notes "what's in <location>?" names, in the order they were told, and how each is
    said; also what "Want to hear more?" reads on from (`reader_at_place`)."""
    grammar = turn.language.grammar
    notes = [
        note
        for note in reversed(turn.notebook.active_notes())  # in the order they were told
        if near_place(grammar, location, note.current.location)
    ]
    asked = turn.place(location)

    def entry(turn: Turn, note: Note) -> speech.Spoken:
        return _entry(turn, note.item, turn.where(note.current), asked)

    return notes, entry


def reader_at_place(turn: Turn, question: Question) -> tuple[list[Note], Entry]:
    """What the pages of "what's in the shed" read on from: the place kept in the question."""
    return read_place(turn, question.slots.get("location") or "")
