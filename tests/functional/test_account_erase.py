"""Every record of an account is erased on SkillDisabled NOT_PERSISTED, whatever the records are
keyed on; an erase that cannot be done fails the invocation; a repeated event is harmless; and an
emptied notebook ("forget everything") leaves an expiring tombstone, not a record kept forever."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import boto3
import pytest

from attribute_store import AttributeStore, StoreUnavailableError
from attribute_store.accounts import index_key
from attribute_store.dynamodb import DynamoDbStore
from attribute_store.sqlite import SqliteStore
from memory_keeper.skill import LambdaHandler
from tests.functional.conftest import make_store
from tests.support.stores import ForwardingStore
from tools.chat import plain_text
from tools.dynamodb_servers import DYNAMODB_LOCAL
from tools.envelopes import Caller, intent_request, launch_request, skill_disabled_event

HandlerFactory = Any  # tests/conftest.py: make_handler(store, **settings)
ACCOUNT = Caller(user="household")
# Two voice profiles and a request without one (it falls back to the account), two devices.
PERSON_CALLERS = [Caller(user="household", person=p) for p in ("ann", "bob")] + [ACCOUNT]
DEVICE_CALLERS = [Caller(user="household", device=d) for d in ("kitchen", "bedroom")]


def _key(caller: Caller, source: str) -> str:
    if source == "device":
        return f"amzn1.ask.device.{caller.device}"
    if source == "person" and caller.person:
        return f"amzn1.ask.person.{caller.person}"
    return caller.user_id


def _remember(handler: LambdaHandler, caller: Caller, item: str) -> None:
    reply = handler(
        intent_request(caller, "RememberIntent", {"item": item, "location": "here"}), None
    )
    assert "Got it" in plain_text(reply["response"]["outputSpeech"]["ssml"])


@pytest.fixture(params=["sqlite", DYNAMODB_LOCAL])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ForwardingStore:
    return ForwardingStore(make_store(str(request.param), tmp_path, request))


@pytest.mark.parametrize(
    ("source", "callers"),
    [("person", PERSON_CALLERS), ("device", DEVICE_CALLERS), ("user", [ACCOUNT])],
)
def test_skill_disabled_erases_every_record_of_the_account(
    make_handler: HandlerFactory, store: ForwardingStore, source: str, callers: list[Caller]
) -> None:
    handler = make_handler(store, partition_key_source=source)
    for number, caller in enumerate(callers):
        _remember(handler, caller, f"thing {number}")
    other = Caller(user="neighbour", person="cat", device="garage")
    _remember(handler, other, "bike")
    keys = {_key(caller, source) for caller in callers}
    assert all(store.load(key).attributes for key in keys)

    handler(skill_disabled_event(ACCOUNT, "NOT_PERSISTED"), None)

    for key in keys:
        assert store.load(key).attributes == {}, key
    assert store.load(index_key(ACCOUNT.user_id)).attributes == {}
    assert store.load(_key(other, source)).attributes  # another account's data is untouched
    for caller in callers:
        speech = handler(launch_request(caller), None)["response"]["outputSpeech"]["ssml"]
        assert "Welcome to Memory Keeper" in speech


def test_a_repeated_event_is_harmless(make_handler: HandlerFactory, store: ForwardingStore) -> None:
    handler = make_handler(store, partition_key_source="person")
    for number, caller in enumerate(PERSON_CALLERS):
        _remember(handler, caller, f"thing {number}")
    event = skill_disabled_event(ACCOUNT, "NOT_PERSISTED")
    handler(event, None)
    handler(event, None)  # delivered again
    for caller in PERSON_CALLERS:
        assert store.load(_key(caller, "person")).attributes == {}


def test_persisted_keeps_every_record(make_handler: HandlerFactory, store: ForwardingStore) -> None:
    handler = make_handler(store, partition_key_source="person")
    for number, caller in enumerate(PERSON_CALLERS):
        _remember(handler, caller, f"thing {number}")
    handler(skill_disabled_event(ACCOUNT, "PERSISTED"), None)
    assert all(store.load(_key(caller, "person")).attributes for caller in PERSON_CALLERS)


def test_an_erase_that_cannot_be_done_fails_the_invocation_and_a_repeat_finishes_it(
    make_handler: HandlerFactory, sqlite_store: SqliteStore
) -> None:
    store = ForwardingStore(sqlite_store)
    handler = make_handler(store, partition_key_source="person")
    for number, caller in enumerate(PERSON_CALLERS):
        _remember(handler, caller, f"thing {number}")
    event = skill_disabled_event(ACCOUNT, "NOT_PERSISTED")
    store.failing = {"erase"}
    with pytest.raises(StoreUnavailableError):
        handler(event, None)
    store.failing = set()
    handler(event, None)  # Alexa's repeat, or an operator replaying the event
    for caller in PERSON_CALLERS:
        assert store.load(_key(caller, "person")).attributes == {}


def test_a_key_is_listed_before_its_record_is_written(
    make_handler: HandlerFactory, sqlite_store: SqliteStore
) -> None:
    store = ForwardingStore(sqlite_store)
    handler = make_handler(store, partition_key_source="device")
    _remember(handler, DEVICE_CALLERS[0], "keys")
    saves = [key for operation, key in store.calls if operation == "save"]
    assert saves == [index_key(ACCOUNT.user_id), _key(DEVICE_CALLERS[0], "device")]
    store.calls.clear()
    _remember(handler, DEVICE_CALLERS[0], "wallet")  # already listed: no extra call
    assert [key for _, key in store.calls] == [_key(DEVICE_CALLERS[0], "device")] * 2


# --- "forget everything" ---------------------------------------------------------------------


def _forget_everything(handler: LambdaHandler, caller: Caller) -> None:
    from tools.envelopes import Session

    session = Session()
    reply = handler(intent_request(caller, "ForgetEverythingIntent", {}, session), None)
    session.follow(reply)
    reply = handler(intent_request(caller, "AMAZON.YesIntent", {}, session), None)
    assert "forgotten everything" in plain_text(reply["response"]["outputSpeech"]["ssml"])


def _expires_at(store: AttributeStore, key: str) -> int | None:
    inner = store.inner if isinstance(store, ForwardingStore) else store
    if isinstance(inner, SqliteStore):
        with sqlite3.connect(inner.path) as connection:
            row = connection.execute(
                "SELECT expires_at FROM records WHERE key = ?", (key,)
            ).fetchone()
        return None if row[0] is None else int(row[0])
    assert isinstance(inner, DynamoDbStore)
    config = inner.config
    client = boto3.client(
        "dynamodb",
        region_name="us-east-1",
        endpoint_url=config.endpoint_url,
        aws_access_key_id="local",
        aws_secret_access_key="local",
    )
    item = client.get_item(
        TableName=config.table_name, Key={"userId": {"S": key}}, ConsistentRead=True
    )["Item"]
    return int(item["expiresAt"]["N"]) if "expiresAt" in item else None


def test_forget_everything_leaves_a_tombstone_that_expires(
    make_handler: HandlerFactory, store: ForwardingStore
) -> None:
    handler = make_handler(store, erased_record_ttl_days=7)
    _remember(handler, ACCOUNT, "passport")
    assert _expires_at(store, ACCOUNT.user_id) is None
    _forget_everything(handler, ACCOUNT)
    assert store.load(ACCOUNT.user_id).attributes == {}
    expires = _expires_at(store, ACCOUNT.user_id)
    assert expires is not None and abs(expires - (time.time() + 7 * 86_400)) < 120
    _remember(handler, ACCOUNT, "wallet")  # a new note later is an ordinary record again
    assert _expires_at(store, ACCOUNT.user_id) is None
