"""The store contract shared by the SQLite and DynamoDB implementations.

One record per key::

    key -> Record(attributes, version, created_at, updated_at)

- `load` of a key never saved returns an empty record with version 0. `consistent=True` asks for a
  strongly consistent read (after a conflict); otherwise the store's configured read is used.
- `save(key, attributes, expected_version, created_at)` writes only if the stored version still
  equals `expected_version` (0: no record yet) and returns the new record with version + 1;
  otherwise it raises `StoreConflictError` and writes nothing. So two writers never silently lose
  an update. `created_at` is the value of the record that was read, kept on the new one.
- `erase(key)` replaces the record by an empty tombstone (version + 1, so a stale writer still
  conflicts) that the backend removes later; `load` then returns empty attributes.
- Records larger than `max_item_bytes` (DynamoDB's sizing rules) raise `StoreItemTooLargeError`.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["AttributeStore", "Record", "key_hash", "utc_now_iso"]


@dataclass(frozen=True)
class Record:
    attributes: dict[str, Any] = field(default_factory=dict)
    version: int = 0
    created_at: str | None = None
    updated_at: str | None = None


class AttributeStore(ABC):
    """Loads and saves one attribute map per key, with optimistic versioning."""

    max_item_bytes: int
    # The longest a single load or save can take (timeouts and retries included); the adapter
    # starts a conflict retry only while it fits the turn's time budget.
    worst_call_seconds: float = 0.0

    @abstractmethod
    def load(self, key: str, *, consistent: bool = False) -> Record: ...

    @abstractmethod
    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
    ) -> Record: ...

    @abstractmethod
    def erase(self, key: str) -> None: ...


def key_hash(key: str) -> str:
    """A short, stable stand-in for a user key in logs and errors (never log the raw id)."""
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
