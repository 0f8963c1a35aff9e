"""The ASK SDK persistence adapter over any `AttributeStore`.

`get_attributes` returns a `LoadedAttributes` map that remembers the record version it came from.
`save_changes(envelope, attributes, rebase)` — the save handshake — writes only if the map differs
from what was loaded, conditioned on that version. When another writer saved first, the adapter
takes the newer record and, given a `rebase` function (which re-applies this request's change to
newer attributes), saves the result,
up to `max_attempts` times, waiting a short random delay (full jitter, doubling from
`retry_base_delay` seconds up to `max_retry_delay`) before each retry so that colliding writers
spread out, and only while the request's deadline (`deadline.current_deadline()`) leaves time for
another round trip. The newer record comes with the conflict when the backend returns it, else it
is read again consistently. Without `rebase` a conflict is an error: never a silent overwrite. The
ASK SDK's own `save_attributes` is `save_changes` without a rebase.

With `account_keygen` (the key of the whole account, when `keygen` may name a voice profile or a
device), every key is listed in the account's index before its record is written (checked once
per key and process), and `delete_attributes` erases every record of the account (see
`accounts`). An empty attribute map is stored as a tombstone (`erase`), which the backend removes
later, instead of an empty record kept forever.

Lost writes. On a table replicated with last-writer-wins (a DynamoDB global table), a save this
adapter acknowledged can be replaced afterwards by another region's write of the same record. The
adapter keeps a receipt of each save it acknowledged (the last few per key, in this process) and
of those a caller hands it (`watch`: a session's, made by another instance), and on the next load
of the key checks them against the record's write ids (`base.fate_of`). A lost one is logged with
its context, counted as `PersistenceLostWrite`, and returned on the loaded map (`lost`), so the
skill can tell the user; `watching` gives the receipts still worth checking, for the session to
carry.
"""

from __future__ import annotations

import copy
import logging
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter

from .accounts import AccountIndex
from .base import MAX_WRITE_IDS, AttributeStore, Record, WriteReceipt, fate_of, key_hash
from .deadline import MIN_ROUND_TRIP_SECONDS, current_deadline
from .errors import StoreConfigurationError, StoreConflictError

__all__ = ["LoadedAttributes", "StorePersistenceAdapter"]

logger = logging.getLogger(__name__)

Rebase = Callable[[dict[str, Any]], dict[str, Any]]
KeyGenerator = Callable[[Any], str]
_WATCHED_KEYS = 10_000  # receipts are kept for this many keys per process, least recent dropped


class LoadedAttributes(dict[str, Any]):
    """Persistent attributes as loaded, with the record they came from and the acknowledged
    saves this load found lost."""

    def __init__(self, record: Record, lost: tuple[WriteReceipt, ...] = ()) -> None:
        super().__init__(copy.deepcopy(record.attributes))
        self.record = record
        self.lost = lost


class StorePersistenceAdapter(AbstractPersistenceAdapter):  # type: ignore[misc]
    def __init__(
        self,
        store: AttributeStore,
        keygen: KeyGenerator,
        *,
        max_attempts: int = 25,
        retry_base_delay: float = 0.01,
        max_retry_delay: float = 0.2,
        count: Callable[[str], None] | None = None,
        account_keygen: KeyGenerator | None = None,
        region: str | None = None,
    ) -> None:
        if max_attempts < 1:
            raise StoreConfigurationError("max_attempts must be at least 1")
        self.store = store
        self.keygen = keygen
        self.account_keygen = account_keygen
        self.accounts = AccountIndex(store)
        self.max_attempts = max_attempts
        self.retry_base_delay = retry_base_delay
        self.max_retry_delay = max_retry_delay
        self._count = count or (lambda name: None)
        self.region = region  # named in the logs of a lost write
        self._receipts: OrderedDict[str, tuple[WriteReceipt, ...]] = OrderedDict()
        self._receipts_lock = threading.Lock()

    def get_attributes(self, request_envelope: Any) -> LoadedAttributes:
        key = self.keygen(request_envelope)
        # Only saves acknowledged before this read began can be judged by it: one made while
        # it was on its way (another thread of this process) is newer than what it returns.
        with self._receipts_lock:
            before = self._receipts.get(key, ())
        record = self.store.load(key)
        return LoadedAttributes(record, self._check(key, record, before))

    # --- acknowledged saves ------------------------------------------------------------------

    def watch(self, request_envelope: Any, receipts: Iterable[WriteReceipt]) -> None:
        """Check these acknowledged saves too at the key's next load (a session's receipts)."""
        key = self.keygen(request_envelope)
        for receipt in receipts:
            self._remember(key, receipt)

    def watching(self, request_envelope: Any) -> tuple[WriteReceipt, ...]:
        """The acknowledged saves of the key still checked at its next load, oldest first."""
        with self._receipts_lock:
            return self._receipts.get(self.keygen(request_envelope), ())

    def _remember(self, key: str, receipt: WriteReceipt) -> None:
        with self._receipts_lock:
            kept = [r for r in self._receipts.pop(key, ()) if r.write_id != receipt.write_id]
            newest = sorted([*kept, receipt], key=lambda r: r.version)[-MAX_WRITE_IDS:]
            self._receipts[key] = tuple(newest)
            while len(self._receipts) > _WATCHED_KEYS:
                self._receipts.popitem(last=False)

    def _check(
        self, key: str, record: Record, judged: tuple[WriteReceipt, ...]
    ) -> tuple[WriteReceipt, ...]:
        """The watched saves (of `judged`: those acknowledged before `record` was read) that
        `record` shows lost, reported here, once. Those it still holds, those acknowledged
        since and those a stale read cannot judge stay watched; an unknown one can no longer
        be judged."""
        consistent = bool(getattr(self.store, "consistent_read", True))
        with self._receipts_lock:
            receipts = self._receipts.pop(key, ())
            fates = [
                (receipt, fate_of(receipt, record, consistent=consistent))
                if receipt in judged
                else (receipt, "stale")
                for receipt in receipts
            ]
            kept = tuple(receipt for receipt, fate in fates if fate in ("kept", "stale"))
            if kept:
                self._receipts[key] = kept
        lost = tuple(receipt for receipt, fate in fates if fate == "lost")
        for receipt in lost:
            self._count("PersistenceLostWrite")
            logger.warning(
                "acknowledged write lost",
                extra={
                    "key": key_hash(key),
                    "region": self.region,
                    "write": receipt.write_id,
                    "version": receipt.version,
                    "acknowledged_at": receipt.at,
                    "erased": receipt.erased,
                    "found_version": record.version,
                    "found_writes": list(record.write_ids[:3]),
                    "found_updated_at": record.updated_at,
                },
            )
        return lost

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        """The ASK SDK's contract: save what changed; a conflict is an error."""
        self.save_changes(request_envelope, attributes, rebase=None)

    def save_changes(
        self,
        request_envelope: Any,
        attributes: dict[str, Any],
        rebase: Rebase | None,
        about: tuple[str, ...] = (),
    ) -> None:
        """Save `attributes` (the map `get_attributes` returned, changed in place); on a conflict,
        `rebase` re-applies this request's change to the newer attributes. `about` labels the
        save's receipt (what a lost save was about, for whoever is told)."""
        if not isinstance(attributes, LoadedAttributes):
            raise StoreConfigurationError(
                "save_attributes needs the map returned by get_attributes (it carries the "
                "version to condition the write on); update it in place instead of replacing it"
            )
        key = self.keygen(request_envelope)
        deadline = current_deadline()
        record = attributes.record
        wanted = dict(attributes)
        attempt = 1
        if wanted != record.attributes and self.account_keygen is not None:
            self.accounts.register(self.account_keygen(request_envelope), key)
        while wanted != record.attributes:
            try:
                attributes.record = self._write(key, wanted, record)
                receipt = WriteReceipt.of(attributes.record, about)
                if receipt is not None:
                    self._remember(key, receipt)
                return
            except StoreConflictError as exc:
                self._count("PersistenceConflict")
                logger.warning(
                    "save conflict",
                    extra={"key": key_hash(key), "version": record.version, "attempt": attempt},
                )
                delay = random.uniform(
                    0, min(self.max_retry_delay, self.retry_base_delay * 2 ** (attempt - 1))
                )
                # A conflict round trip costs milliseconds: go on while the deadline allows.
                if (
                    rebase is None
                    or attempt >= self.max_attempts
                    or deadline.remaining() < delay + 2 * MIN_ROUND_TRIP_SECONDS
                ):
                    raise StoreConflictError(key_hash(key), record.version, attempt) from exc
                newer = exc.current
            time.sleep(delay)
            attempt += 1
            self._count("PersistenceRetry")
            record = newer or self.store.load(key, consistent=True)
            wanted = rebase(copy.deepcopy(record.attributes))
            attributes.clear()
            attributes.update(wanted)
            attributes.record = record

    def _write(self, key: str, wanted: dict[str, Any], record: Record) -> Record:
        if wanted:
            return self.store.save(
                key,
                wanted,
                record.version,
                record.created_at,
                previous_writes=record.write_ids,
                unversioned=record.unversioned,
            )
        # Everything was removed: a tombstone with an expiry, not an empty record kept forever.
        # Conditioned on the version read, as a save: what another device saved meanwhile is
        # rebased on, not erased unseen.
        tombstone = self.store.erase(
            key, expected_version=record.version, unversioned=record.unversioned
        )
        return tombstone or Record({}, record.version + 1, record.created_at)

    def delete_attributes(self, request_envelope: Any) -> None:
        """Erase the account's data: every record listed for it with `account_keygen`."""
        if self.account_keygen is None:
            self.store.erase(self.keygen(request_envelope))
            return
        self.accounts.erase_account(self.account_keygen(request_envelope))
