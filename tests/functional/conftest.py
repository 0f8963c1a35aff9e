"""Stores for the contract suite: SQLite, DynamoDB Local and dynalite (the servers come from
tests/support/dynamodb.py), and real DynamoDB when credentials and TEST_TABLE_NAME are set."""

from __future__ import annotations

import dataclasses
import os
import uuid
from pathlib import Path
from typing import Any

import boto3
import pytest

from attribute_store import AttributeStore
from attribute_store.dynamodb import DynamoDbConfig, DynamoDbStore
from attribute_store.sqlite import SqliteStore
from tests.support.dynamodb import DynamoDbServers
from tests.support.stores import ForwardingStore
from tools.dynamodb_servers import SERVERS

# "aws": the same contract against real DynamoDB when credentials and TEST_TABLE_NAME are set.
STORE_KINDS = ["sqlite", *SERVERS, "aws"]


def make_store(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, **options: Any
) -> AttributeStore:
    if kind == "sqlite":
        return SqliteStore(tmp_path / "contract.sqlite3", **options)
    if kind in SERVERS:
        servers: DynamoDbServers = request.getfixturevalue("dynamodb_servers")
        config = dataclasses.replace(servers.new_table(kind), **options)
        return DynamoDbStore.connect(config)
    if kind == "aws":
        table = os.environ.get("TEST_TABLE_NAME")
        if not table or boto3.session.Session().get_credentials() is None:
            pytest.skip("real DynamoDB: set AWS credentials and TEST_TABLE_NAME to run")
        region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        store = DynamoDbStore.connect(DynamoDbConfig(table_name=table, region=region, **options))
        return ForwardingStore(store, key_prefix=f"test-{uuid.uuid4().hex}-")
    raise ValueError(kind)


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_store(store_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> AttributeStore:
    return make_store(store_kind, tmp_path, request)
