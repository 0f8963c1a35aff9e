"""The ASK persistence adapter: writes only on change, re-applies on conflict, never overwrites."""

from __future__ import annotations

import pytest

from attribute_store import (
    LoadedAttributes,
    StoreConfigurationError,
    StoreConflictError,
    StorePersistenceAdapter,
)
from attribute_store.sqlite import SqliteStore
from tests.support.stores import ForwardingStore

CountingStore = ForwardingStore


@pytest.fixture
def store(sqlite_store: SqliteStore) -> CountingStore:
    return CountingStore(sqlite_store)


def _adapter(
    store: CountingStore, counted: list[str] | None = None, attempts: int = 3
) -> StorePersistenceAdapter:
    sink = counted if counted is not None else []
    return StorePersistenceAdapter(
        store, lambda envelope: str(envelope), max_attempts=attempts, count=sink.append
    )


def test_unchanged_attributes_are_not_written(store: CountingStore) -> None:
    adapter = _adapter(store)
    attributes = adapter.get_attributes("u1")
    adapter.save_attributes("u1", attributes)
    assert store.saves == 0


def test_changed_attributes_are_written_once(store: CountingStore) -> None:
    adapter = _adapter(store)
    attributes = adapter.get_attributes("u1")
    attributes["n"] = 1
    adapter.save_attributes("u1", attributes)
    assert store.saves == 1
    assert store.inner.load("u1").attributes == {"n": 1}


def test_conflict_rebases_on_the_newer_record(store: CountingStore) -> None:
    counted: list[str] = []
    adapter = _adapter(store, counted)
    attributes = adapter.get_attributes("u1")
    attributes["mine"] = 1
    store.before_save.append(lambda: store.inner.save("u1", {"theirs": 2}, 0))
    adapter.save_changes("u1", attributes, rebase=lambda newer: {**newer, "mine": 1})
    assert store.inner.load("u1").attributes == {"theirs": 2, "mine": 1}
    assert counted == ["PersistenceConflict", "PersistenceRetry"]


def test_conflict_without_rebase_raises_and_keeps_the_other_write(store: CountingStore) -> None:
    adapter = _adapter(store)
    attributes = adapter.get_attributes("u1")
    attributes["mine"] = 1
    store.before_save.append(lambda: store.inner.save("u1", {"theirs": 2}, 0))
    with pytest.raises(StoreConflictError) as error:
        adapter.save_attributes("u1", attributes)
    assert isinstance(error.value.__cause__, StoreConflictError)
    assert store.inner.load("u1").attributes == {"theirs": 2}


def test_retries_are_bounded(store: CountingStore) -> None:
    adapter = _adapter(store, attempts=2)
    attributes = adapter.get_attributes("u1")
    attributes["mine"] = 1
    version = iter(range(0, 10))
    for _ in range(2):
        store.before_save.append(
            lambda: store.inner.save(
                "u1", {"theirs": next(version)}, store.inner.load("u1").version
            )
        )
    with pytest.raises(StoreConflictError) as error:
        adapter.save_changes("u1", attributes, rebase=lambda newer: {**newer, "mine": 1})
    assert error.value.attempts == 2
    assert "mine" not in store.inner.load("u1").attributes


def test_a_replaced_map_is_refused_rather_than_written_blind(store: CountingStore) -> None:
    with pytest.raises(StoreConfigurationError, match="get_attributes"):
        _adapter(store).save_attributes("u1", {"blind": True})


def test_delete_erases(store: CountingStore) -> None:
    adapter = _adapter(store)
    attributes = adapter.get_attributes("u1")
    attributes["n"] = 1
    adapter.save_attributes("u1", attributes)
    adapter.delete_attributes("u1")
    assert isinstance(adapter.get_attributes("u1"), LoadedAttributes)
    assert adapter.get_attributes("u1") == {}
