"""Shared by the intents that take one {item}: read it, or ask for it."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot
from ask_sdk_model import Response

from ..notebook import EmptyTextError, TextTooLongError, clean_item
from ..turn import Turn

__all__ = ["awaiting", "item_or_question", "slot_value"]


def item_or_question(turn: Turn, intent_name: str) -> str | Response:
    """The cleaned {item} slot, or an ElicitSlot response asking for it."""
    try:
        return clean_item(slot_value(turn.handler_input, "item"))
    except EmptyTextError:
        text, reprompt = turn.say("ask_which"), turn.say("ask_which_reprompt")
    except TextTooLongError:
        text, reprompt = turn.say("too_long"), turn.say("too_long_reprompt")
    return turn.elicit(intent_name, {"item": None}, "item", text, reprompt)


def awaiting(handler_input: HandlerInput, what: str) -> bool:
    """True when the skill's last question in this session was `what` (resume, more, erase)."""
    session = handler_input.request_envelope.session
    return bool(session and (session.attributes or {}).get("awaiting") == what)


def slot_value(handler_input: HandlerInput, name: str) -> str | None:
    """The spoken value of a slot, or None when the slot is absent or empty."""
    slot = get_slot(handler_input, name)
    value = slot.value if slot is not None else None
    return str(value) if value else None
