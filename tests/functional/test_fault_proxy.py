"""tools/fault_proxy.py between a real botocore DynamoDB client and DynamoDB Local.

Every fault is checked from both sides: what the client sees, and whether the write reached the
table (read straight from the server, around the proxy). No assertion depends on machine speed:
injected waits are several times longer than the client's read timeout, and the only timing
assertion is a lower bound made of injected pauses.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

import botocore.session
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError, ConnectionClosedError, ReadTimeoutError

from attribute_store.dynamodb import DynamoDbConfig
from tools.fault_proxy import (
    BLACK_HOLE,
    ERROR_500_AFTER,
    ERROR_500_BEFORE,
    PASS,
    RESET_AFTER,
    RESET_BEFORE,
    THROTTLE,
    Fault,
    FaultKind,
    FaultProxy,
    RequestInfo,
    delay,
    delay_response,
    every_nth,
    first_n,
    for_operation,
    jitter,
    mix,
    throttle,
    trickle,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

pytestmark = pytest.mark.dynamodb

_session = botocore.session.get_session()


def _client(url: str, read_timeout: float = 5.0, attempts: int = 1) -> DynamoDBClient:
    client = _session.create_client(
        "dynamodb",
        region_name="us-east-1",
        endpoint_url=url,
        aws_access_key_id="x",
        aws_secret_access_key="x",
        config=Config(
            retries={"mode": "standard", "total_max_attempts": attempts},
            connect_timeout=5,
            read_timeout=read_timeout,
        ),
    )
    return cast("DynamoDBClient", client)


def _wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met within the wait"
        time.sleep(0.01)


@pytest.fixture
def upstream(table_config: DynamoDbConfig) -> str:
    """The DynamoDB-API server the proxy forwards to (DynamoDB Local)."""
    return str(table_config.endpoint_url)


@pytest.fixture
def table(table_config: DynamoDbConfig) -> str:
    return table_config.table_name


@pytest.fixture
def proxy(upstream: str) -> Iterator[FaultProxy]:
    with FaultProxy(upstream) as running:
        yield running
    assert running.errors == []


@pytest.fixture
def stored(upstream: str, table: str) -> Callable[[str], dict[str, Any] | None]:
    """The item as the server holds it, read around the proxy."""
    direct = _client(upstream)

    def read(user: str) -> dict[str, Any] | None:
        item = direct.get_item(TableName=table, Key={"userId": {"S": user}}, ConsistentRead=True)
        return cast("dict[str, Any] | None", item.get("Item"))

    return read


def _item(note: str = "keys in the drawer") -> dict[str, Any]:
    return {"userId": {"S": f"user-{uuid.uuid4().hex}"}, "note": {"S": note}}


def test_pass_round_trips_over_one_kept_alive_connection(proxy: FaultProxy, table: str) -> None:
    client = _client(proxy.url)
    item = _item()
    client.put_item(TableName=table, Item=item)
    for _ in range(2):
        got = client.get_item(TableName=table, Key={"userId": item["userId"]}, ConsistentRead=True)
        assert got["Item"] == item
    assert proxy.requests == proxy.forwarded == 3
    assert proxy.operations == {"PutItem": 1, "GetItem": 2}
    assert proxy.connections == 1
    assert proxy.faults == {FaultKind.PASS: 3}


def test_delay_forwards_after_the_wait(proxy: FaultProxy, table: str, stored: Any) -> None:
    proxy.set_policy(delay(0.2))
    item = _item()
    started = time.monotonic()
    _client(proxy.url).put_item(TableName=table, Item=item)
    assert time.monotonic() - started >= 0.2
    assert stored(item["userId"]["S"]) == item


def test_delay_holds_the_request_back(proxy: FaultProxy, table: str, stored: Any) -> None:
    proxy.set_policy(delay(30.0))
    item = _item()
    with pytest.raises(ReadTimeoutError):
        _client(proxy.url, read_timeout=0.3).put_item(TableName=table, Item=item)
    assert proxy.forwarded == 0
    assert stored(item["userId"]["S"]) is None


def test_delay_response_times_out_although_the_write_landed(
    proxy: FaultProxy, table: str, stored: Any
) -> None:
    # The proxy holds the answer for 30 s (until it closes); the write lands long before that.
    proxy.set_policy(delay_response(30.0))
    item = _item()
    with pytest.raises(ReadTimeoutError):
        _client(proxy.url, read_timeout=0.3).put_item(TableName=table, Item=item)
    _wait_until(lambda: proxy.forwarded == 1)
    assert stored(item["userId"]["S"]) == item


def test_reset_after_the_write_landed(proxy: FaultProxy, table: str, stored: Any) -> None:
    proxy.set_policy(first_n(1, RESET_AFTER))
    client, item = _client(proxy.url), _item()
    with pytest.raises(ConnectionClosedError):
        client.put_item(TableName=table, Item=item)
    assert stored(item["userId"]["S"]) == item
    # The client drops the reset connection and carries on with a new one.
    assert client.get_item(TableName=table, Key={"userId": item["userId"]})["Item"] == item
    assert proxy.connections == 2


def test_reset_before_forwarding(proxy: FaultProxy, table: str, stored: Any) -> None:
    proxy.set_policy(RESET_BEFORE)
    item = _item()
    with pytest.raises(ConnectionClosedError):
        _client(proxy.url).put_item(TableName=table, Item=item)
    assert proxy.forwarded == 0
    assert stored(item["userId"]["S"]) is None


@pytest.mark.parametrize(
    ("fault", "status", "code", "lands"),
    [
        (THROTTLE, 400, "ThrottlingException", False),
        (
            throttle("ProvisionedThroughputExceededException"),
            400,
            "ProvisionedThroughputExceededException",
            False,
        ),
        (ERROR_500_BEFORE, 500, "InternalServerError", False),
        (ERROR_500_AFTER, 500, "InternalServerError", True),
    ],
)
def test_error_answers(
    proxy: FaultProxy, table: str, stored: Any, fault: Fault, status: int, code: str, lands: bool
) -> None:
    proxy.set_policy(fault)
    item = _item()
    with pytest.raises(ClientError) as caught:
        _client(proxy.url).put_item(TableName=table, Item=item)
    assert caught.value.response["Error"]["Code"] == code
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == status
    assert proxy.forwarded == int(lands)
    assert stored(item["userId"]["S"]) == (item if lands else None)


def test_black_hole_times_out_and_ends_when_the_client_hangs_up(
    proxy: FaultProxy, table: str, stored: Any
) -> None:
    proxy.set_policy(BLACK_HOLE)
    item = _item()
    with pytest.raises(ReadTimeoutError):
        _client(proxy.url, read_timeout=0.3).put_item(TableName=table, Item=item)
    assert proxy.forwarded == 0
    assert stored(item["userId"]["S"]) is None
    _wait_until(lambda: proxy.active_connections == 0)


def test_close_is_prompt_with_a_black_holed_request_waiting(upstream: str, table: str) -> None:
    outcome: list[BaseException] = []

    def call(url: str) -> None:
        try:
            _client(url, read_timeout=60).put_item(TableName=table, Item=_item())
        except Exception as exc:
            outcome.append(exc)

    proxy = FaultProxy(upstream)
    proxy.set_policy(BLACK_HOLE)
    caller = threading.Thread(target=call, args=(proxy.url,), daemon=True)
    caller.start()
    _wait_until(lambda: proxy.requests == 1)
    proxy.close()
    assert proxy.active_connections == 0
    # Long before its 60 s read timeout, the client learns that the connection closed.
    caller.join(10)
    assert not caller.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], ConnectionClosedError)
    assert proxy.errors == []


def test_trickle_delivers_the_whole_answer_slowly(
    proxy: FaultProxy, upstream: str, table: str
) -> None:
    item = _item(note="x" * 600)
    _client(upstream).put_item(TableName=table, Item=item)
    proxy.set_policy(trickle(chunk_delay=0.02, chunk_size=8))
    started = time.monotonic()
    got = _client(proxy.url, read_timeout=1.0).get_item(
        TableName=table, Key={"userId": item["userId"]}, ConsistentRead=True
    )
    assert got["Item"] == item
    # At least 600 / 8 pauses of 0.02 s: longer than the read timeout, which applies per read.
    assert time.monotonic() - started > 1.0
    assert proxy.faults == {FaultKind.TRICKLE: 1}


@pytest.mark.parametrize(
    ("item_on_condition_failure", "ask_all_old", "item_in_error"),
    [(True, True, True), (False, True, False), (True, False, False)],
)
def test_the_current_item_on_a_failed_condition_passes_or_is_taken_away(
    upstream: str,
    table: str,
    item_on_condition_failure: bool,
    ask_all_old: bool,
    item_in_error: bool,
) -> None:
    """DynamoDB Local returns the item when asked (ReturnValuesOnConditionCheckFailure); the
    proxy can answer as a server without it does, for the store's other path."""
    current = _item(note="keys in the drawer")
    _client(upstream).put_item(TableName=table, Item=current)
    extra: dict[str, Any] = (
        {"ReturnValuesOnConditionCheckFailure": "ALL_OLD"} if ask_all_old else {}
    )
    with (
        FaultProxy(upstream, item_on_condition_failure=item_on_condition_failure) as proxy,
        pytest.raises(ClientError) as caught,
    ):
        _client(proxy.url, attempts=3).put_item(
            TableName=table,
            Item={**current, "note": {"S": "keys on the hook"}},
            ConditionExpression="attribute_not_exists(userId)",
            **extra,
        )
    error = caught.value.response
    assert error["Error"]["Code"] == "ConditionalCheckFailedException"
    assert error["Error"]["Message"] == "The conditional request failed"
    # botocore parses the modeled exception's members into the top level of the response.
    assert error.get("Item") == (current if item_in_error else None)
    # Sent once: a stale x-amz-crc32 on the rewritten body would make botocore retry.
    assert proxy.operations == {"PutItem": 1}
    assert proxy.errors == []


def test_a_failed_condition_on_a_missing_item_brings_no_item(upstream: str, table: str) -> None:
    with FaultProxy(upstream) as proxy, pytest.raises(ClientError) as caught:
        _client(proxy.url).put_item(
            TableName=table,
            Item=_item(),
            ConditionExpression="attribute_exists(userId)",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    assert caught.value.response["Error"]["Code"] == "ConditionalCheckFailedException"
    assert "Item" not in caught.value.response
    assert proxy.forwarded == 1


def test_policy_helpers_pick_requests(proxy: FaultProxy, table: str) -> None:
    client, item = _client(proxy.url), _item()
    key = {"userId": item["userId"]}
    proxy.set_policy(for_operation("PutItem", first_n(1, THROTTLE)))
    with pytest.raises(ClientError):
        client.put_item(TableName=table, Item=item)
    client.get_item(TableName=table, Key=key)
    client.put_item(TableName=table, Item=item)
    assert proxy.faults == {FaultKind.THROTTLE: 1, FaultKind.PASS: 2}

    proxy.set_policy(every_nth(2, THROTTLE))
    throttled = []
    for _ in range(4):
        try:
            client.get_item(TableName=table, Key=key)
            throttled.append(False)
        except ClientError:
            throttled.append(True)
    assert throttled == [False, True, False, True]


def test_random_policies_are_reproducible_from_the_seed() -> None:
    info = RequestInfo(0, "GetItem", "DynamoDB_20120810.GetItem", {})
    choices = [(0.5, PASS), (0.3, THROTTLE), (0.2, RESET_BEFORE)]
    first, second = mix(random.Random(7), choices), mix(random.Random(7), choices)
    picks = [first(info) for _ in range(50)]
    assert picks == [second(info) for _ in range(50)]
    assert set(picks) == {PASS, THROTTLE, RESET_BEFORE}

    latency = jitter(0.1, 0.3, random.Random(7))
    delays = [latency(info) for _ in range(20)]
    assert all(d.kind is FaultKind.DELAY and 0.1 <= d.seconds <= 0.3 for d in delays)
    assert len({d.seconds for d in delays}) == 20


def test_throttle_rejects_an_unknown_error_type() -> None:
    with pytest.raises(ValueError, match="ThrottlingException"):
        throttle("SlowDown")
