"""Typed store errors. Every one names what failed; the original exception is chained. All are
`ask_sdk_core`'s `PersistenceException`, as the stock adapter's errors are, so an exception
handler written for the stock adapter still catches them.

StoreError
├── StoreConflictError        another writer saved first; nothing of ours was written
├── StoreItemTooLargeError    over the size limit; nothing was written
├── StoreValueError           a value the codec cannot store; nothing was written
├── StoreUnavailableError     the backend failed or the deadline passed; nothing was written
│   └── StoreOutcomeUnknownError  a save whose outcome could not be learned in time
└── StoreConfigurationError   settings that cannot work
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ask_sdk_core.exceptions import PersistenceException

if TYPE_CHECKING:
    from .base import Record

__all__ = [
    "StoreConfigurationError",
    "StoreConflictError",
    "StoreError",
    "StoreItemTooLargeError",
    "StoreOutcomeUnknownError",
    "StoreUnavailableError",
    "StoreValueError",
]


class StoreError(PersistenceException):  # type: ignore[misc]
    """Base class of every error the attribute store raises."""


class StoreConflictError(StoreError):
    """A save found a newer version than the one it read (and retries, if any, ran out)."""

    def __init__(
        self,
        key_hash: str,
        expected_version: int,
        attempts: int = 1,
        current: Record | None = None,
    ) -> None:
        super().__init__(
            f"record {key_hash} changed since version {expected_version} was read "
            f"(gave up after {attempts} attempt(s))"
        )
        self.expected_version = expected_version
        self.attempts = attempts
        # The record that won, when the backend returned it with the failure (saves a re-read).
        self.current = current


class StoreItemTooLargeError(StoreError):
    """The record would exceed the configured item size limit; nothing was written."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"record would be {size} bytes; the limit is {limit} bytes")
        self.size = size
        self.limit = limit


class StoreValueError(StoreError, ValueError):
    """An attribute value the codec cannot store (NaN, an unsupported type, ...)."""


class StoreUnavailableError(StoreError):
    """The backing store did not answer in time, refused the request, or is missing."""


class StoreOutcomeUnknownError(StoreUnavailableError):
    """A save was sent, its answer was lost, and the deadline passed before the store could read
    back whether it landed. The user must hear exactly that, never "saved" or "not saved"."""

    def __init__(self, message: str, write_id: str) -> None:
        super().__init__(message)
        self.write_id = write_id  # on the record (`Record.write_ids`) if the save did land


class StoreConfigurationError(StoreError):
    """The store was set up with settings that cannot work."""
