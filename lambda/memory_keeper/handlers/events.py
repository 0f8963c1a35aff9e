"""Skill events. SkillDisabled with NOT_PERSISTED: the user asked Amazon to delete their data."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

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
            handler_input.attributes_manager.delete_persistent_attributes()
            logger.info("skill disabled: user data erased")
        else:
            logger.info("skill disabled: user data kept", extra={"persistence": status})
        return handler_input.response_builder.response
