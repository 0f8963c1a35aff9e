"""Exception handlers: typed failures become short speech, anything else an apology and a log
(whose traceback never carries a foreign exception's message, see `redacted_traceback`)."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.response_helper import ResponseFactory
from ask_sdk_model import IntentRequest, Response

from attribute_store import (
    StoreConflictError,
    StoreItemTooLargeError,
    StoreOutcomeUnknownError,
    StoreUnavailableError,
)

from .. import speech
from ..notebook import MAX_ITEMS, NotebookFullError
from ..observability import logger, redacted_traceback
from ..turn import Turn, intent_slots

__all__ = ["ErrorHandler"]

_SPOKEN = {
    StoreItemTooLargeError: "memory_full",
    NotebookFullError: "notebook_full",
    StoreConflictError: "save_conflict",
    StoreOutcomeUnknownError: "save_unsure",
    StoreUnavailableError: "store_unavailable",
}


class ErrorHandler(AbstractExceptionHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        # A skill event has no one to apologise to: its failure must fail the invocation.
        request = handler_input.request_envelope.request
        return not str(getattr(request, "object_type", "")).startswith("AlexaSkillEvent.")

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        key = next((k for cls, k in _SPOKEN.items() if isinstance(exception, cls)), "error")
        # Start from an empty response: the failed handler's directives (an ElicitSlot, say) and
        # card must not go out with the apology.
        handler_input.response_builder = ResponseFactory()
        turn = Turn.of(handler_input)
        if key == "store_unavailable" and turn.state.changes:
            key = "save_conflict"  # the change was made but not saved: say so, not "can't reach"
        logger.error(
            "request failed",
            extra={
                "error": type(exception).__name__,
                "spoken": key,
                "traceback": redacted_traceback(exception),
            },
        )
        request = handler_input.request_envelope.request
        if handler_input.request_envelope.session is None or (
            request.object_type == "SessionEndedRequest"
        ):
            return turn.end()
        if isinstance(exception, StoreOutcomeUnknownError):
            # Keep the session open so that a repeat of the request is checked, not applied twice.
            if isinstance(request, IntentRequest):
                turn.session.unsure = {
                    "writeId": exception.write_id,
                    "intent": request.intent.name,
                    "slots": intent_slots(request),
                }
            return turn.ask(turn.say(key), turn.say("reprompt"))
        text = turn.say(key, limit=MAX_ITEMS)
        if turn.one_shot or key == "store_unavailable":
            # "Please try again later" asks for nothing now: the session ends with it.
            return turn.end(text)
        return turn.ask(speech.sentences(text, turn.say("what_now")), turn.say("reprompt"))
