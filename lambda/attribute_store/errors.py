"""Typed store errors. Every one names what failed; the original exception is chained."""

from __future__ import annotations

__all__ = [
    "StoreConfigurationError",
    "StoreConflictError",
    "StoreError",
    "StoreItemTooLargeError",
    "StoreUnavailableError",
    "StoreValueError",
]


class StoreError(Exception):
    """Base class of every error the attribute store raises."""


class StoreConflictError(StoreError):
    """A save found a newer version than the one it read (and retries, if any, ran out)."""

    def __init__(self, key_hash: str, expected_version: int, attempts: int = 1) -> None:
        super().__init__(
            f"record {key_hash} changed since version {expected_version} was read "
            f"(gave up after {attempts} attempt(s))"
        )
        self.expected_version = expected_version
        self.attempts = attempts


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


class StoreConfigurationError(StoreError):
    """The store was set up with settings that cannot work."""
