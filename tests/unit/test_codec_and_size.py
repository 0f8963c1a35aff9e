"""The codec round-trips what the stock adapter cannot; item sizes follow DynamoDB's rules."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribute_store import StoreItemTooLargeError, StoreValueError
from attribute_store.codec import (
    MAX_DEPTH,
    MAX_NAME_BYTES,
    decode,
    encode,
    from_dynamodb,
    to_dynamodb,
)
from attribute_store.packing import pack
from attribute_store.size import check_item_size, item_size

scalars = (
    st.none()
    | st.booleans()
    | st.text(max_size=20)
    | st.integers(min_value=-(10**37), max_value=10**37)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e100, max_value=1e100).filter(
        # DynamoDB numbers stop at 1E-130; an integral float comes back as an equal int only
        # while ints and floats agree (below 2**53): DynamoDB has a single number type.
        lambda x: x == 0 or (abs(x) > 1e-120 and (not x.is_integer() or abs(x) < 2**53))
    )
    | st.datetimes(timezones=st.just(UTC))
    | st.dates()
    | st.binary(max_size=16)
)
set_members = st.text(max_size=8) | st.integers(min_value=-1000, max_value=1000)
names = st.text(min_size=1, max_size=8)  # DynamoDB refuses an empty map key
values = st.recursive(
    scalars | st.sets(set_members, max_size=4) | st.frozensets(set_members, max_size=0),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(names, children, max_size=4),
    max_leaves=20,
)


def _through_dynamodb(value: Any) -> Any:
    return decode(from_dynamodb(to_dynamodb(encode(value))))


@given(st.dictionaries(names, values, max_size=5))
def test_round_trip_through_the_dynamodb_representation(attributes: dict[str, Any]) -> None:
    assert _through_dynamodb(attributes) == attributes


@given(st.dictionaries(names, values, max_size=5))
def test_no_decimal_comes_back(attributes: dict[str, Any]) -> None:
    def walk(value: Any) -> None:
        assert not isinstance(value, Decimal)
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | set | frozenset | tuple):
            for item in value:
                walk(item)

    walk(_through_dynamodb(attributes))


def test_types_the_stock_adapter_rejects() -> None:
    attributes = {
        "ratio": 0.1,
        "tags": set(),
        "seen": datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        "day": date(2026, 1, 2),
        "tricky": {"@set": [1, 2]},
    }
    assert _through_dynamodb(attributes) == attributes
    assert isinstance(_through_dynamodb({"n": 7})["n"], int)


@pytest.mark.parametrize("bad", [math.nan, math.inf, 1e300, 1e-300, 10**40, object()])
def test_unstorable_values_raise_a_typed_error(bad: Any) -> None:
    with pytest.raises(StoreValueError):
        to_dynamodb(encode({"value": bad}))


def test_non_string_keys_are_refused() -> None:
    with pytest.raises(StoreValueError, match="map keys"):
        encode({1: "one"})


def _in_lists(levels: int, leaf: Any) -> Any:
    for _ in range(levels):
        leaf = [leaf]
    return leaf


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"a": [{"": 1}]}, "empty"),
        ({"k" * (MAX_NAME_BYTES + 1): 1}, "bytes"),
        ({"a": _in_lists(MAX_DEPTH, 1)}, "nested"),  # 1 + MAX_DEPTH levels
        ({"a": _in_lists(MAX_DEPTH - 2, {1})}, "nested"),  # a set takes two: {"@set": [...]}
    ],
)
def test_what_dynamodb_cannot_hold_is_refused_by_the_codec(bad: Any, reason: str) -> None:
    with pytest.raises(StoreValueError, match=reason):
        encode(bad)


def test_the_deepest_record_dynamodb_holds_is_encoded() -> None:
    for deepest in (_in_lists(MAX_DEPTH - 1, 1), _in_lists(MAX_DEPTH - 3, {1})):
        assert decode(encode({"a": deepest})) == {"a": deepest}


def test_text_that_is_not_unicode_is_refused_in_both_layouts() -> None:
    for layout in ({}, {"pad": "abc " * 1_000}):
        with pytest.raises(StoreValueError, match="not valid Unicode"):
            pack({"a": "\ud800", **layout})


@pytest.mark.parametrize(
    ("item", "size"),
    [
        ({"a": "xyz"}, 4),
        ({"a": "é"}, 3),
        ({"n": 0}, 2),
        ({"n": 12345}, 5),
        ({"n": -1}, 4),
        ({"b": True, "z": None}, 4),
        ({"l": ["ab", 1]}, 1 + 3 + (1 + 2) + (1 + 2)),
        ({"m": {"k": "v"}}, 1 + 3 + 1 + (1 + 1)),
    ],
)
def test_item_size_rules(item: dict[str, Any], size: int) -> None:
    assert item_size(item) == size


def test_size_guard_at_the_boundary() -> None:
    item = {"a": "x" * 99}
    check_item_size(item, 100)
    with pytest.raises(StoreItemTooLargeError) as error:
        check_item_size({"a": "x" * 100}, 100)
    assert (error.value.size, error.value.limit) == (101, 100)
