"""Item size by DynamoDB's rules, so a record that DynamoDB would refuse is refused before writing.

Attribute names count their UTF-8 length; strings their UTF-8 length; numbers about one byte per two
significant digits plus one; binary its length; booleans and null one byte; lists and maps 3 bytes
plus one byte per element (and their keys). The same rules size the SQLite store's records, so both
stores refuse the same records.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

__all__ = ["DYNAMODB_ITEM_LIMIT", "check_item_size", "item_size"]

DYNAMODB_ITEM_LIMIT = 400 * 1024


def item_size(item: dict[str, Any]) -> int:
    """Size in bytes of a top-level item (attribute name -> value) as DynamoDB counts it."""
    return sum(_utf8(name) + _value_size(value) for name, value in item.items())


def _value_size(value: Any) -> int:
    if value is None or isinstance(value, bool):
        return 1
    if isinstance(value, str):
        return _utf8(value)
    if isinstance(value, int | float | Decimal):
        return _number_size(value)
    if isinstance(value, bytes | bytearray):
        return len(value)
    if isinstance(value, dict):
        return 3 + len(value) + item_size(value)
    if isinstance(value, list | tuple):
        return 3 + sum(1 + _value_size(item) for item in value)
    if isinstance(value, set | frozenset):
        return sum(_value_size(item) for item in value)
    raise TypeError(f"cannot size a value of type {type(value).__name__}")


def _number_size(value: int | float | Decimal) -> int:
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if number.is_zero():
        return 1
    sign, digits, exponent = number.normalize().as_tuple()
    assert isinstance(exponent, int)
    count = len(digits)
    scientific_exponent = exponent + count - 1
    even_padding = 0 if (count % 2 or scientific_exponent % 2) else 1
    return 1 + math.ceil(count / 2) + even_padding + (1 if sign else 0)


def _utf8(text: str) -> int:
    return len(text.encode("utf-8"))


def check_item_size(item: dict[str, Any], limit: int) -> None:
    """Raise `StoreItemTooLargeError` when `item` is over `limit` bytes."""
    from .errors import StoreItemTooLargeError

    size = item_size(item)
    if size > limit:
        raise StoreItemTooLargeError(size, limit)
