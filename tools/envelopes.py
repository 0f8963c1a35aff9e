"""Builders for Alexa request envelopes, as the Alexa service sends them.

Used by `make chat`, the dialog tests and `tools/make_events.py` (which writes tests/events/).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "SKILL_ID",
    "Caller",
    "Session",
    "intent_request",
    "launch_request",
    "session_ended_request",
    "skill_disabled_event",
    "skill_event",
]

SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000"


@dataclass
class Caller:
    """Who is speaking, from which device, to which skill."""

    user: str = "alice"
    device: str = "kitchen-echo"
    person: str | None = None
    skill_id: str = SKILL_ID
    locale: str = "en-US"
    api_endpoint: str = "https://api.amazonalexa.com"

    @property
    def user_id(self) -> str:
        return f"amzn1.ask.account.{self.user}"

    def context(self) -> dict[str, Any]:
        system: dict[str, Any] = {
            "application": {"applicationId": self.skill_id},
            "user": {"userId": self.user_id},
            "device": {
                "deviceId": f"amzn1.ask.device.{self.device}",
                "supportedInterfaces": {},
            },
            "apiEndpoint": self.api_endpoint,
            "apiAccessToken": "local-test-token",
        }
        if self.person:
            system["person"] = {"personId": f"amzn1.ask.person.{self.person}"}
        return {"System": system}


@dataclass
class Session:
    """An Alexa session: new on the first request, then carrying the skill's session attributes."""

    id: str = field(default_factory=lambda: f"amzn1.echo-api.session.{uuid.uuid4()}")
    new: bool = True
    attributes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, caller: Caller) -> dict[str, Any]:
        return {
            "new": self.new,
            "sessionId": self.id,
            "application": {"applicationId": caller.skill_id},
            "attributes": dict(self.attributes),
            "user": {"userId": caller.user_id},
        }

    def follow(self, response: dict[str, Any]) -> None:
        """Carry the skill's response into the next request of this session."""
        self.new = False
        self.attributes = dict(response.get("sessionAttributes") or {})


def _envelope(
    caller: Caller, request: dict[str, Any], session: Session | None, at: datetime | None
) -> dict[str, Any]:
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    request = {
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "locale": caller.locale,
        **request,
    }
    envelope: dict[str, Any] = {"version": "1.0", "context": caller.context(), "request": request}
    if session is not None:
        envelope["session"] = session.to_dict(caller)
    return envelope


def launch_request(
    caller: Caller, session: Session | None = None, at: datetime | None = None
) -> dict[str, Any]:
    return _envelope(caller, {"type": "LaunchRequest"}, session or Session(), at)


def intent_request(
    caller: Caller,
    name: str,
    slots: Mapping[str, str | None] | None = None,
    session: Session | None = None,
    at: datetime | None = None,
    dialog_state: str | None = None,
) -> dict[str, Any]:
    intent = {
        "name": name,
        "confirmationStatus": "NONE",
        "slots": {
            slot: {"name": slot, "confirmationStatus": "NONE"}
            | ({"value": value} if value is not None else {})
            for slot, value in (slots or {}).items()
        },
    }
    request: dict[str, Any] = {"type": "IntentRequest", "intent": intent}
    if dialog_state:
        request["dialogState"] = dialog_state
    return _envelope(caller, request, session or Session(), at)


def session_ended_request(
    caller: Caller, session: Session, reason: str = "USER_INITIATED", at: datetime | None = None
) -> dict[str, Any]:
    request = {"type": "SessionEndedRequest", "reason": reason}
    return _envelope(caller, request, session, at)


def skill_event(
    caller: Caller,
    name: str,
    body: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """`AlexaSkillEvent.<name>` (SkillEnabled, SkillPermissionAccepted, ...): a context but no
    session, and the event's `body` if it has one."""
    moment = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    request: dict[str, Any] = {
        "type": f"AlexaSkillEvent.{name}",
        "eventCreationTime": moment,
        "eventPublishingTime": moment,
    }
    if body is not None:
        request["body"] = dict(body)
    return _envelope(caller, request, None, at)


def skill_disabled_event(
    caller: Caller, status: str = "NOT_PERSISTED", at: datetime | None = None
) -> dict[str, Any]:
    """AlexaSkillEvent.SkillDisabled; `status` NOT_PERSISTED: the user asked for their data to
    be deleted."""
    return skill_event(caller, "SkillDisabled", {"userInformationPersistenceStatus": status}, at)
