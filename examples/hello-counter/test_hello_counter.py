"""Dialog tests of the hello-counter example, on DynamoDB Local (started by the repository's
`tools.dynamodb_servers`; elsewhere, set DYNAMODB_ENDPOINT to a running one)."""

from __future__ import annotations

import importlib
import json
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def skill() -> Iterator[ModuleType]:
    """The example's module, imported as Lambda would, on a table of its own."""
    with ExitStack() as stack:
        endpoint = os.environ.get("DYNAMODB_ENDPOINT")
        if not endpoint:
            from tools.dynamodb_servers import running_dynamodb_local

            endpoint = stack.enter_context(running_dynamodb_local())
        patch = pytest.MonkeyPatch()
        stack.callback(patch.undo)
        patch.setenv("DYNAMODB_ENDPOINT", endpoint)
        patch.setenv("TABLE_NAME", f"hello-counter-{uuid.uuid4().hex[:8]}")
        patch.setenv("AWS_DEFAULT_REGION", "us-east-1")
        patch.syspath_prepend(str(HERE))
        sys.modules.pop("lambda_function", None)
        yield importlib.import_module("lambda_function")
        sys.modules.pop("lambda_function", None)


def request(user: str, body: dict[str, Any], new: bool = True) -> dict[str, Any]:
    application = {"applicationId": "amzn1.ask.skill.hello"}
    return {
        "version": "1.0",
        "session": {"new": new, "sessionId": f"s-{user}", "application": application,
                    "user": {"userId": user}},
        "context": {"System": {"application": application, "user": {"userId": user},
                               "device": {"deviceId": "device-1"},
                               "apiEndpoint": "https://api.amazonalexa.com"}},
        "request": {"requestId": uuid.uuid4().hex, "timestamp": "2026-01-01T00:00:00Z",
                    "locale": "en-US", **body},
    }  # fmt: skip


def say(skill: ModuleType, user: str, body: dict[str, Any], new: bool = True) -> str:
    response = skill.lambda_handler(request(user, body, new), None)
    return str(response["response"].get("outputSpeech", {}).get("ssml", ""))


LAUNCH = {"type": "LaunchRequest"}
HELLO = {"type": "IntentRequest", "intent": {"name": "HelloWorldIntent", "slots": {}}}


def test_the_first_visit_is_welcomed_and_counted(skill: ModuleType) -> None:
    user = f"amzn1.ask.account.{uuid.uuid4().hex}"
    assert "This is your first visit" in say(skill, user, LAUNCH)
    assert "You have visited 1 times" in say(skill, user, HELLO, new=False)


def test_every_launch_counts_one_more_visit_per_user(skill: ModuleType) -> None:
    alice, bob = (f"amzn1.ask.account.{uuid.uuid4().hex}" for _ in range(2))
    say(skill, alice, LAUNCH)
    assert "your 2nd visit" in say(skill, alice, LAUNCH)
    assert "your 3rd visit" in say(skill, alice, LAUNCH)
    assert "first visit" in say(skill, bob, LAUNCH)
    assert "You have visited 3 times" in say(skill, alice, HELLO, new=False)


def test_a_visit_counted_by_the_stock_adapter_is_taken_over(skill: ModuleType) -> None:
    """The table the stock sample wrote keeps counting: same key, same layout."""
    import boto3
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter as StockAdapter
    from ask_sdk_model import RequestEnvelope

    user = f"amzn1.ask.account.{uuid.uuid4().hex}"
    resource = boto3.session.Session(
        aws_access_key_id="local", aws_secret_access_key="local", region_name="us-east-1"
    ).resource("dynamodb", endpoint_url=os.environ["DYNAMODB_ENDPOINT"])
    stock = StockAdapter(os.environ["TABLE_NAME"], dynamodb_resource=resource)
    as_envelope = DefaultSerializer().deserialize(
        json.dumps(request(user, LAUNCH)), RequestEnvelope
    )
    stock.save_attributes(as_envelope, {"visits": 41})
    assert "your 42nd visit" in say(skill, user, LAUNCH)
    assert stock.get_attributes(as_envelope)["visits"] == 42


def test_help_and_stop(skill: ModuleType) -> None:
    user = f"amzn1.ask.account.{uuid.uuid4().hex}"
    help_body = {"type": "IntentRequest", "intent": {"name": "AMAZON.HelpIntent", "slots": {}}}
    stop_body = {"type": "IntentRequest", "intent": {"name": "AMAZON.StopIntent", "slots": {}}}
    assert "say hello" in say(skill, user, help_body)
    assert "Goodbye" in say(skill, user, stop_body, new=False)


def test_a_store_failure_is_an_apology_not_a_crash(skill: ModuleType) -> None:
    user = f"amzn1.ask.account.{uuid.uuid4().hex}"
    table = skill.adapter.store.table
    real, table.name = table.name, "no-such-table"
    try:
        assert "Sorry, I couldn't do that" in say(skill, user, LAUNCH)
    finally:
        table.name = real
    assert "first visit" in say(skill, user, LAUNCH)
