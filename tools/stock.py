"""The stock pattern, kept as the baseline of tests and `make bench`: a boto3 DynamoDB resource and
`ask_sdk_dynamodb`'s `DynamoDbAdapter`, as the official samples use them. Never shipped."""

from __future__ import annotations

import os
from typing import Any

from attribute_store.dynamodb import DynamoDbConfig

__all__ = ["boto3_resource", "stock_adapter"]


def boto3_resource(config: DynamoDbConfig) -> Any:
    """A boto3 DynamoDB resource for `config`'s region and endpoint (dummy keys for a local one)."""
    import boto3

    session = boto3.session.Session(region_name=config.region)
    if config.endpoint_url and session.get_credentials() is None:
        session = boto3.session.Session(
            aws_access_key_id="local", aws_secret_access_key="local", region_name=config.region
        )
    return session.resource("dynamodb", endpoint_url=config.endpoint_url)


def stock_adapter(config: DynamoDbConfig, **options: Any) -> Any:
    # The stock module builds a boto3 resource at import and fails without a region.
    os.environ.setdefault("AWS_DEFAULT_REGION", config.region or "us-east-1")
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter

    return DynamoDbAdapter(
        config.table_name,
        partition_key_name=config.partition_key_name,
        dynamodb_resource=boto3_resource(config),
        **options,
    )
