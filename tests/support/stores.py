"""Test doubles for the attribute store: one that records calls, one that fails on demand."""

from __future__ import annotations

from typing import Any

from attribute_store import AttributeStore, Record, StoreUnavailableError

__all__ = ["ForwardingStore"]


class ForwardingStore(AttributeStore):
    """Forwards to a real store, records each call, and raises for the operations in `failing`
    (e.g. {"erase"}) — the store being unreachable for that operation."""

    def __init__(self, inner: AttributeStore) -> None:
        self.inner = inner
        self.max_item_bytes = inner.max_item_bytes
        self.calls: list[tuple[str, str]] = []
        self.failing: set[str] = set()

    def _call(self, operation: str, key: str) -> None:
        self.calls.append((operation, key))
        if operation in self.failing:
            raise StoreUnavailableError(f"{operation} failed (test double)")

    def load(self, key: str, *, consistent: bool = False) -> Record:
        self._call("load", key)
        return self.inner.load(key, consistent=consistent)

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
    ) -> Record:
        self._call("save", key)
        return self.inner.save(key, attributes, expected_version, created_at)

    def erase(self, key: str) -> None:
        self._call("erase", key)
        self.inner.erase(key)
