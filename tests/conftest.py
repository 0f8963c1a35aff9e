"""Shared fixtures. Every handler a test gets is wrapped by the certification check."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

from attribute_store import AttributeStore
from attribute_store.sqlite import SqliteStore
from memory_keeper.settings import Settings
from memory_keeper.skill import LambdaHandler, build_skill, lambda_handler
from tests.support.certification import certified
from tests.support.dialog import Dialog

HandlerFactory = Callable[..., LambdaHandler]


@pytest.fixture
def sqlite_store(tmp_path: Path) -> SqliteStore:
    return SqliteStore(tmp_path / "store.sqlite3")


@pytest.fixture
def make_handler(sqlite_store: SqliteStore) -> HandlerFactory:
    """A certified `handler(event, context)` over a store (the test's SQLite file by default)."""

    def make(store: AttributeStore | None = None, **settings: object) -> LambdaHandler:
        skill = build_skill(Settings(**settings), store or sqlite_store)  # type: ignore[arg-type]
        return certified(lambda_handler(skill))

    return make


@pytest.fixture
def handler(make_handler: HandlerFactory) -> LambdaHandler:
    return make_handler()


@pytest.fixture
def dialog(handler: LambdaHandler) -> Dialog:
    return Dialog(handler)
