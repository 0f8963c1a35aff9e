"""How a record's attributes are laid out in an item: a readable map when small, compressed when
that is smaller (a notebook's JSON compresses 5-6x; DynamoDB prices every started KB written).

    {"attributes": {...}}                                   plain
    {"packed": <zlib of compact JSON>, "packing": "zlib+json"}   compressed

Both stores size a record by this layout, so the size limit applies to what is actually stored.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from .codec import decode, encode, to_dynamodb
from .errors import StoreValueError

__all__ = ["COMPRESS_MIN_BYTES", "PACKING", "pack", "unpack"]

PACKING = "zlib+json"
COMPRESS_MIN_BYTES = 1_024  # smaller notebooks stay a map the console can show


def pack(
    attributes: dict[str, Any], compress_min_bytes: int = COMPRESS_MIN_BYTES
) -> dict[str, Any]:
    """The item attributes holding `attributes` (numbers as `Decimal` in the plain layout)."""
    encoded = encode(attributes)
    plain = to_dynamodb(encoded)  # also checks every number fits DynamoDB
    raw = json.dumps(encoded, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if len(raw) >= compress_min_bytes:
        packed = zlib.compress(raw, 6)
        if len(packed) < len(raw):
            return {"packed": packed, "packing": PACKING}
    return {"attributes": plain}


def unpack(item: dict[str, Any]) -> dict[str, Any]:
    """The attributes of a stored item (numbers already plain) in either layout."""
    packing = item.get("packing")
    if packing is None:
        plain: dict[str, Any] = decode(item.get("attributes") or {})
        return plain
    if packing != PACKING:
        raise StoreValueError(f"unknown record packing {packing!r}")
    document = zlib.decompress(bytes(item["packed"])).decode("utf-8")
    attributes: dict[str, Any] = decode(json.loads(document))
    return attributes
