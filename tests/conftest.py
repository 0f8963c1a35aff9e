"""Shared fixtures. Every handler a test gets is wrapped by the certification check."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
from tools.envelopes import Caller
from tools.settings_api import SettingsApi

HandlerFactory = Callable[..., LambdaHandler]
# The DynamoDB-API servers (DynamoDB Local, dynalite) and their fixtures: one module.
pytest_plugins = ("tests.support.dynamodb",)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> SqliteStore:
    return SqliteStore(tmp_path / "store.sqlite3")


@pytest.fixture(scope="session")
def settings_api() -> Iterator[SettingsApi]:
    """The Alexa Settings API on loopback (time zones), for every test's requests."""
    api = SettingsApi().start()
    yield api
    api.stop()


@pytest.fixture(autouse=True)
def _fresh_settings_api(settings_api: SettingsApi) -> None:
    settings_api.zones.clear()
    settings_api.default_zone = "UTC"
    settings_api.requests = 0
    settings_api.fail = False


def local_alexa_api(handler: LambdaHandler, endpoint: str) -> LambdaHandler:
    """Requests addressed to Amazon's API endpoint go to the loopback Settings API instead."""

    def local(event: dict[str, Any], context: Any) -> dict[str, Any]:
        system = event.get("context", {}).get("System", {}) if isinstance(event, dict) else {}
        if system.get("apiEndpoint") == Caller.api_endpoint:
            system["apiEndpoint"] = endpoint
        return handler(event, context)

    return local


@pytest.fixture
def make_handler(sqlite_store: SqliteStore, settings_api: SettingsApi) -> HandlerFactory:
    """A certified `handler(event, context)` over a store (the test's SQLite file by default)."""

    def make(store: AttributeStore | None = None, **settings: object) -> LambdaHandler:
        skill_settings = Settings(**settings)  # type: ignore[arg-type]
        skill = build_skill(skill_settings, store or sqlite_store)
        return certified(local_alexa_api(lambda_handler(skill, skill_settings), settings_api.url))

    return make


@pytest.fixture
def handler(make_handler: HandlerFactory) -> LambdaHandler:
    return make_handler()


@pytest.fixture
def dialog(handler: LambdaHandler, settings_api: SettingsApi) -> Dialog:
    return Dialog(handler, settings_api=settings_api)


@pytest.fixture
def dialog_de(handler: LambdaHandler, settings_api: SettingsApi) -> Dialog:
    """A dialog on a device set to German (de-DE)."""
    return Dialog(handler, settings_api=settings_api, locale="de-DE")
