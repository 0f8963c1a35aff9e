"""Versioned persistent attributes for ASK SDK (Python) skills: one record per key.

- `DynamoDbAdapter`: the ASK persistence adapter on DynamoDB, built from the stock
  `ask_sdk_dynamodb` adapter's arguments (imported on first use: it needs botocore).
- `base`: the `AttributeStore` contract and `Record`.
- `sqlite`: the embedded implementation; `dynamodb`: the production one (imported on demand).
- `adapter`: the ASK SDK `AbstractPersistenceAdapter` over any store, with conflict re-apply.
- `deadline`: the per-request deadline every store call keeps to.
- `keygen`: partition keys from a request envelope, as the stock adapter makes them.
- `codec`, `size`, `errors`: value encoding, DynamoDB item sizing, typed errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .adapter import LoadedAttributes, StorePersistenceAdapter
from .base import (
    AttributeStore,
    Record,
    Unversioned,
    WriteFate,
    WriteReceipt,
    fate_of,
    key_hash,
)
from .deadline import Deadline, current_deadline, deadline_scope, within_deadline
from .errors import (
    StoreConfigurationError,
    StoreConflictError,
    StoreError,
    StoreItemTooLargeError,
    StoreOutcomeUnknownError,
    StoreUnavailableError,
    StoreValueError,
)
from .keygen import (
    device_id_partition_keygen,
    person_id_partition_keygen,
    user_id_partition_keygen,
)

if TYPE_CHECKING:
    from .dynamodb_adapter import DynamoDbAdapter

__all__ = [
    "AttributeStore",
    "Deadline",
    "DynamoDbAdapter",
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
    "Unversioned",
    "WriteFate",
    "WriteReceipt",
    "current_deadline",
    "deadline_scope",
    "device_id_partition_keygen",
    "fate_of",
    "key_hash",
    "person_id_partition_keygen",
    "user_id_partition_keygen",
    "within_deadline",
]


def __getattr__(name: str) -> Any:
    """`DynamoDbAdapter` on first use, so that importing the package needs no botocore."""
    if name == "DynamoDbAdapter":
        from .dynamodb_adapter import DynamoDbAdapter

        return DynamoDbAdapter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
