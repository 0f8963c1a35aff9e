"""ListIntent: "what do you remember" — the most recent items, a few at a time, and a card in
the Alexa app with every item."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..notebook import Note
from ..turn import Card, Question, Turn
from .asking import asking

__all__ = ["PAGE_SIZE", "ListHandler", "ListMoreHandler"]

PAGE_SIZE = 3
CARD_TEXT_LIMIT = 8000  # Alexa's limit for a card's title and content together
_MORE = ("AMAZON.YesIntent", "AMAZON.MoreIntent", "AMAZON.NextIntent")


class ListHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ListIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        notes = turn.notebook.active_notes()
        if not notes:
            return turn.answer(turn.say("list_empty"))
        count = turn.language.grammar.count(len(notes))
        turn.show(_card(turn, notes))
        if len(notes) <= PAGE_SIZE:
            entries = speech.join(turn.language, _entries(turn, notes))
            return turn.answer(turn.say("list_all", count_things=count, entries=entries))
        intro = turn.say("list_first", count_things=count, entries=_page(turn, notes, 0))
        return _continue(turn, intro, notes, PAGE_SIZE)


class ListMoreHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / More / Next after "…and 6 more. Want to hear more?"; No ends the listing."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return asking(handler_input, "more") and any(
            is_intent_name(name)(handler_input) for name in (*_MORE, "AMAZON.NoIntent")
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if is_intent_name("AMAZON.NoIntent")(handler_input):
            return turn.ask(turn.say("what_next"), turn.say("reprompt"))
        offset = turn.session.list_offset or PAGE_SIZE
        notes = turn.notebook.active_notes()
        text = turn.say("list_next", entries=_page(turn, notes, offset))
        return _continue(turn, text, notes, offset + PAGE_SIZE)


def _continue(turn: Turn, text: speech.Spoken, notes: list[Note], offset: int) -> Response:
    remaining = len(notes) - offset
    if remaining > 0:
        more = turn.say(
            "list_more", remaining=remaining, things=turn.language.grammar.count(remaining)
        )
        reprompt = turn.say("list_more_reprompt")
        turn.session.list_offset = offset
        return turn.ask(speech.sentences(text, more), reprompt, Question("more", reprompt))
    return turn.answer(speech.sentences(text, turn.say("list_done")))


def _page(turn: Turn, notes: list[Note], offset: int) -> speech.Spoken:
    page = notes[offset : offset + PAGE_SIZE]
    entries = _entries(turn, page)
    if offset + PAGE_SIZE < len(notes):
        return speech.Spoken(", ".join(entries) + ".")
    return speech.Spoken(speech.join(turn.language, entries) + ".")


def _entries(turn: Turn, notes: list[Note]) -> list[speech.Spoken]:
    return [
        turn.say("list_entry", place=turn.place(note.current.location), **turn.words(note.item))
        for note in notes
    ]


def _card(turn: Turn, notes: list[Note]) -> Card:
    """Every active item, one per line, for the Alexa app (as many as a card can hold: with
    200 long names the rest is counted, not cut off mid-line)."""
    title = speech.plain(turn.say("card_list_title"))
    lines: list[str] = []
    size = len(title)
    for number, entry in enumerate(_entries(turn, notes)):
        line = speech.plain(entry)
        if size + len(line) + 1 > CARD_TEXT_LIMIT - 100:
            remaining = len(notes) - number
            things = turn.language.grammar.count(remaining)
            lines.append(speech.plain(turn.say("card_more", remaining=remaining, things=things)))
            break
        lines.append(line[:1].upper() + line[1:])
        size += len(line) + 1
    return Card(title, "\n".join(lines))
