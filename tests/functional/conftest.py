"""Stores for the contract suite. The DynamoDB store joins the same parameter list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from attribute_store import AttributeStore
from attribute_store.sqlite import SqliteStore

STORE_KINDS = ["sqlite"]


def make_store(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, **options: int
) -> AttributeStore:
    if kind == "sqlite":
        return SqliteStore(tmp_path / "contract.sqlite3", **options)
    raise ValueError(kind)


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_store(
    store_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[AttributeStore]:
    yield make_store(store_kind, tmp_path, request)
