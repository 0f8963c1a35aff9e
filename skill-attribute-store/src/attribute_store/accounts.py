"""Which records belong to one account, so that erasing the account erases every one of them.

Records can be keyed on something other than the account (a voice profile, a device). A request
about the whole account — Alexa's SkillDisabled event carries a user but no person and no device —
cannot name those keys. So before a record under such a key is first written, its key is added to
the account's index record, and `erase_account` walks that list. The index is an ordinary record
of the same store (GetItem/PutItem only, versioned like any other)::

    "keys#<account key>" -> {"keys": ["<person or device key>", ...]}

Erasing is idempotent: every record becomes (or stays) an empty tombstone, and the index is erased
last, so an erase that fails half-way leaves the list for the next attempt.
"""

from __future__ import annotations

import logging

from .base import AttributeStore, key_hash
from .errors import StoreConflictError

__all__ = ["INDEX_PREFIX", "AccountIndex", "index_key"]

INDEX_PREFIX = "keys#"
_ATTEMPTS = 3  # registering races only with the same account's other devices
_REMEMBERED_KEYS = 10_000

logger = logging.getLogger(__name__)


def index_key(account: str) -> str:
    return f"{INDEX_PREFIX}{account}"


class AccountIndex:
    def __init__(self, store: AttributeStore) -> None:
        self.store = store
        # Keys already listed, per execution environment: a warm function checks each key once.
        self._listed: set[tuple[str, str]] = set()

    def register(self, account: str, key: str) -> None:
        """Make sure `key` is listed under `account` (before anything is saved under it)."""
        if key == account or (account, key) in self._listed:
            return
        for attempt in range(1, _ATTEMPTS + 1):
            record = self.store.load(index_key(account), consistent=attempt > 1)
            keys = list(record.attributes.get("keys") or [])
            if key in keys:
                break
            try:
                self.store.save(
                    index_key(account), {"keys": [*keys, key]}, record.version, record.created_at
                )
                break
            except StoreConflictError:
                if attempt == _ATTEMPTS:
                    raise
        if len(self._listed) >= _REMEMBERED_KEYS:  # a long-lived busy function: start over
            self._listed.clear()
        self._listed.add((account, key))

    def keys_of(self, account: str) -> list[str]:
        """Every key that may hold the account's data: the listed ones and the account itself."""
        record = self.store.load(index_key(account), consistent=True)
        listed = [str(key) for key in record.attributes.get("keys") or []]
        return [*listed, account]

    def erase_account(self, account: str) -> int:
        """Erase every record of the account, then its index. Returns how many were erased."""
        keys = self.keys_of(account)
        for key in keys:
            self.store.erase(key)
        if len(keys) > 1:
            self.store.erase(index_key(account))
        self._listed = {entry for entry in self._listed if entry[0] != account}
        logger.info("account erased", extra={"account": key_hash(account), "records": len(keys)})
        return len(keys)
