"""How a record's attributes are laid out in an item: a readable map when small, compressed when
that is smaller (a record of text compresses 5-6x; DynamoDB prices every started KB written).

    {"attributes": {...}}                                   plain (the name is configurable:
                                                            the stock adapter's `attribute_name`)
    {"packed": <zlib of compact JSON>, "packing": "zlib+json"}   compressed

Both stores size a record by this layout, so the size limit applies to what is actually stored.

What the plain layout cannot hold in DynamoDB (an empty or over-long map key, values nested too
deep: see codec.py) is refused in both layouts and both stores, although compressed JSON could
hold it: which layout a record takes depends on its size, so storing such a value only when
compressed would make the same value savable or not by how much else the record holds, and a
record that shrank (a value removed) could no longer be saved. The SQLite store (local runs,
tests) refuses it too, so a skill meets the rule before it meets DynamoDB.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from .codec import decode, encode, to_dynamodb
from .errors import StoreValueError

__all__ = ["ATTRIBUTES", "COMPRESS_MIN_BYTES", "NEVER_COMPRESS", "PACKING", "pack", "unpack"]

PACKING = "zlib+json"
ATTRIBUTES = "attributes"  # the item attribute holding the plain layout
COMPRESS_MIN_BYTES = 1_024  # smaller records stay a map the console can show
# No record this large fits an item: with it, every record stays plain (readable by the stock
# adapter, which knows only the plain layout).
NEVER_COMPRESS = 1 << 62


def pack(
    attributes: dict[str, Any],
    compress_min_bytes: int = COMPRESS_MIN_BYTES,
    name: str = ATTRIBUTES,
) -> dict[str, Any]:
    """The item attributes holding `attributes` (numbers as `Decimal` in the plain layout, under
    `name`)."""
    encoded = encode(attributes)  # refuses what DynamoDB cannot hold, in either layout
    plain = to_dynamodb(encoded)  # also checks every number fits DynamoDB
    text = json.dumps(encoded, separators=(",", ":"), ensure_ascii=False)
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: no store could send or keep it
        raise StoreValueError(f"text that is not valid Unicode cannot be stored: {exc}") from exc
    if len(raw) >= compress_min_bytes:
        packed = zlib.compress(raw, 6)
        if len(packed) < len(raw):
            return {"packed": packed, "packing": PACKING}
    return {name: plain}


def unpack(item: dict[str, Any], name: str = ATTRIBUTES) -> dict[str, Any]:
    """The attributes of a stored item (numbers already plain) in either layout."""
    packing = item.get("packing")
    if packing is None:
        plain: dict[str, Any] = decode(item.get(name) or {})
        return plain
    if packing != PACKING:
        raise StoreValueError(f"unknown record packing {packing!r}")
    document = zlib.decompress(bytes(item["packed"])).decode("utf-8")
    attributes: dict[str, Any] = decode(json.loads(document))
    return attributes
