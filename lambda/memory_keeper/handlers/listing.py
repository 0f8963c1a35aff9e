"""ListIntent: "what do you remember" — the most recent items, a few at a time."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..notebook import Note
from ..turn import Turn
from .asking import awaiting

__all__ = ["PAGE_SIZE", "ListHandler", "ListMoreHandler"]

PAGE_SIZE = 3


class ListHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ListIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        notes = turn.notebook.active_notes()
        if not notes:
            return turn.answer(turn.say("list_empty"))
        count = speech.count_things(turn.locale, len(notes))
        if len(notes) <= PAGE_SIZE:
            entries = speech.join_words(turn.locale, _entries(turn, notes))
            return turn.answer(turn.say("list_all", count_things=count, entries=entries))
        intro = turn.say("list_first", count_things=count, entries=_page(turn, notes, 0))
        return _continue(turn, intro, notes, PAGE_SIZE)


class ListMoreHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / More after "…and 6 more. Want to hear more?"; No ends the listing."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return awaiting(handler_input, "more") and any(
            is_intent_name(name)(handler_input)
            for name in ("AMAZON.YesIntent", "AMAZON.MoreIntent", "AMAZON.NoIntent")
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if is_intent_name("AMAZON.NoIntent")(handler_input):
            return turn.ask(turn.say("what_next"), turn.say("reprompt"))
        offset = int(turn.session.get("listOffset", PAGE_SIZE))
        notes = turn.notebook.active_notes()
        text = turn.say("list_next", entries=_page(turn, notes, offset))
        return _continue(turn, text, notes, offset + PAGE_SIZE)


def _continue(turn: Turn, text: str, notes: list[Note], offset: int) -> Response:
    remaining = len(notes) - offset
    if remaining > 0:
        more = turn.say("list_more", remaining=remaining)
        response = turn.ask(f"{text} {more}", more, awaiting="more")
        turn.session["listOffset"] = offset
        return response
    return turn.answer(f"{text} {turn.say('list_done')}")


def _page(turn: Turn, notes: list[Note], offset: int) -> speech.Spoken:
    page = notes[offset : offset + PAGE_SIZE]
    entries = _entries(turn, page)
    if offset + PAGE_SIZE < len(notes):
        return speech.Spoken(", ".join(entries) + ".")
    return speech.Spoken(speech.join_words(turn.locale, entries) + ".")


def _entries(turn: Turn, notes: list[Note]) -> list[str]:
    return [
        turn.say("list_entry", location=note.current.location, **turn.item_words(note.item))
        for note in notes
    ]
