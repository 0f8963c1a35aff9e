"""RecallIntent {item}: "where is my passport"; HistoryIntent {item}: "where was it before"."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..turn import Turn
from .asking import item_or_question

__all__ = ["HistoryHandler", "RecallHandler"]


class RecallHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("RecallIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        item = item_or_question(turn, "RecallIntent")
        if isinstance(item, Response):
            return item
        note = turn.notebook.find(item)
        if note:
            when = speech.ago(turn.locale, note.current.saved_at, turn.now)
            words = turn.item_words(note.item)
            return turn.answer(
                turn.say("recall", location=note.current.location, when=when, **words)
            )
        forgotten = turn.notebook.find(item, include_forgotten=True)
        if forgotten and forgotten.forgotten_at:
            when = speech.ago(turn.locale, forgotten.forgotten_at, turn.now)
            words = turn.item_words(forgotten.item)
            text = turn.say(
                "recall_forgotten", location=forgotten.current.location, when=when, **words
            )
            return turn.answer(text)
        return turn.answer(turn.say("recall_unknown", **turn.item_words(item)))


class HistoryHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("HistoryIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        item = item_or_question(turn, "HistoryIntent")
        if isinstance(item, Response):
            return item
        note = turn.notebook.find(item)
        if note is None:
            return turn.answer(turn.say("recall_unknown", **turn.item_words(item)))
        words = turn.item_words(note.item)
        if not note.earlier:
            when = speech.ago(turn.locale, note.current.saved_at, turn.now)
            return turn.answer(
                turn.say("history_none", location=note.current.location, when=when, **words)
            )
        places = [
            turn.say(
                "history_place",
                location=version.location,
                when=speech.ago(turn.locale, version.saved_at, turn.now),
            )
            for version in note.earlier
        ]
        text = turn.say(
            "history",
            location=note.current.location,
            places=speech.join_words(turn.locale, places),
            **words,
        )
        return turn.answer(text)
