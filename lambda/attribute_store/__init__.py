"""A reusable attribute store for ASK SDK skills: one versioned record per user key.

- `base`: the `AttributeStore` contract and `Record`.
- `sqlite`: the embedded implementation; `dynamodb`: the production one (imported on demand).
- `adapter`: the ASK SDK `AbstractPersistenceAdapter` over any store, with conflict re-apply.
- `deadline`: the per-request deadline every store call keeps to.
- `codec`, `size`, `errors`: value encoding, DynamoDB item sizing, typed errors.
"""

from __future__ import annotations

from .adapter import LoadedAttributes, StorePersistenceAdapter
from .base import AttributeStore, Record, WriteFate, WriteReceipt, fate_of, key_hash
from .deadline import Deadline, current_deadline, deadline_scope
from .errors import (
    StoreConfigurationError,
    StoreConflictError,
    StoreError,
    StoreItemTooLargeError,
    StoreOutcomeUnknownError,
    StoreUnavailableError,
    StoreValueError,
)

__all__ = [
    "AttributeStore",
    "Deadline",
    "LoadedAttributes",
    "Record",
    "StoreConfigurationError",
    "StoreConflictError",
    "StoreError",
    "StoreItemTooLargeError",
    "StoreOutcomeUnknownError",
    "StorePersistenceAdapter",
    "StoreUnavailableError",
    "StoreValueError",
    "WriteFate",
    "WriteReceipt",
    "current_deadline",
    "deadline_scope",
    "fate_of",
    "key_hash",
]
