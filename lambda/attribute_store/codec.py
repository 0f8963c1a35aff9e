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
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Context, Decimal, Inexact, Rounded
from typing import Any

from .errors import StoreValueError

__all__ = ["decode", "encode", "from_dynamodb", "from_wire", "to_dynamodb", "to_wire"]

_TAGS = ("@set", "@datetime", "@date", "@bytes", "@map")
# DynamoDB numbers: 38 significant digits, magnitude from 1E-130 to just under 1E+126
_DYNAMODB_NUMBER = Context(prec=38, Emin=-128, Emax=126, traps=[Inexact, Rounded])


def encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise StoreValueError(f"cannot store the number {value!r}")
        return value
    if isinstance(value, Decimal):
        return _decimal_to_number(value)
    if isinstance(value, Mapping):
        encoded = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise StoreValueError(f"map keys must be strings, not {type(key).__name__}")
            encoded[key] = encode(item)
        return {"@map": encoded} if _looks_tagged(encoded) else encoded
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, set | frozenset):
        return {"@set": sorted((encode(item) for item in value), key=repr)}
    if isinstance(value, datetime):
        return {"@datetime": value.isoformat()}
    if isinstance(value, date):
        return {"@date": value.isoformat()}
    if isinstance(value, bytes | bytearray):
        return {"@bytes": base64.b64encode(bytes(value)).decode("ascii")}
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


def _looks_tagged(mapping: Mapping[str, Any]) -> bool:
    return len(mapping) == 1 and next(iter(mapping)) in _TAGS


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
