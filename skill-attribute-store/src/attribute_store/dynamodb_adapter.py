"""`DynamoDbAdapter`: the store behind the stock ASK adapter's constructor, so that switching is a
change of import::

    from attribute_store import DynamoDbAdapter   # was: from ask_sdk_dynamodb.adapter import ...
    adapter = DynamoDbAdapter(table_name="my-skill", partition_key_name="id")

Same as the stock adapter: the arguments and their defaults (`dynamodb_resource` aside: the
store builds its own botocore clients, on first use rather than at import; given a resource, it
takes its region and endpoint, and credentials from the default chain), the keys (`keygen`), the
item layout (`{partition_key_name: key, attribute_name: {...}}`, so the stock adapter's records
are read as they are and the records written stay readable by it, unless `compress=True`),
`get_attributes` returning `{}` for a new user, and `ask_sdk_core`'s `PersistenceException` as
the base of every error.

Different, on purpose: a save is conditioned on the version read, so an update is never lost
(a conflict raises `StoreConflictError` unless the caller re-applies its change with
`save_changes`); items also carry `version`, `writeIds`, `createdAt` and `updatedAt`; numbers come
back as `int`/`float` (not `Decimal`), and floats, datetimes, sets and bytes can be stored;
`delete_attributes` leaves an empty tombstone that expires by TTL (`expiresAt`) instead of deleting
the item; `create_table=True` creates an on-demand table with TTL on and waits until it is ACTIVE.

A record the stock adapter wrote (no `version`) is taken over on its first save, conditioned on it
being unchanged since it was read (`base.Unversioned`), so a stock adapter still writing during a
rolling deploy loses nothing either.

ASK's `AttributesManager` hands `save_attributes` the map `get_attributes` returned, changed in
place; a skill may also assign a new dict (`persistent_attributes = {...}`). Such a dict replaces
the record: conditioned on the version this request read, if it read one through this adapter;
if the request read nothing, it is written over whatever is stored (as the stock adapter does),
still as one versioned write.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from .adapter import KeyGenerator, LoadedAttributes, StorePersistenceAdapter
from .dynamodb import (
    DynamoDbConfig,
    DynamoDbStore,
    create_table_if_missing,
)
from .keygen import user_id_partition_keygen
from .packing import COMPRESS_MIN_BYTES, NEVER_COMPRESS

__all__ = ["DynamoDbAdapter"]

logger = logging.getLogger(__name__)

_READS_KEPT = 64  # the maps handed out for requests still in progress (one at a time in Lambda)


class DynamoDbAdapter(StorePersistenceAdapter):
    """The ASK persistence adapter over a `DynamoDbStore`, built from the stock adapter's
    arguments (`ask_sdk_dynamodb.adapter.DynamoDbAdapter`, 1.19).

    Keyword-only extras: `region_name` and `endpoint_url` (where the stock adapter takes them
    from `dynamodb_resource`), `consistent_read` (False halves the read cost: a conflict is then
    caught at the save), `compress` (records over 1 KB of JSON stored zlib-compressed: only once
    no stock adapter reads the table), `dax_endpoint`, `count` (a metrics hook called with
    `PersistenceConflict`, `PersistenceRetry`, `PersistenceLostWrite`), `account_keygen`, and the
    conflict retries of `StorePersistenceAdapter` (`max_attempts`, ...).
    """

    def __init__(
        self,
        table_name: str,
        partition_key_name: str = "id",
        attribute_name: str = "attributes",
        create_table: bool = False,
        partition_keygen: KeyGenerator = user_id_partition_keygen,
        dynamodb_resource: Any | None = None,
        *,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        consistent_read: bool = True,
        compress: bool = False,
        dax_endpoint: str | None = None,
        count: Callable[[str], None] | None = None,
        account_keygen: KeyGenerator | None = None,
        **retries: Any,
    ) -> None:
        # A boto3 resource's client translates Python values itself, so the store cannot send
        # typed items through it: it builds its own clients for the same region and endpoint.
        given = dynamodb_resource.meta.client.meta if dynamodb_resource is not None else None
        config = DynamoDbConfig(
            table_name=table_name,
            partition_key_name=partition_key_name,
            attributes_name=attribute_name,
            region=region_name or (given.region_name if given is not None else None),
            endpoint_url=endpoint_url or (given.endpoint_url if given is not None else None),
            dax_endpoint=dax_endpoint,
            consistent_read=consistent_read,
            compress_min_bytes=COMPRESS_MIN_BYTES if compress else NEVER_COMPRESS,
        )
        if create_table:
            create_table_if_missing(config)
        store = DynamoDbStore.connect(config, count)
        super().__init__(
            store,
            partition_keygen,
            count=count,
            account_keygen=account_keygen,
            region=config.region,
            **retries,
        )
        self.table_name = table_name
        self.partition_key_name = partition_key_name
        self.attribute_name = attribute_name
        self.partition_keygen = partition_keygen
        self._reads: OrderedDict[int, tuple[Any, LoadedAttributes]] = OrderedDict()
        self._reads_lock = threading.Lock()

    def get_attributes(self, request_envelope: Any) -> LoadedAttributes:
        loaded = super().get_attributes(request_envelope)
        self._remember_read(request_envelope, loaded)
        return loaded

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        if isinstance(attributes, LoadedAttributes):
            super().save_attributes(request_envelope, attributes)
            return
        wanted = dict(attributes)
        read = self._read_by(request_envelope)
        if read is not None:  # a new map for what this request read: conditioned on that read
            replacing = LoadedAttributes(read.record)
            replacing.clear()
            replacing.update(wanted)
            self.save_changes(request_envelope, replacing, rebase=None)
            self._remember_read(request_envelope, replacing)  # a second save is then no change
            return
        # Nothing read: written over whatever is stored, as one versioned write.
        current = LoadedAttributes(self.store.load(self.keygen(request_envelope), consistent=True))
        current.clear()
        current.update(wanted)
        self.save_changes(request_envelope, current, rebase=lambda _newer: dict(wanted))
        self._remember_read(request_envelope, current)

    def _remember_read(self, request_envelope: Any, loaded: LoadedAttributes) -> None:
        with self._reads_lock:
            # Keyed by the envelope's identity, holding it so the id is not reused meanwhile.
            self._reads[id(request_envelope)] = (request_envelope, loaded)
            self._reads.move_to_end(id(request_envelope))
            while len(self._reads) > _READS_KEPT:
                self._reads.popitem(last=False)

    def _read_by(self, request_envelope: Any) -> LoadedAttributes | None:
        with self._reads_lock:
            entry = self._reads.get(id(request_envelope))
        if entry is None or entry[0] is not request_envelope:
            return None
        return entry[1]
