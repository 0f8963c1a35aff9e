"""The skill on DynamoDB, against DynamoDB Local (AWS's emulator), nothing mocked at the wire.

Contains the documented contrast with the stock `ask-sdk-dynamodb-persistence-adapter`: under the
same two-device race the stock adapter loses a note, ours keeps both.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import re
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from botocore.exceptions import ClientError
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from attribute_store import (
    Deadline,
    Record,
    StoreConflictError,
    StoreItemTooLargeError,
    StoreUnavailableError,
    StoreValueError,
    deadline_scope,
)
from attribute_store.base import MAX_KEY_BYTES
from attribute_store.codec import MAX_DEPTH, MAX_NAME_BYTES
from attribute_store.dynamodb import TTL_ATTRIBUTE, ClientTable, DynamoDbConfig, DynamoDbStore
from attribute_store.size import DYNAMODB_ITEM_LIMIT, item_size
from memory_keeper.settings import Settings, SettingsError
from memory_keeper.skill import LambdaHandler, build_skill, lambda_handler
from tests.support.certification import certified
from tests.support.dialog import Dialog
from tests.support.dynamodb import DynamoDbServer, new_table
from tests.support.processes import run_python
from tests.unit.test_codec_and_size import values
from tools.chat import plain_text
from tools.dynamodb_servers import DYNALITE, DYNAMODB_LOCAL
from tools.envelopes import Caller, intent_request, launch_request, skill_disabled_event
from tools.stock import boto3_resource, stock_adapter

pytestmark = pytest.mark.dynamodb


def _handler(config: DynamoDbConfig, **options: Any) -> tuple[LambdaHandler, DynamoDbStore]:
    store = DynamoDbStore.connect(config)
    skill_settings = Settings(
        table_name=config.table_name, dynamodb_endpoint=config.endpoint_url, **options
    )
    return certified(lambda_handler(build_skill(skill_settings, store))), store


def _speech(result: dict[str, Any]) -> str:
    return plain_text(result["response"].get("outputSpeech", {}).get("ssml"))


Register = Callable[[str, Callable[..., Any]], None]


def hooks(store: DynamoDbStore) -> Register:
    """Registers a botocore event handler on every client of the store."""
    assert isinstance(store.table, ClientTable)
    return store.table.on


def raw_item(store: DynamoDbStore, key: str) -> dict[str, Any]:
    """The stored item as DynamoDB holds it (consistent GetItem, bypassing the store)."""
    from attribute_store.codec import from_wire

    assert isinstance(store.table, ClientTable)
    item = store.table.client.get_item(
        TableName=store.table.name, Key={"userId": {"S": key}}, ConsistentRead=True
    )["Item"]
    return {name: from_wire(value) for name, value in item.items()}


class Operations:
    """Records the DynamoDB operations a client sends (botocore's own event hooks)."""

    def __init__(self, register: Register) -> None:
        self.names: list[str] = []
        register("before-call.dynamodb", self._record)

    def _record(self, model: Any, **_: Any) -> None:
        self.names.append(model.name)


def remember(item: str, location: str, device: str = "echo") -> dict[str, Any]:
    return intent_request(
        Caller(device=device), "RememberIntent", {"item": item, "location": location}
    )


# --- the skill on DynamoDB -------------------------------------------------------------------


def test_a_conversation_persists_across_sessions(table_config: DynamoDbConfig) -> None:
    handler, _ = _handler(table_config)
    Dialog(handler).run("""
        user: open memory keeper
        user: my passport is in the top drawer
        alexa: Got it. Your passport is in the top drawer.
        user: stop
        --- 3 days later
        user: ask memory keeper where my passport is
        alexa: Your passport is in the top drawer. You told me that 3 days ago.
        --- on the phone
        user: my passport is in the suitcase
        user: where was my passport before
        alexa: Before that, it was in the top drawer 3 days ago.
    """)


def test_only_getitem_and_putitem_are_used_at_runtime(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    operations = Operations(hooks(store))
    Dialog(handler).run("""
        user: open memory keeper
        user: my keys are on the hook
        user: where are my keys
        user: where were my keys before
        user: what do you remember
        user: forget my keys
        user: undo
        user: remember my wallet
        --- the session times out
        user: open memory keeper
        user: forget everything
        user: yes
    """)
    handler(skill_disabled_event(Caller(user="dialog-user")), None)
    assert set(operations.names) == {"GetItem", "PutItem"}


def test_read_only_turns_send_no_putitem(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    handler(remember("keys", "on the hook"), None)
    operations = Operations(hooks(store))
    caller = Caller()
    for intent, slots in [
        ("RecallIntent", {"item": "keys"}),
        ("HistoryIntent", {"item": "keys"}),
        ("ListIntent", {}),
        ("AMAZON.HelpIntent", {}),
        ("RememberIntent", {"item": "keys", "location": "on the hook"}),
    ]:
        handler(intent_request(caller, intent, slots), None)
    handler(launch_request(caller), None)
    assert "PutItem" not in operations.names
    assert operations.names.count("GetItem") == 5  # help never reads


def test_records_have_the_documented_layout(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    handler(remember("keys", "on the hook"), None)
    handler(remember("keys", "in the car"), None)
    item = raw_item(store, Caller().user_id)
    assert set(item) == {"userId", "attributes", "version", "writeIds", "createdAt", "updatedAt"}
    assert item["version"] == 2
    assert len(item["writeIds"]) == 2 and item["writeIds"][0] != item["writeIds"][1]
    assert item["createdAt"] <= item["updatedAt"]
    versions = item["attributes"]["notes"]["keys"]["versions"]
    assert [v["location"] for v in versions] == ["on the hook", "in the car"]


# --- concurrency, and the stock adapter's lost update ------------------------------------------


class PutRace:
    """Holds the first PutItem of each of two devices until both have read: a guaranteed race."""

    def __init__(self, register: Register) -> None:
        self.barrier = threading.Barrier(2, timeout=10)
        self.held = 0
        self.lock = threading.Lock()
        register("before-call.dynamodb.PutItem", self._hold)

    def _hold(self, **_: Any) -> None:
        with self.lock:
            self.held += 1
            first_two = self.held <= 2
        if first_two:
            self.barrier.wait()


def _race(handler: LambdaHandler, first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    replies: list[str] = []
    threads = [
        threading.Thread(target=lambda e=event: replies.append(_speech(handler(e, None))))
        for event in (first, second)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return replies


def test_stock_adapter_loses_a_note_in_a_two_device_race(table_config: DynamoDbConfig) -> None:
    """The baseline: kitchen Echo and phone save at the same moment; the last writer wins."""
    stock = stock_adapter(table_config)
    handler = lambda_handler(build_skill(Settings(), adapter=stock))
    PutRace(stock.dynamodb.meta.client.meta.events.register)
    replies = _race(
        handler,
        remember("passport", "in the safe", "echo"),
        remember("keys", "on the hook", "phone"),
    )
    assert all(reply.startswith("Got it.") for reply in replies)  # both users were told "saved"
    notes = stock.dynamodb.Table(table_config.table_name).get_item(
        Key={"userId": Caller().user_id}
    )["Item"]["attributes"]["notes"]
    assert len(notes) == 1, "the stock adapter kept both notes; the documented loss did not happen"


def test_our_adapter_keeps_both_notes_in_the_same_race(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    PutRace(hooks(store))
    replies = _race(
        handler,
        remember("passport", "in the safe", "echo"),
        remember("keys", "on the hook", "phone"),
    )
    assert all(reply.startswith("Got it.") for reply in replies)
    notes = store.load(Caller().user_id).attributes["notes"]
    assert set(notes) == {"passport", "keys"}


def test_a_note_changed_on_two_devices_keeps_both_places(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    handler(remember("keys", "on the hook"), None)
    PutRace(hooks(store))
    _race(handler, remember("keys", "in the car", "echo"), remember("keys", "in my bag", "phone"))
    versions = store.load(Caller().user_id).attributes["notes"]["keys"]["versions"]
    places = [v["location"] for v in versions]
    assert places[0] == "on the hook"
    assert sorted(places[1:]) == ["in my bag", "in the car"]


def _process_worker(arguments: tuple[str, str, int, int]) -> list[tuple[str, str, str]]:
    """One process of the stress test: its own handler and connection, like another Lambda."""
    endpoint, table, worker, notes = arguments
    config = DynamoDbConfig(table_name=table, region="us-east-1", endpoint_url=endpoint)
    handler, _ = _handler(config)
    heard = []
    for n in range(notes):
        item = "shared" if n % 3 == 0 else f"item {worker} {n}"
        location = f"in box {worker} {n}"
        heard.append(
            (item, location, _speech(handler(remember(item, location, f"d{worker}"), None)))
        )
    return heard


def test_threads_and_processes_writing_one_user_lose_nothing_acknowledged(
    table_config: DynamoDbConfig,
) -> None:
    """4 threads and 2 processes write distinct and shared notes for one user through the handler.
    Every "Got it" is stored; any refusal was the spoken apology and wrote nothing."""
    endpoint, table = str(table_config.endpoint_url), table_config.table_name
    heard: list[tuple[str, str, str]] = []
    lock = threading.Lock()

    def thread_worker(worker: int) -> None:
        result = _process_worker((endpoint, table, worker, 9))
        with lock:
            heard.extend(result)

    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        pending = pool.map_async(_process_worker, [(endpoint, table, w, 9) for w in (10, 11)])
        threads = [threading.Thread(target=thread_worker, args=(w,)) for w in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for result in pending.get(timeout=120):
            heard.extend(result)
    store = DynamoDbStore.connect(table_config)
    notes = store.load(Caller().user_id).attributes["notes"]
    acknowledged = [(i, loc) for i, loc, reply in heard if reply.startswith("Got it.")]
    refused = [(i, loc) for i, loc, reply in heard if not reply.startswith("Got it.")]
    assert all(reply.startswith(("Got it.", "Sorry, I couldn't save")) for _, _, reply in heard)
    for item, location in acknowledged:
        if item != "shared":
            assert notes[item]["versions"][-1]["location"] == location
    for item, _ in refused:
        if item != "shared":
            assert item not in notes  # refused means not stored
    stored_shared = [v["location"] for v in notes["shared"]["versions"]]
    for item, location in acknowledged:
        if item == "shared" and location not in stored_shared:
            # only the last 5 places of a note are kept: an older one may have aged out
            assert len(stored_shared) == 5


# --- codec and size limits against the server --------------------------------------------------


def _deep(levels: int, leaf: Any) -> Any:
    for _ in range(levels):
        leaf = {"k": leaf}
    return leaf


# Values at and past DynamoDB's edges, beside ordinary ones: empty, long and non-Unicode map
# keys, text with lone surrogates, nesting around the limit.
_edge_names = st.text(max_size=8) | st.sampled_from(
    ["", "\ud800", "k" * MAX_NAME_BYTES, "k" * (MAX_NAME_BYTES + 1)]
)
_edge_values = (
    values
    | st.text(st.characters(min_codepoint=0xD7FF, max_codepoint=0xE000), max_size=3)
    | st.builds(_deep, st.integers(MAX_DEPTH - 3, MAX_DEPTH), values)
    | st.dictionaries(_edge_names, values, max_size=2)
)


@pytest.mark.dynamodb_servers(DYNAMODB_LOCAL, DYNALITE)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(attributes=st.dictionaries(_edge_names, _edge_values, max_size=5))
def test_a_value_round_trips_or_is_refused_before_writing(
    table_config: DynamoDbConfig, attributes: dict[str, Any]
) -> None:
    """Never a failure of the server (StoreUnavailableError) for a value it cannot hold."""
    store = DynamoDbStore.connect(table_config)
    key = uuid.uuid4().hex
    try:
        store.save(key, attributes, 0)
    except StoreValueError:
        event("refused")  # --hypothesis-show-statistics shows how many of each
        assert store.load(key).version == 0
        return
    event("stored")
    assert store.load(key).attributes == attributes


@pytest.mark.parametrize(
    ("attributes", "error"),
    [
        pytest.param({"": 1}, "Empty attribute name", id="empty-key"),
        pytest.param({"k" * (MAX_NAME_BYTES + 1): 1}, None, id="key-too-long"),
        pytest.param(_deep(MAX_DEPTH + 1, "x"), "Nesting Levels", id="too-deep"),
    ],
)
def test_dynamodb_local_refuses_what_the_store_refuses(
    table_config: DynamoDbConfig, attributes: dict[str, Any], error: str | None
) -> None:
    """The store's limits are the server's: one step past them DynamoDB Local refuses the item
    (which the store refuses before sending; see the store contract), at them it takes it."""
    item = {"userId": "u1", "attributes": attributes}
    table = boto3_resource(table_config).Table(table_config.table_name)
    with pytest.raises(ClientError, match=error) as refused:
        table.put_item(Item=item)
    assert refused.value.response["Error"]["Code"] in ("ValidationException", "InternalFailure")
    with pytest.raises(ClientError, match="2048 bytes"):
        table.put_item(Item={"userId": "k" * (MAX_KEY_BYTES + 1)})
    table.put_item(Item={"userId": "k" * MAX_KEY_BYTES, "attributes": _deep(MAX_DEPTH, "x")})


def _padded_item(store: DynamoDbStore, key: str, size: int) -> dict[str, Any]:
    now = "2026-11-21T00:00:00.000Z"
    attributes = {"pad": ""}
    item = {
        "userId": key,
        "attributes": attributes,
        "version": 1,
        "writeIds": ["0123456789abcdef"],  # as long as a real write id
        "createdAt": now,
        "updatedAt": now,
    }
    attributes["pad"] = "x" * (size - item_size(item))
    assert item_size(item) == size
    return item


def test_size_guard_matches_the_server_at_400_kb(table_config: DynamoDbConfig) -> None:
    store = DynamoDbStore.connect(  # uncompressed, to size the server's limit exactly
        dataclasses.replace(
            table_config, max_item_bytes=DYNAMODB_ITEM_LIMIT, compress_min_bytes=10**9
        )
    )
    at_limit = _padded_item(store, "u-at", DYNAMODB_ITEM_LIMIT)
    store.save("u-at", at_limit["attributes"], 0)  # exactly 400 KB: accepted by the server
    assert store.load("u-at").attributes == at_limit["attributes"]
    over = _padded_item(store, "u-over", DYNAMODB_ITEM_LIMIT + 1)
    with pytest.raises(StoreItemTooLargeError):
        store.save("u-over", over["attributes"], 0)
    with pytest.raises(Exception, match="size"):  # the server would refuse it too
        boto3_resource(table_config).Table(table_config.table_name).put_item(Item=over)
    assert store.load("u-over").version == 0


def test_memory_full_is_spoken_on_dynamodb(table_config: DynamoDbConfig) -> None:
    small = dataclasses.replace(table_config, max_item_bytes=2_000)
    handler, store = _handler(small)
    replies = [  # random places: compression cannot make room
        _speech(handler(remember(f"thing {n}", "in the " + secrets.token_urlsafe(66)), None))
        for n in range(20)
    ]
    replies = replies[: next(i for i, r in enumerate(replies) if "full" in r) + 1]
    assert replies[0].startswith("Got it.")
    assert replies[-1].startswith("Your memory is full")
    assert store.load(Caller().user_id).version == replies.index(replies[-1])


# --- timeouts and retries ---------------------------------------------------------------------


class SilentServer:
    """Accepts connections and never answers (bounded: closed by the test)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self) -> None:
        self.listener.close()
        for connection in self.held:
            connection.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


# Scheduling slack for "within the deadline": the store stops waiting at the deadline; the
# rest is this machine's thread scheduling, which a busy CI machine may stretch.
SLACK = 0.75


def test_a_server_that_never_answers_costs_at_most_the_deadline(
    silent_server: SilentServer,
) -> None:
    config = DynamoDbConfig(
        table_name="t", region="us-east-1", endpoint_url=f"http://127.0.0.1:{silent_server.port}"
    )
    store = DynamoDbStore.connect(config)
    with (
        deadline_scope(Deadline(1.0)) as deadline,
        pytest.raises(StoreUnavailableError, match=r"GetItem on table t failed"),
    ):
        store.load("u1")
    assert deadline.elapsed() < 1.0 + SLACK
    assert len(silent_server.held) >= 2  # the deadline left time for a second, longer attempt


def test_a_turn_against_a_silent_server_is_an_apology_within_its_deadline(
    silent_server: SilentServer,
) -> None:
    settings_ = Settings.from_env(
        {
            "TABLE_NAME": "t",
            "DYNAMODB_ENDPOINT": f"http://127.0.0.1:{silent_server.port}",
            "STORE_DEADLINE_MS": "1200",
            "ALLOW_ANY_SKILL_ID": "true",
        }
    )
    handler = certified(lambda_handler(build_skill(settings_), settings_))
    started = time.monotonic()
    result = handler(remember("keys", "on the hook"), None)
    assert time.monotonic() - started < 1.2 + SLACK
    assert _speech(result) == "Sorry, I can't reach my notes right now. Please try again later."


class LambdaContext:
    def __init__(self, remaining_ms: int) -> None:
        self.remaining_ms = remaining_ms

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_ms


def test_the_deadline_is_capped_by_the_time_lambda_has_left(silent_server: SilentServer) -> None:
    settings_ = Settings.from_env(
        {
            "TABLE_NAME": "t",
            "DYNAMODB_ENDPOINT": f"http://127.0.0.1:{silent_server.port}",
            "ALLOW_ANY_SKILL_ID": "true",
        }
    )
    handler = lambda_handler(build_skill(settings_), settings_)
    started = time.monotonic()
    handler(remember("keys", "on the hook"), LambdaContext(remaining_ms=1_600))
    assert time.monotonic() - started < 0.6 + SLACK  # 1.6 s left minus the 1 s margin


class Throttling(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(
            {
                "__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "message": "slow down",
            }
        ).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/x-amz-json-1.0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_throttling_retries_are_bounded_and_counted() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Throttling)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        config = DynamoDbConfig(
            table_name="t",
            region="us-east-1",
            endpoint_url=f"http://127.0.0.1:{server.server_port}",
        )
        counted: list[str] = []
        store = DynamoDbStore.connect(config, count=counted.append)
        started = time.monotonic()
        with pytest.raises(StoreUnavailableError, match="ProvisionedThroughputExceeded"):
            store.load("u1")
        elapsed = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert counted == ["PersistenceRetry"] * (config.max_attempts - 1)
    # botocore's own standard mode would wait up to 1 s, 2 s, 4 s after throttling errors
    assert elapsed < 2.0


# --- erase, table creation, DAX switch -------------------------------------------------------


def test_skill_disabled_not_persisted_erases_with_a_ttl_tombstone(
    table_config: DynamoDbConfig,
) -> None:
    handler, store = _handler(table_config)
    handler(remember("passport", "in the safe"), None)
    before = store.load(Caller().user_id).version
    handler(skill_disabled_event(Caller(), "NOT_PERSISTED"), None)
    item = raw_item(store, Caller().user_id)
    assert item["attributes"] == {}
    assert item["version"] == before + 1
    expected_expiry = time.time() + 7 * 86_400
    assert abs(int(item["expiresAt"]) - expected_expiry) < 60
    assert "Welcome to Memory Keeper" in _speech(handler(launch_request(Caller()), None))


def test_local_tables_expire_the_attribute_the_store_puts_on_tombstones(
    table_config: DynamoDbConfig,
) -> None:
    client = boto3_resource(table_config).meta.client
    ttl = client.describe_time_to_live(TableName=table_config.table_name)
    assert ttl["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "ENABLED",
        "AttributeName": TTL_ATTRIBUTE,
    }


# TTL deletes an expired item within about 11 s on a DynamoDB Local with few tables; only the
# limit of the wait depends on the machine, and it is far beyond that.
TTL_WAIT_SECONDS = 300


def test_an_erased_record_is_deleted_by_ttl_and_starts_again_at_version_one(
    own_dynamodb_local: DynamoDbServer,
) -> None:
    config = dataclasses.replace(new_table(own_dynamodb_local.url), tombstone_ttl_seconds=1)
    store = DynamoDbStore.connect(config)
    store.save("u1", {"secret": "in the safe"}, 0)
    store.erase("u1")
    assert raw_item(store, "u1")[TTL_ATTRIBUTE] <= time.time() + 1
    waited_until = time.monotonic() + TTL_WAIT_SECONDS
    while _exists(store, "u1"):
        assert time.monotonic() < waited_until, f"tombstone still there after {TTL_WAIT_SECONDS} s"
        time.sleep(0.5)
    assert store.load("u1", consistent=True) == Record()
    with pytest.raises(StoreConflictError):  # a writer that read the record before the erase
        store.save("u1", {"secret": "resurrected"}, 1)
    assert store.save("u1", {"fresh": True}, 0).version == 1
    assert store.load("u1").attributes == {"fresh": True}


def _exists(store: DynamoDbStore, key: str) -> bool:
    assert isinstance(store.table, ClientTable)
    answer = store.table.client.get_item(
        TableName=store.table.name, Key={"userId": {"S": key}}, ConsistentRead=True
    )
    return "Item" in answer


def test_skill_disabled_persisted_keeps_the_data(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    handler(remember("passport", "in the safe"), None)
    handler(skill_disabled_event(Caller(), "PERSISTED"), None)
    assert "passport" in store.load(Caller().user_id).attributes["notes"]


def test_create_table_waits_until_active_unlike_the_stock_adapter(
    creating_tables_dynalite: DynamoDbServer,
) -> None:
    """On dynalite, which can hold a new table CREATING (DynamoDB Local makes it ACTIVE at once)."""
    from ask_sdk_core.exceptions import PersistenceException
    from ask_sdk_model import RequestEnvelope

    url = creating_tables_dynalite.url
    stock_config = DynamoDbConfig(table_name="stock", region="us-east-1", endpoint_url=url)
    stock = stock_adapter(stock_config, create_table=True)
    envelope = build_skill(Settings(), adapter=stock).serializer.deserialize(
        json.dumps(launch_request(Caller())), RequestEnvelope
    )
    with pytest.raises(PersistenceException):
        stock.get_attributes(envelope)  # the table is still CREATING
    settings_ = Settings.from_env(
        {
            "TABLE_NAME": "ours",
            "DYNAMODB_ENDPOINT": url,
            "CREATE_TABLE": "true",
            "ALLOW_ANY_SKILL_ID": "true",
        }
    )
    handler = certified(lambda_handler(build_skill(settings_)))
    assert _speech(handler(remember("keys", "on the hook"), None)).startswith("Got it.")


def test_the_chat_tool_runs_on_dynamodb(dynamodb_server: DynamoDbServer) -> None:
    """Chat on the table the settings name, in a shell with no AWS region set."""
    env = {
        "TABLE_NAME": f"chat-{uuid.uuid4().hex[:8]}",
        "DYNAMODB_ENDPOINT": dynamodb_server.url,
        "CREATE_TABLE": "true",
    }
    for line, expected in [
        ("my keys are on the hook", "Got it."),
        ("where are my keys", "on the hook"),
    ]:
        out = run_python(
            ["-m", "tools.chat", "--user", "u1"],
            env=env,
            drop=["AWS_REGION", "AWS_DEFAULT_REGION"],
            stdin=line + "\n",
        ).stdout
        assert expected in out, out


def test_dax_is_imported_only_when_switched_on(table_config: DynamoDbConfig) -> None:
    code = (
        "import sys; from memory_keeper.settings import Settings; "
        "from memory_keeper.skill import build_store; "
        f"build_store(Settings(table_name='{table_config.table_name}', region='us-east-1', "
        f"dynamodb_endpoint='{table_config.endpoint_url}')); "
        "print('amazondax' in sys.modules)"
    )
    assert run_python(["-c", code]).stdout.strip() == "False"


def test_dax_switch_reads_eventually_and_names_an_unreachable_endpoint() -> None:
    config = Settings.from_env(
        {
            "TABLE_NAME": "t",
            "AWS_REGION": "us-east-1",
            "DAX_ENDPOINT": "dax://127.0.0.1:9",
            "SKILL_ID": "amzn1.ask.skill.test",
            "ALLOW_UNENCRYPTED_DAX": "true",
        }
    ).dynamodb_config()
    assert config.consistent_read and not config.reads_consistently
    with pytest.raises(StoreUnavailableError, match=re.escape("dax://127.0.0.1:9")):
        DynamoDbStore.connect(config)
    with pytest.raises(SettingsError, match="DAX_ENDPOINT"):
        Settings.from_env({"TABLE_NAME": "t", "AWS_REGION": "x", "DAX_ENDPOINT": "http://dax"})


def test_region_is_required_for_real_aws() -> None:
    with pytest.raises(SettingsError, match="AWS_REGION"):
        Settings.from_env({"TABLE_NAME": "t"})


def test_a_missing_table_is_a_clear_error(dynamodb_server: DynamoDbServer) -> None:
    config = DynamoDbConfig(table_name="nope", region="us-east-1", endpoint_url=dynamodb_server.url)
    with pytest.raises(StoreUnavailableError, match=r"nope.*ResourceNotFoundException"):
        DynamoDbStore.connect(config).load("u1")


def test_timestamps_are_utc(table_config: DynamoDbConfig) -> None:
    store = DynamoDbStore.connect(table_config)
    record = store.save("u1", {"a": 1}, 0)
    assert record.created_at is not None
    assert datetime.fromisoformat(record.created_at.replace("Z", "+00:00")).tzinfo == UTC


def test_the_benchmark_runs_and_ours_loses_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    from tools.bench_persistence import main as bench

    arguments = ["--cold-runs", "1", "--deployed-runs", "0", "--turns", "2", "--sizes", "10"]
    assert bench([*arguments, "--writers", "2", "--notes", "2", "--jitter-ms", "50"]) == 0
    out = capsys.readouterr().out
    from tools.dynamodb_servers import preferred_server

    assert out.startswith(f"{preferred_server()} at "), out  # capacity as DynamoDB Local sizes it
    capacity = {
        row[0]: (float(row[-2]), float(row[-1]))
        for row in (line.rsplit(maxsplit=3) for line in out.splitlines())
        if len(row) == 4 and row[1] == "10" and row[0] in ("stock adapter", "memory keeper")
    }
    ours, theirs = capacity["memory keeper"], capacity["stock adapter"]
    assert ours[0] < theirs[0] and ours[1] < theirs[1], out  # a save's WRU, a recall's RRU
    for title in (
        "1. cold init",
        "2. latency",
        "3. capacity",
        "4. contention:",
        "latency on every",
    ):
        assert title in out, out
    bursts = [line.split() for line in out.splitlines() if line.startswith("memory keeper  ")]
    bursts = [row for row in bursts if len(row) == 9 and "/" not in row]  # W and six figures
    assert len(bursts) == 2, out  # without and with latency
    for _, _, _, saved, refused, unsure, lost, refused_but_stored, _ in bursts:
        assert int(lost) == 0 and int(refused_but_stored) == 0
        assert int(saved) + int(refused) + int(unsure) == 4


def test_runs_on_the_botocore_it_was_given() -> None:
    """`make test-old-botocore` sets EXPECTED_BOTOCORE: prove that run really is on that one."""
    import botocore

    expected = os.environ.get("EXPECTED_BOTOCORE")
    if expected is None:
        pytest.skip("only in the old-botocore run (make test-old-botocore)")
    assert botocore.__version__ == expected


def _big_notebook(handler: LambdaHandler, items: int = 30) -> None:
    for n in range(items):
        handler(remember(f"thing number {n}", f"in drawer {n} of the blue cabinet"), None)


def test_a_large_notebook_is_stored_compressed_and_reads_back(
    table_config: DynamoDbConfig,
) -> None:
    handler, store = _handler(table_config)
    handler(remember("keys", "on the hook"), None)
    assert "attributes" in raw_item(store, Caller().user_id)  # small: a readable map
    _big_notebook(handler)
    item = raw_item(store, Caller().user_id)
    assert item["packing"] == "zlib+json" and "attributes" not in item
    assert item_size(item) < 2_000  # about 5 KB of JSON
    assert "in drawer 7" in _speech(
        handler(intent_request(Caller(), "RecallIntent", {"item": "thing number 7"}), None)
    )


def test_records_in_the_old_layout_load_and_take_the_new_one_on_save(
    table_config: DynamoDbConfig,
) -> None:
    handler, store = _handler(table_config)
    old = {
        "schemaVersion": 1,
        "notes": {
            "passport": {
                "item": "passport",
                "versions": [
                    {"id": "v1", "location": "in the safe", "savedAt": "2026-11-01T09:00:00+00:00"}
                ],
                "forgottenAt": None,
            }
        },
        "undo": [],
    }
    boto3_resource(table_config).Table(table_config.table_name).put_item(
        Item={
            "userId": Caller().user_id,
            "attributes": old,
            "version": 3,
            "createdAt": "2026-11-01T09:00:00.000Z",
            "updatedAt": "2026-11-01T09:00:00.000Z",
        }
    )
    assert "in the safe" in _speech(
        handler(intent_request(Caller(), "RecallIntent", {"item": "passport"}), None)
    )
    _big_notebook(handler)
    item = raw_item(store, Caller().user_id)
    assert item["packing"] == "zlib+json" and item["version"] == 3 + 30
    assert item["createdAt"] == "2026-11-01T09:00:00.000Z"
    assert "passport" in store.load(Caller().user_id).attributes["notes"]


def test_the_record_command_prints_the_decoded_record(table_config: DynamoDbConfig) -> None:
    handler, store = _handler(table_config)
    _big_notebook(handler, 12)
    env = {
        "TABLE_NAME": table_config.table_name,
        "DYNAMODB_ENDPOINT": str(table_config.endpoint_url),
    }
    printed = json.loads(
        run_python(["-m", "tools.record", "--key", Caller().user_id], env=env).stdout
    )
    assert printed["attributes"] == store.load(Caller().user_id).attributes
    assert printed["version"] == 12
    missing = run_python(["-m", "tools.record", "--key", "nobody"], env=env, check=False)
    assert missing.returncode == 1 and "no record for nobody" in missing.stderr
