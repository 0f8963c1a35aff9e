"""Skill events. SkillDisabled with NOT_PERSISTED: the user asked Amazon to delete their data.

Every record of the account is erased (the user's, and each voice profile's and device's listed
under it). If that cannot be done, the error is not turned into a normal response: the invocation
fails, so the failure is visible (the function's Errors alarm) instead of reported as success.
Erasing again is harmless, so a repeated event does no damage.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from attribute_store import StoreError

from ..observability import logger

__all__ = ["RAW_REQUEST", "SkillDisabledHandler"]

# ask-sdk-model 1.82's SkillDisabledRequest has no `body`, so the persistence status is read from
# the request as it arrived; the Lambda handler sets this for the duration of each invocation.
RAW_REQUEST: ContextVar[dict[str, Any]] = ContextVar("raw_request", default={})  # noqa: B039


class SkillDisabledHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AlexaSkillEvent.SkillDisabled")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        body = RAW_REQUEST.get().get("body") or {}
        status = body.get("userInformationPersistenceStatus")
        if status == "NOT_PERSISTED":
            try:
                handler_input.attributes_manager.delete_persistent_attributes()
            except StoreError as exc:
                logger.error("skill disabled: erase failed", extra={"error": type(exc).__name__})
                raise
            logger.info("skill disabled: user data erased")
        else:
            logger.info("skill disabled: user data kept", extra={"persistence": status})
        return handler_input.response_builder.response
