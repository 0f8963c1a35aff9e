"""The embedded store: one SQLite file, same contract and limits as the DynamoDB store."""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from .base import (
    MAX_WRITE_IDS,
    AttributeStore,
    Record,
    Unversioned,
    check_key,
    key_hash,
    new_write_id,
    utc_now_iso,
)
from .codec import decode, encode
from .errors import StoreConfigurationError, StoreConflictError, StoreUnavailableError
from .packing import pack
from .size import DYNAMODB_ITEM_LIMIT, check_item_size

__all__ = ["SqliteStore"]

_OPEN_TIMEOUT_SECONDS = 10.0
# Records are sized as the DynamoDB store stores them, whose write ids are this long.
_WRITE_ID_SIZED = "0" * len(new_write_id())
_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    attributes TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    expires_at INTEGER
)
"""


class SqliteStore(AttributeStore):
    """Records in a local SQLite file; safe for several threads and processes at once."""

    def __init__(
        self,
        path: str | Path,
        *,
        max_item_bytes: int = DYNAMODB_ITEM_LIMIT,
        tombstone_ttl_seconds: int = 7 * 24 * 3600,
    ) -> None:
        self.path = Path(path)
        self.max_item_bytes = max_item_bytes
        self.tombstone_ttl_seconds = tombstone_ttl_seconds
        self._local = threading.local()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._create_schema()
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailableError(
                f"cannot open the SQLite store at {self.path}: {exc}"
            ) from exc

    def _create_schema(self) -> None:
        """Several processes may create the same new file at once (two local runs):
        switching a new database to WAL takes a lock that SQLite does not wait for, so wait here."""
        deadline = time.monotonic() + _OPEN_TIMEOUT_SECONDS
        while True:
            try:
                with self._connection() as connection:
                    connection.execute(_SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise
                self._close()
                time.sleep(random.uniform(0.005, 0.05))

    def _close(self) -> None:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        self._local.connection = None
        if connection is not None:
            connection.close()

    def load(self, key: str, *, consistent: bool = False) -> Record:  # always consistent
        check_key(key)
        row = self._run(
            "SELECT attributes, version, created_at, updated_at FROM records WHERE key = ?", (key,)
        ).fetchall()
        if not row:
            return Record()
        document, version, created_at, updated_at = row[0]
        return Record(decode(json.loads(document)), version, created_at, updated_at)

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,  # the row keeps its own created_at
        *,
        previous_writes: tuple[str, ...] = (),  # a local write is never ambiguous: not kept
        unversioned: Unversioned | None = None,
    ) -> Record:
        check_key(key)
        _never_unversioned(unversioned)
        encoded = encode(attributes)
        now = utc_now_iso()
        version = expected_version + 1
        check_item_size(  # sized as the DynamoDB store would store it
            {
                "userId": key,
                "version": version,
                "writeIds": [_WRITE_ID_SIZED, *previous_writes][:MAX_WRITE_IDS],
                "createdAt": now,
                "updatedAt": now,
                **pack(attributes),
            },
            self.max_item_bytes,
        )
        document = json.dumps(encoded, separators=(",", ":"))
        if expected_version == 0:
            cursor = self._run(
                "INSERT INTO records (key, attributes, version, created_at, updated_at)"
                " VALUES (?, ?, 1, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING created_at",
                (key, document, now, now),
            )
        else:
            cursor = self._run(
                "UPDATE records SET attributes = ?, version = ?, updated_at = ?, expires_at = NULL"
                " WHERE key = ? AND version = ? RETURNING created_at",
                (document, version, now, key, expected_version),
            )
        rows = cursor.fetchall()  # drains the statement so SQLite releases its write lock
        if not rows:
            raise StoreConflictError(key_hash(key), expected_version)
        return Record(decode(encoded), version, rows[0][0], now)

    def erase(
        self,
        key: str,
        expected_version: int | None = None,
        *,
        unversioned: Unversioned | None = None,
    ) -> None:
        check_key(key)
        _never_unversioned(unversioned)
        now = utc_now_iso()
        expires_at = int(time.time()) + self.tombstone_ttl_seconds
        self._run("DELETE FROM records WHERE expires_at < ?", (int(time.time()),))
        if expected_version == 0:  # no record yet: only if there still is none
            cursor = self._run(
                "INSERT INTO records (key, attributes, version, created_at, updated_at, expires_at)"
                " VALUES (?, '{}', 1, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING version",
                (key, now, now, expires_at),
            )
        elif expected_version is not None:
            cursor = self._run(
                "UPDATE records SET attributes = '{}', version = version + 1, updated_at = ?,"
                " expires_at = ? WHERE key = ? AND version = ? RETURNING version",
                (now, expires_at, key, expected_version),
            )
        if expected_version is not None:
            if not cursor.fetchall():
                raise StoreConflictError(key_hash(key), expected_version)
            return
        self._run(
            "INSERT INTO records (key, attributes, version, created_at, updated_at, expires_at)"
            " VALUES (?, '{}', 1, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET attributes = '{}',"
            " version = version + 1, updated_at = excluded.updated_at,"
            " expires_at = excluded.expires_at",
            (key, now, now, expires_at),
        )

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            self._local.connection = connection
        return connection

    def _run(self, sql: str, parameters: tuple[Any, ...]) -> sqlite3.Cursor:
        try:
            return self._connection().execute(sql, parameters)
        except sqlite3.Error as exc:
            raise StoreUnavailableError(f"SQLite store at {self.path} failed: {exc}") from exc


def _never_unversioned(unversioned: Unversioned | None) -> None:
    """Every row here has a version: an unversioned record can only come from another store."""
    if unversioned is not None:
        raise StoreConfigurationError("the SQLite store has no unversioned records to write over")
