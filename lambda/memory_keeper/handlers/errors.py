"""Exception handlers: typed failures become short speech, anything else an apology and a log."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from attribute_store import (
    StoreConflictError,
    StoreItemTooLargeError,
    StoreUnavailableError,
)

from .. import speech
from ..notebook import MAX_ITEMS, NotebookFullError
from ..observability import logger
from ..turn import Turn

__all__ = ["ErrorHandler"]

_SPOKEN = {
    StoreItemTooLargeError: "memory_full",
    NotebookFullError: "notebook_full",
    StoreConflictError: "save_conflict",
    StoreUnavailableError: "store_unavailable",
}


class ErrorHandler(AbstractExceptionHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        key = next((k for cls, k in _SPOKEN.items() if isinstance(exception, cls)), "error")
        logger.exception("request failed", extra={"error": type(exception).__name__, "spoken": key})
        turn = Turn.of(handler_input)
        request_type = handler_input.request_envelope.request.object_type
        if handler_input.request_envelope.session is None or request_type == "SessionEndedRequest":
            return turn.end()
        text = turn.say(key, limit=MAX_ITEMS)
        if turn.one_shot:
            return turn.end(text)
        return turn.ask(speech.sentences(text, turn.say("what_now")), turn.say("reprompt"))
