"""Turns attribute maps into values every backend can store, and back.

`encode` produces a JSON-compatible tree (dict, list, str, int, float, bool, None); types JSON and
DynamoDB lack are tagged one-key maps:

    set / frozenset -> {"@set": [...]}        (empty sets too; DynamoDB refuses empty sets)
    datetime        -> {"@datetime": "<iso>"}
    date            -> {"@date": "<iso>"}
    bytes           -> {"@bytes": "<base64>"}
    a user map that itself looks like a tag -> {"@map": {...}}

`to_dynamodb` / `from_dynamodb` add the DynamoDB step: floats become `Decimal` on the way in, and
numbers come back as `int` or `float`, never `Decimal`, so they can go into session attributes.
`to_wire` / `from_wire` do the same for botocore's low-level client, whose items are typed
AttributeValues (`{"S": ...}`, `{"N": "1.5"}`, `{"M": {...}}`, `{"B": b"..."}`) — no boto3 needed.
DynamoDB has one number type, so an integral float (2.0) comes back as an equal `int` (2); floats
outside DynamoDB's range (below 1E-130, above 1E+126, NaN, infinities) raise `StoreValueError`.

What DynamoDB refuses in an item is refused here, before anything is written (`StoreValueError`),
whatever the layout and the store (packing.py says why): an empty map key; a map key over
`MAX_NAME_BYTES` of UTF-8; maps and lists nested more than `MAX_DEPTH` deep, the record's
attributes map and the tags' own maps and lists counted. Text that is not valid Unicode (a lone
surrogate) is refused by `packing.pack`, which encodes every string to UTF-8 anyway.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Context, Decimal, Inexact, Rounded
from typing import Any

from .errors import StoreValueError

__all__ = [
    "MAX_DEPTH",
    "MAX_NAME_BYTES",
    "decode",
    "encode",
    "from_dynamodb",
    "from_wire",
    "to_dynamodb",
    "to_wire",
]

_TAGS = ("@set", "@datetime", "@date", "@bytes", "@map")
# DynamoDB numbers: 38 significant digits, magnitude from 1E-130 to just under 1E+126
_DYNAMODB_NUMBER = Context(prec=38, Emin=-128, Emax=126, traps=[Inexact, Rounded])
# DynamoDB (Local) refuses an item whose values nest 32 deep below it ("Nesting Levels have
# exceeded supported limits"): the attributes map is level 1, so 31 levels are the most.
MAX_DEPTH = 31
# DynamoDB documents 64 KB for an attribute name; DynamoDB Local fails (HTTP 500) on a map key
# over 50,000 bytes. The store keeps to the smaller, so every implementation behaves alike.
MAX_NAME_BYTES = 50_000


def encode(value: Any) -> Any:
    """The JSON-compatible tree of `value` (a record's attributes: a map, level 1)."""
    return _encode(value, 0)


def _encode(value: Any, depth: int) -> Any:
    """`depth`: how many maps and lists of the encoded tree hold `value`."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise StoreValueError(f"cannot store the number {value!r}")
        return value
    if isinstance(value, Decimal):
        return _decimal_to_number(value)
    if isinstance(value, Mapping):
        # a user map that looks like a tag is wrapped ({"@map": {...}}): one level more
        inner = depth + 1 + _looks_tagged(value)
        _check_depth(inner)
        encoded = {_checked_key(key): _encode(item, inner) for key, item in value.items()}
        return {"@map": encoded} if _looks_tagged(encoded) else encoded
    if isinstance(value, list | tuple):
        _check_depth(depth + 1)
        return [_encode(item, depth + 1) for item in value]
    if isinstance(value, set | frozenset):
        _check_depth(depth + 2)  # {"@set": [...]}
        return {"@set": sorted((_encode(item, depth + 2) for item in value), key=repr)}
    if isinstance(value, datetime):
        return _tagged("@datetime", value.isoformat(), depth)
    if isinstance(value, date):
        return _tagged("@date", value.isoformat(), depth)
    if isinstance(value, bytes | bytearray):
        return _tagged("@bytes", base64.b64encode(bytes(value)).decode("ascii"), depth)
    raise StoreValueError(f"cannot store a value of type {type(value).__name__}")


def decode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _decimal_to_number(value)
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if _looks_tagged(value):
        tag, payload = next(iter(value.items()))
        if tag == "@set":
            return {_hashable(decode(item)) for item in payload}
        if tag == "@datetime":
            return datetime.fromisoformat(payload)
        if tag == "@date":
            return date.fromisoformat(payload)
        if tag == "@bytes":
            return base64.b64decode(payload)
        return {key: decode(item) for key, item in payload.items()}
    return {key: decode(item) for key, item in value.items()}


def to_dynamodb(encoded: Any) -> Any:
    """An encoded tree with floats as `Decimal`, as the boto3 serializer wants."""
    if isinstance(encoded, float):
        return _float_to_decimal(encoded)
    if isinstance(encoded, int) and not isinstance(encoded, bool):
        return _checked(Decimal(encoded), encoded)
    if isinstance(encoded, dict):
        return {key: to_dynamodb(item) for key, item in encoded.items()}
    if isinstance(encoded, list):
        return [to_dynamodb(item) for item in encoded]
    return encoded


def from_dynamodb(item: Any) -> Any:
    """The inverse of `to_dynamodb`: `Decimal` back to `int`/`float`."""
    if isinstance(item, Decimal):
        return _decimal_to_number(item)
    if isinstance(item, dict):
        return {key: from_dynamodb(value) for key, value in item.items()}
    if isinstance(item, list):
        return [from_dynamodb(value) for value in item]
    return item


def to_wire(value: Any) -> dict[str, Any]:
    """One AttributeValue of the low-level API for an encoded (or `to_dynamodb`) value."""
    if value is None:
        return {"NULL": True}
    if isinstance(value, bool):
        return {"BOOL": value}
    if isinstance(value, str):
        return {"S": value}
    if isinstance(value, int | float | Decimal):
        number = value if isinstance(value, Decimal) else to_dynamodb(value)
        return {"N": str(number)}
    if isinstance(value, bytes | bytearray):
        return {"B": bytes(value)}
    if isinstance(value, dict):
        return {"M": {key: to_wire(item) for key, item in value.items()}}
    if isinstance(value, list | tuple):
        return {"L": [to_wire(item) for item in value]}
    raise StoreValueError(f"cannot store a value of type {type(value).__name__}")


def from_wire(value: dict[str, Any]) -> Any:
    """The inverse of `to_wire`; numbers come back as `int` or `float`."""
    (kind, payload), *_ = value.items()
    if kind == "S":
        return payload
    if kind == "N":
        return _decimal_to_number(Decimal(payload))
    if kind == "M":
        return {key: from_wire(item) for key, item in payload.items()}
    if kind == "L":
        return [from_wire(item) for item in payload]
    if kind == "BOOL":
        return bool(payload)
    if kind == "NULL":
        return None
    if kind == "B":
        return bytes(payload)
    if kind == "SS":
        return set(payload)
    if kind == "NS":
        return {_decimal_to_number(Decimal(number)) for number in payload}
    if kind == "BS":
        return {bytes(item) for item in payload}
    raise StoreValueError(f"unknown DynamoDB attribute type {kind!r}")


def _looks_tagged(mapping: Mapping[Any, Any]) -> bool:
    return len(mapping) == 1 and next(iter(mapping)) in _TAGS


def _tagged(tag: str, text: str, depth: int) -> dict[str, str]:
    _check_depth(depth + 1)  # a one-key map
    return {tag: text}


def _check_depth(depth: int) -> None:
    if depth > MAX_DEPTH:
        raise StoreValueError(
            f"maps and lists nested more than {MAX_DEPTH} deep cannot be stored (DynamoDB's limit)"
        )


def _checked_key(key: object) -> str:
    if not isinstance(key, str):
        raise StoreValueError(f"map keys must be strings, not {type(key).__name__}")
    if not key:
        raise StoreValueError("a map key cannot be empty (DynamoDB refuses an empty name)")
    # UTF-8 takes at most 4 bytes a character: only a long key can be over the limit.
    if len(key) * 4 > MAX_NAME_BYTES:
        size = len(key.encode("utf-8", "surrogatepass"))
        if size > MAX_NAME_BYTES:
            raise StoreValueError(
                f"a map key of {size} bytes cannot be stored (at most {MAX_NAME_BYTES})"
            )
    return key


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(item) for item in value)
    if isinstance(value, set):
        return frozenset(value)
    if isinstance(value, dict):
        raise StoreValueError("a stored set contains a map, which cannot be a set member")
    return value


def _float_to_decimal(value: float) -> Decimal:
    return _checked(Decimal(repr(value)), value)


def _checked(number: Decimal, original: object) -> Decimal:
    if number.is_zero():
        return Decimal(0)
    try:
        return _DYNAMODB_NUMBER.create_decimal(number)
    except (Inexact, Rounded) as exc:
        raise StoreValueError(
            f"{original!r} does not fit a DynamoDB number (38 digits, 1E-130..1E+126)"
        ) from exc


def _decimal_to_number(number: Decimal) -> int | float:
    if not number.is_finite():
        raise StoreValueError(f"cannot store the number {number!r}")
    if number == number.to_integral_value():
        return int(number)
    return float(number)
