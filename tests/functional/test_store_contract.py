"""The store contract: every AttributeStore implementation passes the same tests."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from attribute_store import (
    AttributeStore,
    StoreConflictError,
    StoreItemTooLargeError,
    StoreValueError,
)
from attribute_store.base import MAX_KEY_BYTES
from attribute_store.codec import MAX_DEPTH, MAX_NAME_BYTES
from tests.functional.conftest import make_store


def test_a_key_never_saved_loads_empty_at_version_zero(any_store: AttributeStore) -> None:
    record = any_store.load("nobody")
    assert (record.attributes, record.version, record.created_at) == ({}, 0, None)


def test_each_save_increments_the_version_and_keeps_created_at(any_store: AttributeStore) -> None:
    first = any_store.save("u1", {"a": 1}, 0)
    assert first.version == 1 and first.created_at and first.updated_at
    second = any_store.save("u1", {"a": 2}, 1, first.created_at)
    assert second.version == 2
    loaded = any_store.load("u1")
    assert loaded.attributes == {"a": 2}
    assert loaded.version == 2
    assert loaded.created_at == first.created_at
    assert loaded.updated_at is not None and loaded.updated_at >= first.updated_at


def test_a_stale_save_conflicts_and_writes_nothing(any_store: AttributeStore) -> None:
    any_store.save("u1", {"a": 1}, 0)
    any_store.save("u1", {"a": 2}, 1)
    with pytest.raises(StoreConflictError):
        any_store.save("u1", {"a": "stale"}, 1)
    with pytest.raises(StoreConflictError):
        any_store.save("u1", {"a": "blind"}, 0)
    assert any_store.load("u1").attributes == {"a": 2}


def test_keys_are_independent(any_store: AttributeStore) -> None:
    any_store.save("u1", {"who": "one"}, 0)
    any_store.save("u2", {"who": "two"}, 0)
    assert any_store.load("u1").attributes == {"who": "one"}
    assert any_store.load("u2").attributes == {"who": "two"}


def test_erase_leaves_an_empty_tombstone_that_stale_writers_cannot_overwrite(
    any_store: AttributeStore,
) -> None:
    any_store.save("u1", {"secret": "x"}, 0)
    any_store.erase("u1")
    erased = any_store.load("u1")
    assert erased.attributes == {}
    assert erased.version == 2
    with pytest.raises(StoreConflictError):
        any_store.save("u1", {"secret": "resurrected"}, 1)
    assert any_store.save("u1", {"fresh": True}, erased.version).version == 3


def test_an_erase_conditioned_on_a_stale_version_conflicts_and_erases_nothing(
    any_store: AttributeStore,
) -> None:
    any_store.save("u1", {"a": 1}, 0)
    any_store.save("u1", {"a": 2, "theirs": True}, 1)
    with pytest.raises(StoreConflictError):
        any_store.erase("u1", expected_version=1)
    assert any_store.load("u1", consistent=True).attributes == {"a": 2, "theirs": True}
    any_store.erase("u1", expected_version=2)
    erased = any_store.load("u1", consistent=True)
    assert (erased.attributes, erased.version) == ({}, 3)


def test_an_erase_conditioned_on_no_record_yet(any_store: AttributeStore) -> None:
    any_store.erase("fresh", expected_version=0)
    assert (
        any_store.load("fresh", consistent=True).version,
        any_store.load("fresh").attributes,
    ) == (
        1,
        {},
    )
    any_store.save("taken", {"a": 1}, 0)
    with pytest.raises(StoreConflictError):
        any_store.erase("taken", expected_version=0)
    assert any_store.load("taken", consistent=True).attributes == {"a": 1}


def test_erase_of_a_key_never_saved(any_store: AttributeStore) -> None:
    any_store.erase("ghost")
    assert any_store.load("ghost").attributes == {}


def test_rich_values_round_trip(any_store: AttributeStore) -> None:
    attributes = {
        "ratio": 0.25,
        "tags": {"a", "b"},
        "none": set(),
        "when": datetime(2026, 1, 1, tzinfo=UTC),
        "nested": [{"x": [1, 2.5, None, True]}],
        "text": "salt & <pepper>",
    }
    any_store.save("u1", attributes, 0)
    assert any_store.load("u1").attributes == attributes


def test_too_large_a_record_is_refused_and_nothing_is_written(
    store_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = make_store(store_kind, tmp_path, request, max_item_bytes=2_000)
    store.save("u1", {"small": "x"}, 0)
    with pytest.raises(StoreItemTooLargeError) as error:  # random text: compression can't help
        store.save("u1", {"big": secrets.token_urlsafe(3_000)}, 1)
    assert error.value.limit == 2_000
    assert store.load("u1").attributes == {"small": "x"}


def test_concurrent_writers_never_lose_an_update(any_store: AttributeStore) -> None:
    """Eight threads each add their own entries with load / save / retry-on-conflict."""
    writers, per_writer = 8, 10

    def write(writer: int) -> None:
        for n in range(per_writer):
            while True:
                record = any_store.load("shared")
                entries = list(record.attributes.get("entries", []))
                try:
                    any_store.save(
                        "shared", {"entries": [*entries, f"{writer}-{n}"]}, record.version
                    )
                    break
                except StoreConflictError:
                    continue

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    record = any_store.load("shared")
    assert sorted(record.attributes["entries"]) == sorted(
        f"{w}-{n}" for w in range(writers) for n in range(per_writer)
    )
    assert record.version == writers * per_writer


# --- what DynamoDB cannot hold: refused before writing, in both layouts, by every store -------

# A compressible pad makes the record take the compressed layout (packing.py); without it the
# record is a plain map. Both must behave the same.
LAYOUTS = {"plain": {}, "compressed": {"pad": "the top drawer of the desk " * 200}}


def _deep(levels: int, leaf: Any) -> Any:
    """`leaf` inside `levels` maps."""
    for _ in range(levels):
        leaf = {"k": leaf}
    return leaf


# (leaf, how many levels its encoding takes): the attributes map is level 1 and holds the leaf
# under MAX_DEPTH - 1 - levels maps, so that the whole record is exactly MAX_DEPTH deep.
LEAVES = {
    "text": ("x", 0),
    "list": ([1], 1),
    "set": ({1, 2}, 2),  # {"@set": [...]}
    "datetime": (datetime(2026, 1, 1, tzinfo=UTC), 1),  # {"@datetime": "..."}
    "bytes": (b"\x00\x01", 1),
    "tag-like map": ({"@set": "mine"}, 2),  # {"@map": {"@set": "mine"}}
}


def _refused(store: AttributeStore, attributes: dict[str, Any]) -> None:
    store.save("u1", {"before": True}, 0)
    with pytest.raises(StoreValueError):
        store.save("u1", attributes, 1)
    record = store.load("u1", consistent=True)
    assert (record.attributes, record.version) == ({"before": True}, 1)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"": 1}, id="empty-key"),
        pytest.param({"notes": [{"": {"a": 1}}]}, id="empty-key-deep"),
        pytest.param({"k" * (MAX_NAME_BYTES + 1): 1}, id="key-too-long"),
        pytest.param({"é" * (MAX_NAME_BYTES // 2 + 1): 1}, id="key-too-long-in-utf8"),
        pytest.param({"a": "\ud800"}, id="lone-surrogate"),
        pytest.param({"\udc00": 1}, id="lone-surrogate-key"),
        pytest.param(_deep(MAX_DEPTH + 1, "x"), id="too-deep"),
        pytest.param(_deep(2_000, "x"), id="far-too-deep"),
    ],
)
def test_what_dynamodb_cannot_hold_is_refused_before_writing_in_both_layouts(
    any_store: AttributeStore, bad: dict[str, Any], layout: str
) -> None:
    _refused(any_store, {**bad, **LAYOUTS[layout]})


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("leaf", LEAVES)
def test_values_nest_up_to_the_limit_and_no_further(
    any_store: AttributeStore, leaf: str, layout: str
) -> None:
    value, levels = LEAVES[leaf]
    deepest = {"a": _deep(MAX_DEPTH - 1 - levels, value), **LAYOUTS[layout]}
    any_store.save("deepest", deepest, 0)
    assert any_store.load("deepest").attributes == deepest
    _refused(any_store, {"a": _deep(MAX_DEPTH - levels, value), **LAYOUTS[layout]})


@pytest.mark.parametrize("layout", LAYOUTS)
def test_values_at_dynamodbs_other_limits_round_trip(
    any_store: AttributeStore, layout: str
) -> None:
    attributes = {
        "k" * MAX_NAME_BYTES: 1,
        "é" * (MAX_NAME_BYTES // 2): "two bytes a character",
        "nul\x00": "\x00",
        "empty": "",
        "containers": [[], {}, set(), b""],
        **LAYOUTS[layout],
    }
    any_store.save("u1", attributes, 0)
    assert any_store.load("u1").attributes == attributes


@pytest.mark.parametrize(
    "key",
    [
        pytest.param("", id="empty"),
        pytest.param("k" * (MAX_KEY_BYTES + 1), id="too-long"),
        pytest.param("é" * (MAX_KEY_BYTES // 2 + 1), id="too-long-in-utf8"),
        pytest.param("\ud800", id="lone-surrogate"),
    ],
)
def test_a_key_dynamodb_cannot_hold_is_refused(any_store: AttributeStore, key: str) -> None:
    calls: tuple[Callable[[], object], ...] = (
        lambda: any_store.load(key),
        lambda: any_store.save(key, {"a": 1}, 0),
        lambda: any_store.erase(key),
    )
    for call in calls:
        with pytest.raises(StoreValueError):
            call()


def test_the_longest_key_dynamodb_holds_works(any_store: AttributeStore) -> None:
    key = "é" * (MAX_KEY_BYTES // 2)
    any_store.save(key, {"a": 1}, 0)
    assert any_store.load(key).attributes == {"a": 1}
    any_store.erase(key)
    assert any_store.load(key).attributes == {}
