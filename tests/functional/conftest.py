"""Stores for the contract suite: SQLite, and DynamoDB on a real DynamoDB-API server (dynalite)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from attribute_store import AttributeStore
from attribute_store.dynamodb import DynamoDbConfig, DynamoDbStore, create_table_if_missing
from attribute_store.sqlite import SqliteStore
from tests.support.dynalite import running_dynalite

STORE_KINDS = ["sqlite", "dynamodb"]
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
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, **options: int
) -> AttributeStore:
    if kind == "sqlite":
        return SqliteStore(tmp_path / "contract.sqlite3", **options)
    if kind == "dynamodb":
        config: DynamoDbConfig = request.getfixturevalue("table_config")
        return DynamoDbStore.connect(
            DynamoDbConfig(**{**config.__dict__, **options})  # type: ignore[arg-type]
        )
    raise ValueError(kind)


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_store(store_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> AttributeStore:
    return make_store(store_kind, tmp_path, request)
