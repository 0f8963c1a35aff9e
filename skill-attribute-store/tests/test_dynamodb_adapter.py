"""`DynamoDbAdapter`: the stock adapter's constructor, in an ASK skill, on DynamoDB Local."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_request_type

from attribute_store import (
    DynamoDbAdapter,
    StoreConflictError,
    device_id_partition_keygen,
    person_id_partition_keygen,
    user_id_partition_keygen,
)
from store_helpers import boto3_resource, envelope, raw_item, stock_table

if TYPE_CHECKING:
    from tests.support.dynamodb import DynamoDbServer


def test_the_constructor_takes_the_stock_adapters_arguments() -> None:
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter as StockAdapter

    stock = inspect.signature(StockAdapter.__init__).parameters
    ours = inspect.signature(DynamoDbAdapter.__init__).parameters
    positional = [name for name, p in ours.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional == list(stock)  # same names, same order
    for name in ("partition_key_name", "attribute_name", "create_table"):
        assert ours[name].default == stock[name].default
    assert ours["partition_keygen"].default is user_id_partition_keygen
    assert ours["dynamodb_resource"].default is None  # built on first use, not at import


@pytest.mark.parametrize(
    "ids",
    [
        {"user": "amzn1.ask.account.U", "device": "D1", "person": "amzn1.ask.person.P"},
        {"user": "amzn1.ask.account.U", "device": "D2", "person": None},
    ],
)
def test_the_keys_are_the_stock_adapters(ids: dict[str, Any]) -> None:
    from ask_sdk_dynamodb import partition_keygen as stock

    request = envelope(**ids)
    assert user_id_partition_keygen(request) == stock.user_id_partition_keygen(request)
    assert device_id_partition_keygen(request) == stock.device_id_partition_keygen(request)
    assert person_id_partition_keygen(request) == stock.person_id_partition_keygen(request)


def test_a_missing_id_is_the_stock_adapters_error() -> None:
    with pytest.raises(PersistenceException, match="user id"):
        user_id_partition_keygen(object())


def counter_skill(adapter: DynamoDbAdapter, *, assign_new_map: bool) -> Callable[..., Any]:
    """A skill counting launches the way ASK samples do: in place, or by assigning a new map."""
    builder = CustomSkillBuilder(persistence_adapter=adapter)

    @builder.request_handler(can_handle_func=is_request_type("LaunchRequest"))
    def launch(handler_input: HandlerInput) -> Any:
        manager = handler_input.attributes_manager
        if assign_new_map:
            visits = int(manager.persistent_attributes.get("visits", 0)) + 1
            manager.persistent_attributes = {"visits": visits}
        else:
            manager.persistent_attributes["visits"] = (
                manager.persistent_attributes.get("visits", 0) + 1
            )
            visits = manager.persistent_attributes["visits"]
        manager.save_persistent_attributes()
        return handler_input.response_builder.speak(f"visit {visits}").response

    handler: Callable[..., Any] = builder.lambda_handler()
    return handler


def launch(user: str = "amzn1.ask.account.A") -> dict[str, Any]:
    return {
        "version": "1.0",
        "session": {"new": True, "sessionId": "s", "application": {"applicationId": "a"},
                    "user": {"userId": user}},
        "context": {"System": {"application": {"applicationId": "a"}, "user": {"userId": user},
                               "device": {"deviceId": "D1"}, "apiEndpoint": "https://api"}},
        "request": {"type": "LaunchRequest", "requestId": "r", "timestamp": "2026-01-01T00:00:00Z",
                    "locale": "en-US"},
    }  # fmt: skip


def speech(response: dict[str, Any]) -> str:
    return str(response["response"]["outputSpeech"]["ssml"])


@pytest.mark.parametrize("assign_new_map", [False, True], ids=["in-place", "new-map"])
def test_a_skill_counts_visits_whichever_way_it_hands_the_attributes_back(
    dynamodb_server: DynamoDbServer, assign_new_map: bool
) -> None:
    config = stock_table(dynamodb_server)
    adapter = DynamoDbAdapter(
        config.table_name, region_name="us-east-1", endpoint_url=config.endpoint_url
    )
    handler = counter_skill(adapter, assign_new_map=assign_new_map)
    assert "visit 1" in speech(handler(launch(), None))
    assert "visit 2" in speech(handler(launch(), None))
    assert "visit 1" in speech(handler(launch("amzn1.ask.account.B"), None))
    item = raw_item(config, "amzn1.ask.account.A")
    assert item["attributes"] == {"M": {"visits": {"N": "2"}}} and item["version"] == {"N": "2"}


def test_a_new_map_is_conditioned_on_what_the_request_read(
    dynamodb_server: DynamoDbServer,
) -> None:
    config = stock_table(dynamodb_server)
    adapter = DynamoDbAdapter(
        config.table_name, region_name="us-east-1", endpoint_url=config.endpoint_url
    )
    other = DynamoDbAdapter(
        config.table_name, region_name="us-east-1", endpoint_url=config.endpoint_url
    )
    request, meanwhile = envelope(), envelope()
    adapter.get_attributes(request)
    theirs = other.get_attributes(meanwhile)
    theirs["theirs"] = 1
    other.save_attributes(meanwhile, theirs)
    with pytest.raises(StoreConflictError) as raised:
        adapter.save_attributes(request, {"mine": 1})
    assert isinstance(raised.value, PersistenceException)  # what stock skills catch
    assert dict(adapter.get_attributes(envelope())) == {"theirs": 1}
    # Without a read in the request, a new map is written over what is stored (as stock does).
    adapter.save_attributes(envelope(), {"mine": 2})
    assert dict(adapter.get_attributes(envelope())) == {"mine": 2}


def test_a_given_boto3_resource_is_used_and_create_table_makes_the_table(
    dynamodb_server: DynamoDbServer,
) -> None:
    config = stock_table(dynamodb_server)
    fresh = f"{config.table_name}-created"
    resource = boto3_resource(config)
    adapter = DynamoDbAdapter(fresh, create_table=True, dynamodb_resource=resource)
    loaded = adapter.get_attributes(envelope())
    loaded.update(price=2.5, day={"mon", "tue"}, count=Decimal(3))
    adapter.save_attributes(envelope(), loaded)
    again = adapter.get_attributes(envelope())
    assert dict(again) == {"price": 2.5, "day": {"mon", "tue"}, "count": 3}
    assert isinstance(again["count"], int)  # never Decimal
    table = resource.Table(fresh)
    assert table.key_schema == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert table.billing_mode_summary["BillingMode"] == "PAY_PER_REQUEST"


@pytest.mark.parametrize("compress", [False, True])
def test_records_stay_readable_by_the_stock_adapter_unless_compressed(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], compress: bool
) -> None:
    config = stock_table(dynamodb_server)
    adapter = DynamoDbAdapter(
        config.table_name,
        region_name="us-east-1",
        endpoint_url=config.endpoint_url,
        compress=compress,
    )
    loaded = adapter.get_attributes(envelope())
    loaded["history"] = [f"turn {n}: the same words again" for n in range(200)]  # ~7 KB of JSON
    adapter.save_attributes(envelope(), loaded)
    item = raw_item(config, "amzn1.ask.account.A")
    assert ("packed" in item) is compress
    if compress:
        with pytest.raises(PersistenceException):
            stock(config).get_attributes(envelope())
    else:
        assert stock(config).get_attributes(envelope())["history"][199] == loaded["history"][199]
    assert json.dumps(dict(adapter.get_attributes(envelope()))) == json.dumps(dict(loaded))
