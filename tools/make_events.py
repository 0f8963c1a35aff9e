"""Writes tests/events/*.json: request envelopes for `make invoke` and `sam local invoke -e`.

Run `python -m tools.make_events` after changing the envelope builders; a test checks that the
committed files are what this script writes.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tools.envelopes import (
    Caller,
    Session,
    intent_request,
    launch_request,
    session_ended_request,
    skill_disabled_event,
    skill_event,
)

EVENTS_DIR = Path(__file__).resolve().parent.parent / "tests" / "events"
AT = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


def events() -> dict[str, dict[str, Any]]:
    caller = Caller(user="sample-user", device="sample-device")
    in_session = Session(id="amzn1.echo-api.session.sample", new=False)
    fresh = Session(id="amzn1.echo-api.session.sample", new=True)
    remember: dict[str, str | None] = {"item": "passport", "location": "in the top drawer"}
    item: dict[str, str | None] = {"item": "passport"}
    german = Caller(user="sample-user", device="sample-device", locale="de-DE")
    merke: dict[str, str | None] = {"item": "meine Schlüssel", "location": "am Haken"}
    built = {
        "launch": launch_request(caller, fresh, AT),
        "remember": intent_request(caller, "RememberIntent", remember, in_session, AT),
        "remember-one-shot": intent_request(caller, "RememberIntent", remember, fresh, AT),
        "remember-missing-location": intent_request(
            caller, "RememberIntent", {"item": "passport", "location": None}, in_session, AT
        ),
        "recall": intent_request(caller, "RecallIntent", item, in_session, AT),
        "recall-one-shot": intent_request(caller, "RecallIntent", item, fresh, AT),
        "history": intent_request(caller, "HistoryIntent", item, in_session, AT),
        "check": intent_request(caller, "CheckIntent", remember, in_session, AT),
        "place": intent_request(
            caller, "PlaceIntent", {"location": "in the top drawer"}, in_session, AT
        ),
        "forget": intent_request(caller, "ForgetIntent", item, in_session, AT),
        "forget-completely": intent_request(caller, "ForgetCompletelyIntent", item, in_session, AT),
        "undo": intent_request(caller, "UndoIntent", {}, in_session, AT),
        "list": intent_request(caller, "ListIntent", {}, in_session, AT),
        "forget-everything": intent_request(caller, "ForgetEverythingIntent", {}, in_session, AT),
        "help": intent_request(caller, "AMAZON.HelpIntent", {}, in_session, AT),
        "stop": intent_request(caller, "AMAZON.StopIntent", {}, in_session, AT),
        "cancel": intent_request(caller, "AMAZON.CancelIntent", {}, in_session, AT),
        "fallback": intent_request(caller, "AMAZON.FallbackIntent", {}, in_session, AT),
        "navigate-home": intent_request(caller, "AMAZON.NavigateHomeIntent", {}, in_session, AT),
        "yes": intent_request(caller, "AMAZON.YesIntent", {}, in_session, AT),
        "no": intent_request(caller, "AMAZON.NoIntent", {}, in_session, AT),
        "more": intent_request(caller, "AMAZON.MoreIntent", {}, in_session, AT),
        "next": intent_request(caller, "AMAZON.NextIntent", {}, in_session, AT),
        "repeat": intent_request(caller, "AMAZON.RepeatIntent", {}, in_session, AT),
        "start-over": intent_request(caller, "AMAZON.StartOverIntent", {}, in_session, AT),
        "thanks": intent_request(caller, "DoneIntent", {}, in_session, AT),
        "session-ended": session_ended_request(caller, in_session, "USER_INITIATED", AT),
        "skill-disabled": skill_disabled_event(caller, "NOT_PERSISTED", AT),
        **skill_events(caller),
        # German (de-DE): the same skill, another language
        "launch-de-DE": launch_request(german, fresh, AT),
        "remember-de-DE": intent_request(german, "RememberIntent", merke, in_session, AT),
        "recall-one-shot-de-DE": intent_request(
            german, "RecallIntent", {"item": "meine Schlüssel"}, fresh, AT
        ),
    }
    for envelope in built.values():
        envelope["request"]["requestId"] = "amzn1.echo-api.request.sample"
    return built


def skill_events(caller: Caller) -> dict[str, dict[str, Any]]:
    """The skill events other than SkillDisabled, with bodies as Alexa sends them."""
    permissions = {
        "acceptedPermissions": [{"scope": "alexa::profile:given_name:read"}],
        "acceptedPersonPermissions": [{"scope": "alexa::profile:given_name:read"}],
    }
    bodies: dict[str, dict[str, Any] | None] = {
        "SkillEnabled": None,
        "SkillAccountLinked": {"accessToken": "sample-access-token"},
        "SkillPermissionAccepted": permissions,
        "SkillPermissionChanged": permissions,
        "ProactiveSubscriptionChanged": {
            "subscriptions": [{"eventName": "AMAZON.MessageAlert.Activated"}]
        },
        "NotificationSubscriptionChanged": {"subscriptions": [{"topicId": "sample-topic"}]},
    }
    return {_kebab(name): skill_event(caller, name, body, AT) for name, body in bodies.items()}


def _kebab(name: str) -> str:
    """SkillAccountLinked -> skill-account-linked"""
    return "".join(f"-{c.lower()}" if c.isupper() else c for c in name).lstrip("-")


def render(envelope: dict[str, Any]) -> str:
    return json.dumps(envelope, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for name, envelope in events().items():
        (EVENTS_DIR / f"{name}.json").write_text(render(envelope), encoding="utf-8")
    print(f"wrote {len(events())} events to {EVENTS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
