"""Helpers of the store's own tests: envelopes, tables keyed as the stock adapter keys them."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from ask_sdk_model import Context, Device, Person, RequestEnvelope, User
from ask_sdk_model.interfaces.system import SystemState

from attribute_store.dynamodb import (
    DynamoDbConfig,
    DynamoDbStore,
    Timeouts,
    create_table_if_missing,
)

if TYPE_CHECKING:  # the plugin module is imported by pytest itself, first
    from tests.support.dynamodb import DynamoDbServer

__all__ = ["boto3_resource", "envelope", "put_raw", "raw_item", "stock_table"]

_tables = itertools.count()


def envelope(
    user: str = "amzn1.ask.account.A", device: str = "D1", person: str | None = None
) -> Any:
    """A request envelope as the ASK SDK deserializes it, with the ids keys are made of."""
    system = SystemState(
        user=User(user_id=user),
        device=Device(device_id=device),
        person=Person(person_id=person) if person else None,
    )
    return RequestEnvelope(version="1.0", context=Context(system=system))


def stock_table(
    server: DynamoDbServer, partition_key_name: str = "id", attribute_name: str = "attributes"
) -> DynamoDbConfig:
    """A fresh table keyed as the stock adapter keys it (`id` by default)."""
    config = DynamoDbConfig(
        table_name=f"stock-table-{next(_tables)}",
        partition_key_name=partition_key_name,
        attributes_name=attribute_name,
        region="us-east-1",
        endpoint_url=server.url,
    )
    create_table_if_missing(config)
    return config


def boto3_resource(config: DynamoDbConfig) -> Any:
    """A boto3 DynamoDB resource on the test server, as a skill passes `dynamodb_resource`."""
    import boto3

    session = boto3.session.Session(
        aws_access_key_id="local", aws_secret_access_key="local", region_name=config.region
    )
    return session.resource("dynamodb", endpoint_url=config.endpoint_url)


def raw_item(config: DynamoDbConfig, key: str) -> dict[str, Any]:
    """The item as stored (typed AttributeValues), read consistently."""
    table = DynamoDbStore.connect(config).table
    request = {"Key": {config.partition_key_name: {"S": key}}, "ConsistentRead": True}
    return dict(table.get_item(Timeouts(2_000, 5_000), request).get("Item", {}))


def put_raw(config: DynamoDbConfig, item: dict[str, Any]) -> None:
    """Write an item as other code would (typed AttributeValues), unconditionally."""
    DynamoDbStore.connect(config).table.put_item(Timeouts(2_000, 5_000), {"Item": item})
