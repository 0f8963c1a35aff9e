"""Questions about a place: CheckIntent {item, location} ("is my passport in the drawer?") and
PlaceIntent {location} ("what's in the garage?"). Both answer from the notebook only: yes or no
with the place noted and when, or what was noted there."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..language import Grammar
from ..notebook import EmptyTextError, TextTooLongError, check_text
from ..turn import Turn
from .asking import find_note, item_or_question, slot_value
from .recall import recall

__all__ = ["CheckHandler", "PlaceHandler", "same_place"]


def same_place(grammar: Grammar, asked: str, noted: str) -> bool:
    """Whether the place asked about is the noted one: the same preposition, and every word of
    the asked place in the noted one ("in the drawer" is "in the top drawer"; "on the table" is
    not "under the table")."""
    asked_words, noted_words = grammar.place(asked).split(), grammar.place(noted).split()
    if not asked_words or not noted_words or asked_words[0].lower() != noted_words[0].lower():
        return False

    def words(rest: list[str]) -> set[str]:
        return set(grammar.fold(grammar.key(grammar.clean_item(" ".join(rest)))).split())

    wanted = words(asked_words[1:])
    return wanted <= words(noted_words[1:]) if wanted else len(asked_words) == len(noted_words)


def _location(turn: Turn) -> str | None:
    raw = slot_value(turn.handler_input, "location")
    try:
        return check_text("location", turn.language.grammar.clean_location(raw or ""))
    except (EmptyTextError, TextTooLongError):
        return None


class CheckHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Is my passport in the drawer?": yes (and when told), no (and where it is), or unknown.
    A missing or ambiguous item is asked for as "where is …" would ask, and answered so."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("CheckIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        location = _location(turn)
        item = item_or_question(turn, "RecallIntent")
        if isinstance(item, Response) or location is None:
            return item if isinstance(item, Response) else recall(turn, item)
        note = find_note(turn, "RecallIntent", item)
        if isinstance(note, Response):
            return note
        if note is None:
            return recall(turn, item)  # forgotten or never told: recall says which
        turn.mention(note.item)
        words = turn.words(note.item)
        when = turn.when(note.current.saved_at)
        place = turn.place(note.current.location)
        if same_place(turn.language.grammar, location, note.current.location):
            return turn.answer(turn.say("check_yes", place=place, when=when, **words))
        asked = turn.place(location)
        return turn.answer(turn.say("check_no", place=place, asked=asked, when=when, **words))


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
        location = _location(turn)
        if location is None:
            return turn.ask(turn.say("ask_place"), turn.say("ask_place_reprompt"))
        grammar = turn.language.grammar
        notes = [
            note
            for note in reversed(turn.notebook.active_notes())  # in the order they were told
            if same_place(grammar, location, note.current.location)
        ]
        asked = turn.place(location)
        if not notes:
            return turn.answer(turn.say("place_empty", place=asked))
        entries = [
            _entry(turn, note.item, turn.place(note.current.location), asked) for note in notes
        ]
        return turn.answer(
            turn.say("place_items", place=asked, entries=speech.join(turn.language, entries))
        )
