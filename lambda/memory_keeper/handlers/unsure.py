"""A request repeated after "I'm not sure that was saved": checked, never applied twice."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from ..turn import UNSURE_KEY, Turn, intent_slots

__all__ = ["RepeatAfterUnsureSaveHandler"]


class RepeatAfterUnsureSaveHandler(AbstractRequestHandler):  # type: ignore[misc]
    """The user says the same thing again after an unsure save. If that save had landed, say
    so instead of applying the change again (a second "undo" would revert one change too many);
    if it had not, forget the doubt and let the intent's own handler apply it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        if not isinstance(request, IntentRequest) or handler_input.request_envelope.session is None:
            return False
        turn = Turn.of(handler_input)
        unsure = turn.session.unsure
        if not unsure:
            return False
        if unsure.get("intent") != request.intent.name or unsure.get("slots") != intent_slots(
            request
        ):
            return False
        if turn.state.holds_write(str(unsure.get("writeId"))):
            return True
        handler_input.attributes_manager.session_attributes.pop(UNSURE_KEY, None)
        return False

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        turn.session.unsure = None
        return turn.answer(turn.say("saved_after_all"))
