"""RememberIntent {item, location}: "my passport is in the top drawer"."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from ..notebook import (
    MAX_ITEMS,
    ClearPending,
    EmptyTextError,
    NotebookFullError,
    Remember,
    TextTooLongError,
    clean_item,
    clean_location,
)
from ..turn import Turn
from .asking import slot_value

__all__ = ["RememberHandler", "elicit_remember"]


class RememberHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("RememberIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        raw = {
            "item": slot_value(handler_input, "item"),
            "location": slot_value(handler_input, "location"),
        }
        try:
            item = clean_item(raw["item"])
        except EmptyTextError:
            return elicit_remember(turn, {"item": None, "location": raw["location"]})
        except TextTooLongError:
            return elicit_remember(turn, {"item": None, "location": raw["location"]}, too_long=True)
        try:
            location = clean_location(raw["location"])
        except EmptyTextError:
            return elicit_remember(turn, {"item": item, "location": None})
        except TextTooLongError:
            return elicit_remember(turn, {"item": item, "location": None}, too_long=True)
        try:
            outcome = turn.state.change(Remember(item, location, turn.now))
        except NotebookFullError:
            return turn.answer(turn.say("notebook_full", limit=MAX_ITEMS))
        if turn.notebook.pending:
            turn.state.change(ClearPending())
        words = turn.item_words(item)
        if outcome.kind == "unchanged":
            return turn.answer(turn.say("unchanged", location=location, **words))
        if outcome.kind == "moved" and outcome.previous:
            moved = turn.say(
                "moved", location=location, previous=outcome.previous.location, **words
            )
            return turn.answer(moved)
        return turn.answer(turn.say("saved", location=location, **words))


def elicit_remember(
    turn: Turn, slots: dict[str, str | None], *, too_long: bool = False
) -> Response:
    """Ask for whichever slot of RememberIntent is missing (the item first)."""
    if not slots.get("item"):
        text, reprompt = turn.say("ask_item"), turn.say("ask_item_reprompt")
        slot = "item"
    else:
        words = turn.item_words(str(slots["item"]))
        text, reprompt = (
            turn.say("ask_location", **words),
            turn.say("ask_location_reprompt", **words),
        )
        slot = "location"
    if too_long:
        text, reprompt = turn.say("too_long"), turn.say("too_long_reprompt")
    return turn.elicit("RememberIntent", slots, slot, text, reprompt)
