"""Every skill event gets an answer: SkillDisabled erases (test_account_erase.py); every other one
is acknowledged with an empty response and an INFO log line, without reading the store."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from ask_sdk_model import RequestEnvelope

from attribute_store.sqlite import SqliteStore
from memory_keeper.observability import logger
from memory_keeper.settings import Settings
from memory_keeper.skill import build_skill
from tests.conftest import HandlerFactory
from tests.support.stores import ForwardingStore
from tools.make_events import EVENTS_DIR

# The event file, and the class the ASK SDK's model parses its request into.
SKILL_EVENTS = {
    "skill-enabled": "SkillEnabledRequest",
    "skill-account-linked": "AccountLinkedRequest",
    "skill-permission-accepted": "PermissionAcceptedRequest",
    "skill-permission-changed": "PermissionChangedRequest",
    "proactive-subscription-changed": "ProactiveSubscriptionChangedRequest",
    "notification-subscription-changed": "NotificationSubscriptionChangedRequest",
}


def _event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS_DIR / f"{name}.json").read_text("utf-8"))
    return event


@pytest.fixture
def info_log() -> Iterator[io.StringIO]:
    """The skill's log lines at INFO and above, as Lambda writes them (JSON lines)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logger.registered_formatter)
    level = logger.log_level
    logging.getLogger(logger.name).addHandler(handler)
    logger.setLevel("INFO")
    yield stream
    logger.setLevel(level)
    logging.getLogger(logger.name).removeHandler(handler)


@pytest.mark.parametrize("name", SKILL_EVENTS)
def test_the_events_are_envelopes_the_ask_sdk_reads(name: str) -> None:
    envelope = build_skill(Settings(), store=None).serializer.deserialize(
        json.dumps(_event(name)), RequestEnvelope
    )
    assert type(envelope.request).__name__ == SKILL_EVENTS[name]
    assert envelope.session is None
    assert envelope.context.system.user.user_id == "amzn1.ask.account.sample-user"


@pytest.mark.parametrize("name", SKILL_EVENTS)
def test_a_skill_event_gets_an_empty_response_and_an_info_line(
    name: str,
    make_handler: HandlerFactory,
    sqlite_store: SqliteStore,
    info_log: io.StringIO,
) -> None:
    store = ForwardingStore(sqlite_store)
    event = _event(name)
    result = make_handler(store=store)(event, None)
    assert result["version"] == "1.0"
    assert not {"outputSpeech", "reprompt", "card", "directives"} & set(result["response"])
    assert store.calls == []  # nothing to read or write
    lines = [json.loads(line) for line in info_log.getvalue().splitlines()]
    acknowledged = [line for line in lines if line["message"] == "skill event acknowledged"]
    assert [(line["level"], line["event"]) for line in acknowledged] == [
        ("INFO", event["request"]["type"])
    ]
    assert not [line for line in lines if line["level"] in ("WARNING", "ERROR")]


def test_the_log_line_says_what_changed_but_never_the_access_token(
    make_handler: HandlerFactory, info_log: io.StringIO
) -> None:
    handler = make_handler()
    for name in (
        "skill-account-linked",
        "skill-permission-changed",
        "proactive-subscription-changed",
    ):
        handler(_event(name), None)
    text = info_log.getvalue()
    assert "sample-access-token" not in text
    linked, permissions, subscriptions = (
        json.loads(line) for line in text.splitlines() if "skill event acknowledged" in line
    )
    assert linked["access_token"] is True
    assert permissions["scopes"] == ["alexa::profile:given_name:read"]
    assert subscriptions["subscriptions"] == ["AMAZON.MessageAlert.Activated"]


def test_skill_disabled_is_still_the_erasing_handlers(
    make_handler: HandlerFactory, sqlite_store: SqliteStore
) -> None:
    sqlite_store.save("amzn1.ask.account.sample-user", {"notes": {}}, 0)
    make_handler()(json.loads((EVENTS_DIR / "skill-disabled.json").read_text("utf-8")), None)
    assert sqlite_store.load("amzn1.ask.account.sample-user").version == 2  # the tombstone
