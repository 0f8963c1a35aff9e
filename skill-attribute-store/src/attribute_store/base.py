"""The store contract shared by the SQLite and DynamoDB implementations.

One record per key::

    key -> Record(attributes, version, created_at, updated_at)

- Every call keeps to the request's deadline (`deadline.current_deadline()`).
- `load` of a key never saved returns an empty record with version 0. `consistent=True` asks for a
  strongly consistent read (after a conflict); otherwise the store's configured read is used.
- `save(key, attributes, expected_version, created_at)` writes only if the stored version still
  equals `expected_version` (0: no record yet) and returns the new record with version + 1;
  otherwise it raises `StoreConflictError` and writes nothing. So two writers never silently lose
  an update. `created_at` is the value of the record that was read, kept on the new one;
  `previous_writes` its `write_ids`, which the new record keeps (newest first) with its own.
  A save that cannot learn whether it was stored before its deadline raises
  `StoreOutcomeUnknownError`; every other error means nothing was written.
- `erase(key)` replaces the record by an empty tombstone (version + 1, so a stale writer still
  conflicts) that the backend removes later; `load` then returns empty attributes.
  `erase(key, expected_version)` does so only if the stored version still equals it (0: no record
  yet), else raises `StoreConflictError`, as `save`; without it, whatever the record holds goes
  (erasing an account).
- Records larger than `max_item_bytes` (DynamoDB's sizing rules) raise `StoreItemTooLargeError`.
- A record another writer stored without a version (the stock ASK `DynamoDbAdapter`) loads with
  version 0 and `unversioned` set to what was read. Passed back to `save` or `erase` (with
  `expected_version` 0), the write is conditioned on the record still being exactly that — still
  unversioned, the same attributes — so a write of the old code in between is not lost: it is a
  conflict like any other. The record written carries a version from then on.

A save the store acknowledged can still be lost afterwards when the table is replicated with
last-writer-wins (a DynamoDB global table, multi-Region eventual consistency): another region's
write, made before ours arrived there, replaces the whole item. `fate_of` tells from a later
record whether an acknowledged save (its `WriteReceipt`) is still in its history: every save and
fence adds exactly one write id and one version, and an erase starts the history again, so the
last `MAX_WRITE_IDS` ids name the last versions one by one.
- What DynamoDB cannot hold raises `StoreValueError` before anything is sent, in every store: a key
  that is empty, over `MAX_KEY_BYTES` of UTF-8 or not valid Unicode; attributes the codec refuses.
"""

from __future__ import annotations

import hashlib
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from .errors import StoreValueError

__all__ = [
    "MAX_KEY_BYTES",
    "MAX_WRITE_IDS",
    "AttributeStore",
    "Record",
    "Unversioned",
    "WriteFate",
    "WriteReceipt",
    "check_key",
    "fate_of",
    "key_hash",
    "new_write_id",
    "utc_now_iso",
]

MAX_WRITE_IDS = 8
MAX_KEY_BYTES = 2_048  # DynamoDB's limit on a partition key value


@dataclass(frozen=True)
class Unversioned:
    """A record as a writer that keeps no version left it (the stock ASK adapter): `stored` is
    what the store read, in the backend's own form (DynamoDB: the AttributeValue of the
    attributes, None when the item had none), to condition the next write on."""

    stored: Any


@dataclass(frozen=True)
class Record:
    attributes: dict[str, Any] = field(default_factory=dict)
    version: int = 0
    created_at: str | None = None
    updated_at: str | None = None
    # Ids of the latest saves, newest first: how a store tells its own landed write from another's.
    write_ids: tuple[str, ...] = ()
    # Set when the record exists but has no version (written by the stock adapter): version 0
    # then means "this unversioned record", not "no record".
    unversioned: Unversioned | None = None


@dataclass(frozen=True)
class WriteReceipt:
    """A save the store acknowledged: its write id, the version it wrote and when, what the
    caller said it was about (labels, e.g. the items a change names), and whether it erased."""

    write_id: str
    version: int
    at: str | None = None
    about: tuple[str, ...] = ()
    erased: bool = False

    @classmethod
    def of(cls, record: Record, about: tuple[str, ...] = ()) -> WriteReceipt | None:
        """The receipt of the save that wrote `record`, if the backend keeps write ids."""
        if not record.write_ids:
            return None
        erased = not record.attributes
        return cls(record.write_ids[0], record.version, record.updated_at, about, erased)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"writeId": self.write_id, "version": self.version, "at": self.at}
        if self.about:
            data["about"] = list(self.about)
        if self.erased:
            data["erased"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WriteReceipt:
        return cls(
            str(data["writeId"]),
            int(data["version"]),
            data.get("at"),
            tuple(str(label) for label in data.get("about") or ()),
            bool(data.get("erased")),
        )


# kept: the record still holds the save; lost: the record's history should hold it and does not
# (or the record is older than it); unknown: too many saves or an erase since, it cannot tell.
WriteFate = Literal["kept", "lost", "unknown", "stale"]


def fate_of(receipt: WriteReceipt, record: Record, *, consistent: bool = True) -> WriteFate:
    """Whether `record`, loaded after the acknowledged save `receipt`, still holds it. A record
    older than the save, read eventually consistently (DAX), may just not have caught up:
    "stale", to be judged at a later load."""
    if receipt.write_id in record.write_ids:
        return "kept"
    if record.version < receipt.version:
        if not consistent:
            return "stale"
        return "lost"  # versions only grow along one history: this one does not contain ours
    oldest_named = record.version - len(record.write_ids) + 1
    return "lost" if oldest_named <= receipt.version else "unknown"


class AttributeStore(ABC):
    """Loads and saves one attribute map per key, with optimistic versioning."""

    max_item_bytes: int

    @abstractmethod
    def load(self, key: str, *, consistent: bool = False) -> Record: ...

    @abstractmethod
    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
        *,
        previous_writes: tuple[str, ...] = (),
        unversioned: Unversioned | None = None,
    ) -> Record: ...

    @abstractmethod
    def erase(
        self,
        key: str,
        expected_version: int | None = None,
        *,
        unversioned: Unversioned | None = None,
    ) -> Record | None:
        """Replace the record by an empty tombstone that expires. With `expected_version`, only
        if the record is still at that version (else `StoreConflictError`, as `save`). Returns
        the tombstone when the backend keeps write ids (else None)."""


def check_key(key: str) -> str:
    """`key`, if DynamoDB can hold it as a partition key; else `StoreValueError`."""
    if not key:
        raise StoreValueError("a record key cannot be empty")
    try:
        size = len(key.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise StoreValueError(f"record key {key_hash(key)} is not valid Unicode") from exc
    if size > MAX_KEY_BYTES:
        raise StoreValueError(f"a record key of {size} bytes is over {MAX_KEY_BYTES}")
    return key


def key_hash(key: str) -> str:
    """A short, stable stand-in for a user key in logs and errors (never log the raw id)."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def new_write_id() -> str:
    return uuid.uuid4().hex[:16]


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
