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
"""

from __future__ import annotations

import copy
import logging
import random
import time
from collections.abc import Callable
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter

from .accounts import AccountIndex
from .base import AttributeStore, Record, key_hash
from .deadline import MIN_ROUND_TRIP_SECONDS, current_deadline
from .errors import StoreConfigurationError, StoreConflictError

__all__ = ["LoadedAttributes", "StorePersistenceAdapter"]

logger = logging.getLogger(__name__)

Rebase = Callable[[dict[str, Any]], dict[str, Any]]
KeyGenerator = Callable[[Any], str]


class LoadedAttributes(dict[str, Any]):
    """Persistent attributes as loaded, with the record they came from."""

    def __init__(self, record: Record) -> None:
        super().__init__(copy.deepcopy(record.attributes))
        self.record = record


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

    def get_attributes(self, request_envelope: Any) -> LoadedAttributes:
        return LoadedAttributes(self.store.load(self.keygen(request_envelope)))

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        """The ASK SDK's contract: save what changed; a conflict is an error."""
        self.save_changes(request_envelope, attributes, rebase=None)

    def save_changes(
        self, request_envelope: Any, attributes: dict[str, Any], rebase: Rebase | None
    ) -> None:
        """Save `attributes` (the map `get_attributes` returned, changed in place); on a conflict,
        `rebase` re-applies this request's change to the newer attributes."""
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
                key, wanted, record.version, record.created_at, previous_writes=record.write_ids
            )
        # Everything was removed: a tombstone with an expiry, not an empty record kept forever.
        # Conditioned on the version read, as a save: what another device saved meanwhile is
        # rebased on, not erased unseen.
        self.store.erase(key, expected_version=record.version)
        return Record({}, record.version + 1, record.created_at)

    def delete_attributes(self, request_envelope: Any) -> None:
        """Erase the account's data: every record listed for it with `account_keygen`."""
        if self.account_keygen is None:
            self.store.erase(self.keygen(request_envelope))
            return
        self.accounts.erase_account(self.account_keygen(request_envelope))
