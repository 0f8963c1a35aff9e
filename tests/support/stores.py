"""Test doubles for the store contract, in one place: a forwarding store that counts, prefixes
keys and lets a test act before a save, and a failing store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attribute_store import AttributeStore, Record

__all__ = ["FailingStore", "ForwardingStore"]


class ForwardingStore(AttributeStore):
    """Forwards every call to a real store; counts them; `before_save` hooks run first."""

    def __init__(self, inner: AttributeStore, key_prefix: str = "") -> None:
        self.inner = inner
        self.key_prefix = key_prefix
        self.max_item_bytes = inner.max_item_bytes
        self.loads = self.saves = 0
        self.before_save: list[Callable[[], Any]] = []

    def load(self, key: str, *, consistent: bool = False) -> Record:
        self.loads += 1
        return self.inner.load(self.key_prefix + key, consistent=consistent)

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
        *,
        previous_writes: tuple[str, ...] = (),
    ) -> Record:
        self.saves += 1
        if self.before_save:
            self.before_save.pop(0)()
        return self.inner.save(
            self.key_prefix + key,
            attributes,
            expected_version,
            created_at,
            previous_writes=previous_writes,
        )

    def erase(self, key: str) -> None:
        self.inner.erase(self.key_prefix + key)


class FailingStore(ForwardingStore):
    """Raises `error` from every load, save or erase named in `failing`."""

    def __init__(
        self, inner: AttributeStore, error: Exception, failing: tuple[str, ...] = ("save",)
    ) -> None:
        super().__init__(inner)
        self.error = error
        self.failing = failing

    def load(self, key: str, *, consistent: bool = False) -> Record:
        if "load" in self.failing:
            raise self.error
        return super().load(key, consistent=consistent)

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
        *,
        previous_writes: tuple[str, ...] = (),
    ) -> Record:
        if "save" in self.failing:
            raise self.error
        return super().save(
            key, attributes, expected_version, created_at, previous_writes=previous_writes
        )

    def erase(self, key: str) -> None:
        if "erase" in self.failing:
            raise self.error
        super().erase(key)
