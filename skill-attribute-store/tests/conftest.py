"""The store's own tests: the distribution, the drop-in adapter, taking over a stock adapter's
table. They import nothing of the skill the store was written for; the DynamoDB-API servers come
from the repository's one fixture module (DynamoDB Local, dynalite: docs/testing.md)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from attribute_store.dynamodb import DynamoDbConfig
from store_helpers import boto3_resource

pytest_plugins = ("tests.support.dynamodb",)

# The stock module builds a boto3 resource at import, which fails without a region.
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture
def stock() -> Callable[..., Any]:
    """The real stock adapter (`ask_sdk_dynamodb.adapter.DynamoDbAdapter` 1.19) on a table."""

    def make(config: DynamoDbConfig, **options: Any) -> Any:
        from ask_sdk_dynamodb.adapter import DynamoDbAdapter as StockAdapter

        return StockAdapter(
            config.table_name,
            partition_key_name=config.partition_key_name,
            attribute_name=config.attributes_name,
            dynamodb_resource=boto3_resource(config),
            **options,
        )

    return make


@pytest.fixture
def ours() -> Callable[..., Any]:
    """The drop-in adapter on a table, with the stock adapter's arguments."""

    def make(config: DynamoDbConfig, **options: Any) -> Any:
        from attribute_store import DynamoDbAdapter

        return DynamoDbAdapter(
            config.table_name,
            partition_key_name=config.partition_key_name,
            attribute_name=config.attributes_name,
            region_name=config.region,
            endpoint_url=config.endpoint_url,
            **options,
        )

    return make
