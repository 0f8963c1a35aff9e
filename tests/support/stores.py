"""Test doubles for the attribute store, in one place: a forwarding store over a real one that
records calls, prefixes keys, lets a test act before a save, and fails on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attribute_store import AttributeStore, Record, StoreUnavailableError
from attribute_store.base import Unversioned

__all__ = ["FailingStore", "ForwardingStore"]


class ForwardingStore(AttributeStore):
    """Forwards every call to a real store and records it (`calls`, `loads`, `saves`).

    - `key_prefix` keeps each run's keys apart on a shared table;
    - `before_save` hooks run, one per save or erase, before it is forwarded;
    - the operations named in `failing` (e.g. {"erase"}) raise `error` instead: the store being
      unreachable for that operation (a StoreUnavailableError unless told otherwise).
    """

    def __init__(
        self,
        inner: AttributeStore,
        key_prefix: str = "",
        *,
        error: Exception | None = None,
        failing: tuple[str, ...] | set[str] = (),
    ) -> None:
        self.inner = inner
        self.key_prefix = key_prefix
        self.max_item_bytes = inner.max_item_bytes
        self.calls: list[tuple[str, str]] = []
        self.loads = self.saves = 0
        self.before_save: list[Callable[[], Any]] = []
        self.failing: tuple[str, ...] | set[str] = set(failing)
        self.error = error

    def _call(self, operation: str, key: str) -> None:
        self.calls.append((operation, key))
        if operation in self.failing:
            raise self.error or StoreUnavailableError(f"{operation} failed (test double)")

    def load(self, key: str, *, consistent: bool = False) -> Record:
        self.loads += 1
        self._call("load", key)
        return self.inner.load(self.key_prefix + key, consistent=consistent)

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
        *,
        previous_writes: tuple[str, ...] = (),
        unversioned: Unversioned | None = None,
    ) -> Record:
        self.saves += 1
        self._call("save", key)
        if self.before_save:
            self.before_save.pop(0)()
        return self.inner.save(
            self.key_prefix + key,
            attributes,
            expected_version,
            created_at,
            previous_writes=previous_writes,
            unversioned=unversioned,
        )

    def erase(
        self,
        key: str,
        expected_version: int | None = None,
        *,
        unversioned: Unversioned | None = None,
    ) -> Record | None:
        self._call("erase", key)
        if self.before_save:
            self.before_save.pop(0)()
        return self.inner.erase(self.key_prefix + key, expected_version, unversioned=unversioned)


class FailingStore(ForwardingStore):
    """A forwarding store that raises `error` for the operations in `failing` (none at first)."""

    def __init__(
        self, inner: AttributeStore, error: Exception, failing: tuple[str, ...] = ()
    ) -> None:
        super().__init__(inner, error=error, failing=failing)
