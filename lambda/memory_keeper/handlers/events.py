"""Skill events. SkillDisabled with NOT_PERSISTED: the user asked Amazon to delete their data.

Every record of the account is erased (the user's, and each voice profile's and device's listed
under it). If that cannot be done, the error is not turned into a normal response: the invocation
fails, so the failure is visible (the function's Errors alarm) instead of reported as success.
Erasing again is harmless, so a repeated event does no damage.

Every other skill event (SkillEnabled, SkillAccountLinked, SkillPermissionAccepted and
SkillPermissionChanged, ProactiveSubscriptionChanged, NotificationSubscriptionChanged) asks
nothing of the skill: it keeps no account link, permission or subscription. It gets an empty
response and an INFO log line, never a failed invocation (the manifest subscribes to SkillDisabled
only today, but a subscription added later, or a test tool, sends them). The store is not read.
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

__all__ = ["RAW_REQUEST", "SkillDisabledHandler", "SkillEventHandler"]

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


class SkillEventHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Any skill event but SkillDisabled (handled before): acknowledged, logged."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request_type = str(handler_input.request_envelope.request.object_type)
        return request_type.startswith("AlexaSkillEvent.")

    def handle(self, handler_input: HandlerInput) -> Response:
        event = str(handler_input.request_envelope.request.object_type)
        body = RAW_REQUEST.get().get("body") or {}
        logger.info("skill event acknowledged", extra={"event": event, **_summary(body)})
        return handler_input.response_builder.response


def _summary(body: dict[str, Any]) -> dict[str, Any]:
    """What an event says, without what identifies a person (the access token is not logged)."""
    summary: dict[str, Any] = {}
    scopes = [
        permission.get("scope")
        for key in ("acceptedPermissions", "acceptedPersonPermissions")
        for permission in body.get(key) or []
        if isinstance(permission, dict)
    ]
    if scopes:
        summary["scopes"] = sorted({str(scope) for scope in scopes})
    subscriptions = [
        subscription.get("eventName") or subscription.get("topicId")
        for subscription in body.get("subscriptions") or []
        if isinstance(subscription, dict)
    ]
    if subscriptions:
        summary["subscriptions"] = [str(name) for name in subscriptions]
    if "accessToken" in body:
        summary["access_token"] = bool(body["accessToken"])
    return summary
