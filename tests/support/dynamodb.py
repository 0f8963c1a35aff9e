"""The DynamoDB-API servers the tests run on, in one place (a pytest plugin, see tests/conftest.py).

- DynamoDB Local (AWS's emulator, Java) is the suite's DynamoDB: a test that asks for
  `table_config` or `dynamodb_server` runs on it, its id ending in `[dynamodb-local]`.
- dynalite (Node) is a second implementation where it adds something: mark a test
  `@pytest.mark.dynamodb_servers("dynamodb-local", "dynalite")` to run it on both (the store
  contract does), or take `creating_tables_dynalite` for a server whose new tables stay CREATING.
- `own_dynamodb_local`: a DynamoDB Local of the test's own (TTL, see there).

Each server starts once per test session, on first use, on a free port, in memory; every test gets
a fresh table, created as the template creates it (TTL on `expiresAt`, where the server has TTL).
Java must be there: without it the run stops at collection with one line saying so.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import pytest

from attribute_store.dynamodb import DynamoDbConfig, create_table_if_missing
from tools.dynamodb_servers import (
    DYNALITE,
    DYNAMODB_LOCAL,
    SERVERS,
    java,
    java_missing,
    running_dynalite,
    running_dynamodb_local,
    running_server,
)

__all__ = ["DynamoDbServer", "DynamoDbServers", "new_table"]

MARKER = "dynamodb_servers"
DEFAULT_SERVERS = (DYNAMODB_LOCAL,)
_tables = itertools.count()


@dataclass(frozen=True)
class DynamoDbServer:
    name: str  # "dynamodb-local" or "dynalite"
    url: str

    @property
    def returns_item_on_condition_failure(self) -> bool:
        """ReturnValuesOnConditionCheckFailure: DynamoDB Local implements it, dynalite does not."""
        return self.name == DYNAMODB_LOCAL

    @property
    def compares_documents(self) -> bool:
        """`attributes = :map` in a condition: DynamoDB Local compares maps and lists by value, as
        DynamoDB does; dynalite compares them by identity (never equal). Taking over a stock
        adapter's record relies on it."""
        return self.name == DYNAMODB_LOCAL

    @property
    def expires_items(self) -> bool:
        """TTL: DynamoDB Local deletes expired items, dynalite has no TTL."""
        return self.name == DYNAMODB_LOCAL


class DynamoDbServers:
    """The session's servers, each started on first use and stopped at the end."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._urls: dict[str, str] = {}

    def server(self, name: str) -> DynamoDbServer:
        if name not in self._urls:
            self._urls[name] = self._stack.enter_context(running_server(name))
        return DynamoDbServer(name, self._urls[name])

    def new_table(self, name: str) -> DynamoDbConfig:
        """A fresh, ACTIVE table on that server."""
        return new_table(self.server(name).url)

    def close(self) -> None:
        self._stack.close()


def new_table(url: str) -> DynamoDbConfig:
    """A fresh, ACTIVE table on the server at `url`, as the template makes it (TTL on)."""
    config = DynamoDbConfig(
        table_name=f"memory-keeper-test-{next(_tables)}", region="us-east-1", endpoint_url=url
    )
    create_table_if_missing(config)
    return config


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(*names): the DynamoDB-API servers a test runs on "
        f"({', '.join(SERVERS)}; default: {', '.join(DEFAULT_SERVERS)})",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses a server runs once per server, the server's name in its id."""
    if "dynamodb_server" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker(MARKER)
    names = tuple(marker.args) if marker else DEFAULT_SERVERS
    unknown = set(names) - set(SERVERS)
    if unknown:
        raise pytest.UsageError(f"{metafunc.function.__name__}: unknown servers {unknown}")
    metafunc.parametrize("dynamodb_server", names, indirect=True, ids=names)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """No Java, no DynamoDB Local: say so once instead of failing (or skipping) test by test."""
    if java() is not None:
        return
    for item in items:
        callspec = getattr(item, "callspec", None)
        params = callspec.params.values() if callspec else ()
        if DYNAMODB_LOCAL in params:
            pytest.exit(java_missing(), returncode=pytest.ExitCode.USAGE_ERROR)


@pytest.fixture(scope="session")
def dynamodb_servers() -> Iterator[DynamoDbServers]:
    servers = DynamoDbServers()
    yield servers
    servers.close()


@pytest.fixture
def dynamodb_server(
    request: pytest.FixtureRequest, dynamodb_servers: DynamoDbServers
) -> DynamoDbServer:
    """The server this run of the test is on (parametrized: see `pytest_generate_tests`)."""
    return dynamodb_servers.server(str(request.param))


@pytest.fixture
def table_config(
    dynamodb_server: DynamoDbServer, dynamodb_servers: DynamoDbServers
) -> DynamoDbConfig:
    """A fresh, ACTIVE table on the test's server."""
    return dynamodb_servers.new_table(dynamodb_server.name)


@pytest.fixture(params=[DYNAMODB_LOCAL], ids=[DYNAMODB_LOCAL])
def own_dynamodb_local() -> Iterator[DynamoDbServer]:
    """A DynamoDB Local of the test's own, for TTL: DynamoDB Local sweeps expired items of only
    a few tables at a time (each TTL-enabled table holds one of its 10 job threads for as long
    as the server runs), so on the session's server, with a table per test, a new table's items
    would never expire."""
    with running_dynamodb_local() as url:
        yield DynamoDbServer(DYNAMODB_LOCAL, url)


@pytest.fixture(params=[DYNALITE], ids=[DYNALITE])
def creating_tables_dynalite() -> Iterator[DynamoDbServer]:
    """A dynalite of the test's own whose new tables stay CREATING for half a second."""
    with running_dynalite(create_table_ms=500) as url:
        yield DynamoDbServer(DYNALITE, url)
