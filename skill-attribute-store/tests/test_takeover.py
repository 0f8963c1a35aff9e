"""Taking over a table the stock ASK adapter wrote, on DynamoDB Local and dynalite, with items
written by the real stock adapter (`ask-sdk-dynamodb-persistence-adapter` 1.19).

A stock record has no version. It loads as version 0 with `Record.unversioned` set, and the first
save is conditioned on it being unchanged (no version yet, the same attributes), so that a write of
the stock adapter in between — the old code, still running during a rolling deploy — is a conflict
and not a lost update. DynamoDB compares maps by value in a condition, and so does DynamoDB Local;
dynalite compares them by identity, so there the first save of a stock record is always a conflict:
still nothing lost, but no takeover (`DynamoDbServer.compares_documents`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest

from attribute_store import LoadedAttributes, StoreConflictError
from store_helpers import envelope, put_raw, raw_item, stock_table

if TYPE_CHECKING:
    from tests.support.dynamodb import DynamoDbServer

BOTH = pytest.mark.dynamodb_servers("dynamodb-local", "dynalite")
USER = envelope()
STOCK_ATTRIBUTES = {
    "counter": 3,
    "name": "Ada",
    "price": Decimal("2.50"),
    "flags": {"dark": True, "sound": None},
    "history": ["a", 1, {"k": "v"}],
    "tags": {"red", "blue"},
}
AS_LOADED = {**STOCK_ATTRIBUTES, "price": 2.5}  # numbers come back as int or float


def increment(attributes: dict[str, Any]) -> dict[str, Any]:
    return {**attributes, "counter": int(attributes.get("counter", 0)) + 1}


@BOTH
def test_a_stock_record_loads_with_its_attributes_and_no_version(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], ours: Callable[..., Any]
) -> None:
    config = stock_table(dynamodb_server)
    stock(config).save_attributes(USER, dict(STOCK_ATTRIBUTES))
    loaded = ours(config).get_attributes(USER)
    assert dict(loaded) == AS_LOADED
    assert loaded.record.version == 0 and loaded.record.unversioned is not None


@BOTH
def test_the_first_save_takes_the_record_over_and_versions_it(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], ours: Callable[..., Any]
) -> None:
    config = stock_table(dynamodb_server)
    stock(config).save_attributes(USER, dict(STOCK_ATTRIBUTES))
    adapter = ours(config)
    loaded = adapter.get_attributes(USER)
    loaded["counter"] += 1
    if not dynamodb_server.compares_documents:
        with pytest.raises(StoreConflictError):
            adapter.save_attributes(USER, loaded)
        assert stock(config).get_attributes(USER)["counter"] == 3  # untouched
        return
    adapter.save_attributes(USER, loaded)  # no conflict
    item = raw_item(config, "amzn1.ask.account.A")
    assert item["version"] == {"N": "1"} and len(item["writeIds"]["L"]) == 1
    again = adapter.get_attributes(USER)
    assert again.record.version == 1 and again.record.unversioned is None
    assert dict(again) == {**AS_LOADED, "counter": 4}
    again["counter"] += 1
    adapter.save_attributes(USER, again)
    assert adapter.get_attributes(USER).record.version == 2


@BOTH
def test_a_stock_write_between_load_and_save_is_not_lost(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], ours: Callable[..., Any]
) -> None:
    """A rolling deploy: the old code writes after the new code read; the new code's save
    conflicts instead of overwriting it, and, given a rebase, applies its change on top."""
    config = stock_table(dynamodb_server)
    old_code = stock(config)
    old_code.save_attributes(USER, {"counter": 3})
    adapter = ours(config)
    loaded = adapter.get_attributes(USER)
    old_code.save_attributes(USER, {"counter": 10, "theirs": "kept"})  # the old code, meanwhile
    loaded["counter"] += 1
    with pytest.raises(StoreConflictError):
        adapter.save_attributes(USER, loaded)  # no rebase: the conflict is the answer
    assert old_code.get_attributes(USER) == {"counter": 10, "theirs": "kept"}
    if not dynamodb_server.compares_documents:
        return
    adapter.save_changes(USER, loaded, rebase=increment)
    assert dict(adapter.get_attributes(USER)) == {"counter": 11, "theirs": "kept"}


@BOTH
def test_a_record_the_stock_adapter_deleted_meanwhile_is_a_conflict(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], ours: Callable[..., Any]
) -> None:
    config = stock_table(dynamodb_server)
    old_code = stock(config)
    old_code.save_attributes(USER, {"counter": 3})
    adapter = ours(config)
    loaded = adapter.get_attributes(USER)
    old_code.delete_attributes(USER)
    loaded["counter"] += 1
    with pytest.raises(StoreConflictError):
        adapter.save_attributes(USER, loaded)
    assert old_code.get_attributes(USER) == {}
    adapter.save_changes(USER, loaded, rebase=increment)  # a new record, as for a new user
    assert dict(adapter.get_attributes(USER)) == {"counter": 1}


@BOTH
def test_after_the_takeover_the_stock_adapter_still_reads_and_writes_it(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], ours: Callable[..., Any]
) -> None:
    """A rollback: the old code reads what the new code wrote; what it writes then has no version
    again, and the new code takes it over again without losing it."""
    if not dynamodb_server.compares_documents:
        pytest.skip("dynalite cannot take a stock record over (see the module's docstring)")
    config = stock_table(dynamodb_server)
    old_code = stock(config)
    old_code.save_attributes(USER, {"counter": 3})
    adapter = ours(config)
    adapter.save_changes(USER, adapter.get_attributes(USER), rebase=None)  # nothing changed
    adapter.save_changes(USER, adapter.get_attributes(USER), rebase=increment)
    loaded = adapter.get_attributes(USER)
    loaded.update(increment(loaded), when=Decimal("1.5"))
    adapter.save_attributes(USER, loaded)
    assert adapter.get_attributes(USER).record.version == 1
    assert old_code.get_attributes(USER) == {"counter": 4, "when": Decimal("1.5")}
    old_code.save_attributes(USER, {"counter": 40})  # the rolled-back code writes
    retaken = adapter.get_attributes(USER)
    assert retaken.record.unversioned is not None and dict(retaken) == {"counter": 40}
    retaken["counter"] += 1
    adapter.save_attributes(USER, retaken)
    assert dict(adapter.get_attributes(USER)) == {"counter": 41}


@BOTH
@pytest.mark.parametrize(
    ("partition_key_name", "attribute_name"), [("id", "attributes"), ("userKey", "data")]
)
def test_any_partition_key_and_attribute_name(
    dynamodb_server: DynamoDbServer,
    stock: Callable[..., Any],
    ours: Callable[..., Any],
    partition_key_name: str,
    attribute_name: str,
) -> None:
    config = stock_table(dynamodb_server, partition_key_name, attribute_name)
    stock(config).save_attributes(USER, {"counter": 7})
    adapter = ours(config)
    loaded = adapter.get_attributes(USER)
    assert dict(loaded) == {"counter": 7}
    if not dynamodb_server.compares_documents:
        return
    loaded["counter"] += 1
    adapter.save_attributes(USER, loaded)
    item = raw_item(config, "amzn1.ask.account.A")
    assert item[attribute_name] == {"M": {"counter": {"N": "8"}}}
    assert set(item) == {
        partition_key_name,
        attribute_name,
        "version",
        "writeIds",
        "createdAt",
        "updatedAt",
    }
    assert stock(config).get_attributes(USER) == {"counter": 8}


@BOTH
def test_a_stock_record_without_its_attributes_is_taken_over_too(
    dynamodb_server: DynamoDbServer, ours: Callable[..., Any]
) -> None:
    """An item with the key alone (written by other code): empty attributes, no version."""
    config = stock_table(dynamodb_server)
    put_raw(config, {"id": {"S": "amzn1.ask.account.A"}})
    adapter = ours(config)
    loaded = adapter.get_attributes(USER)
    assert dict(loaded) == {} and loaded.record.unversioned is not None
    loaded["counter"] = 1
    adapter.save_attributes(USER, loaded)
    assert dict(adapter.get_attributes(USER)) == {"counter": 1}


def test_two_new_writers_taking_over_the_same_record_lose_neither_update(
    dynamodb_server: DynamoDbServer, stock: Callable[..., Any], ours: Callable[..., Any]
) -> None:
    """Two instances of the new code (two devices) save the same stock record at once: one takes
    it over, the other conflicts, reads the versioned record and re-applies its change."""
    config = stock_table(dynamodb_server)
    stock(config).save_attributes(USER, {"counter": 0})
    first, second = ours(config), ours(config)
    loaded = [first.get_attributes(USER), second.get_attributes(USER)]
    assert all(isinstance(m, LoadedAttributes) and m.record.unversioned for m in loaded)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def save(adapter: Any, attributes: LoadedAttributes) -> None:
        attributes["counter"] += 1
        start.wait()
        try:
            adapter.save_changes(USER, attributes, rebase=increment)
        except BaseException as exc:  # reported below
            errors.append(exc)

    pairs = zip((first, second), loaded, strict=True)
    threads = [threading.Thread(target=save, args=pair) for pair in pairs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    final = first.get_attributes(USER)
    assert dict(final) == {"counter": 2} and final.record.version == 2
