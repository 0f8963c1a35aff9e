"""Stores for the contract suite: SQLite, and DynamoDB on a real DynamoDB-API server (dynalite)."""

from __future__ import annotations

import dataclasses
import itertools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

from attribute_store import AttributeStore
from attribute_store.dynamodb import DynamoDbConfig, DynamoDbStore, create_table_if_missing
from attribute_store.sqlite import SqliteStore
from tests.support.stores import ForwardingStore
from tools.dynalite import running_dynalite

# "aws": the same contract against real DynamoDB when credentials and TEST_TABLE_NAME are set.
STORE_KINDS = ["sqlite", "dynamodb", "aws"]
_tables = itertools.count()


@pytest.fixture(scope="session")
def dynalite_url() -> Iterator[str]:
    with running_dynalite() as url:
        yield url


@pytest.fixture
def table_config(request: pytest.FixtureRequest) -> DynamoDbConfig:
    """A fresh, ACTIVE table on the session's dynalite."""
    url = request.getfixturevalue("dynalite_url")
    config = DynamoDbConfig(
        table_name=f"memory-keeper-test-{next(_tables)}", region="us-east-1", endpoint_url=url
    )
    create_table_if_missing(config)
    return config


def make_store(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, **options: Any
) -> AttributeStore:
    if kind == "sqlite":
        return SqliteStore(tmp_path / "contract.sqlite3", **options)
    if kind == "dynamodb":
        config: DynamoDbConfig = request.getfixturevalue("table_config")
        return DynamoDbStore.connect(dataclasses.replace(config, **options))
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
