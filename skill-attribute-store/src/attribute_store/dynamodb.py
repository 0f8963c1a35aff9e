"""The DynamoDB store: GetItem and PutItem only, every write conditioned on the version read.

Item layout (a record over `compress_min_bytes` of JSON is stored compressed)::

    {"userId": "<key>", "version": 7, "writeIds": ["<newest>", ...],
     "createdAt": "<iso>", "updatedAt": "<iso>",
     "attributes": {...}}                                  (plain, small records)
     "packed": <zlib of compact JSON>, "packing": "zlib+json"   (instead of "attributes")
                                                           (+ "expiresAt": epoch s on a tombstone)

The key's name (`partition_key_name`) and the plain layout's (`attributes_name`) are settings, so
the store reads and writes a table of the stock ASK adapter (`{"id": ..., "attributes": {...}}`).
An item without `version` is such a record: it loads as version 0 with `Record.unversioned` set,
and the first save is conditioned on the item still having no version and the very attributes
read (`attribute_not_exists(version) AND attributes = :read`; DynamoDB compares maps and lists
by value), so a write of the stock adapter in between is a conflict, not a lost update.

How a call keeps its promises, on public botocore APIs only:

- botocore's own retries are off (`total_max_attempts: 1`); this module retries what is
  retryable — throttling and 5xx by error code, timeouts and connection errors by botocore's
  public exception classes — with full-jitter back-off, and keeps no retry state between turns.
- Every call keeps to the request's `Deadline`: an attempt starts only when it can finish in
  time, its timeouts double on each retry (a slow network still gets through) but never exceed
  what remains, and the wait for an answer stops at the deadline even when it trickles in.
- Every save carries a write id, kept on the record (`writeIds`). After an ambiguous attempt (a
  timeout, a reset, a 5xx) the same conditional PutItem is sent again: if the first one landed,
  the condition fails, and the current item — returned with the failure by DynamoDB
  (`ReturnValuesOnConditionCheckFailure`), else read consistently — shows our write id: saved.
  If the truth cannot be learned before the deadline: `StoreOutcomeUnknownError`.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, NoReturn, Protocol

import botocore.session
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotocoreConnectionError

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
from .botocore_data import create_loader
from .codec import decode, encode, from_wire, to_dynamodb, to_wire
from .deadline import DEFAULT_STORE_SECONDS, MIN_ROUND_TRIP_SECONDS, Deadline, current_deadline
from .errors import (
    StoreConfigurationError,
    StoreConflictError,
    StoreItemTooLargeError,
    StoreOutcomeUnknownError,
    StoreUnavailableError,
)
from .packing import ATTRIBUTES, COMPRESS_MIN_BYTES, pack, unpack
from .size import DYNAMODB_ITEM_LIMIT, check_item_size, item_size

__all__ = [
    "TTL_ATTRIBUTE",
    "ClientTable",
    "DynamoDbConfig",
    "DynamoDbStore",
    "DynamoDbTable",
    "Timeouts",
    "create_table_if_missing",
    "puts_return_the_item",
]

logger = logging.getLogger(__name__)

Counter = Callable[[str], None]
TTL_ATTRIBUTE = "expiresAt"  # the table's TTL attribute (TimeToLiveSpecification)
THROTTLING_CODES = frozenset(
    {
        "ThrottlingException",
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "Throttling",
        "TooManyRequestsException",
    }
)


@dataclass(frozen=True)
class DynamoDbConfig:
    table_name: str
    partition_key_name: str = "userId"
    attributes_name: str = ATTRIBUTES  # the plain layout's attribute (the stock attribute_name)
    region: str | None = None
    endpoint_url: str | None = None
    dax_endpoint: str | None = None
    consistent_read: bool = True
    connect_timeout: float = 0.2  # of a call's first attempt; each retry doubles both
    read_timeout: float = 0.25
    max_attempts: int = 4  # per call, within the deadline
    retry_base_delay: float = 0.025
    max_item_bytes: int = 350_000
    tombstone_ttl_seconds: int = 7 * 86_400
    compress_min_bytes: int = COMPRESS_MIN_BYTES
    default_deadline_seconds: float = DEFAULT_STORE_SECONDS  # outside any request's deadline

    @property
    def reads_consistently(self) -> bool:
        """DAX only caches eventually consistent reads, so reads through DAX are eventual."""
        return self.consistent_read and not self.dax_endpoint


@dataclass(frozen=True)
class Timeouts:
    """One attempt's socket timeouts, in whole milliseconds (so clients can be reused)."""

    connect_ms: int
    read_ms: int

    @property
    def seconds(self) -> float:
        return (self.connect_ms + self.read_ms) / 1000


class DynamoDbTable(Protocol):
    """All the store asks of DynamoDB — as all the IAM policy allows: GetItem and PutItem."""

    name: str

    def get_item(self, timeouts: Timeouts, request: dict[str, Any]) -> dict[str, Any]: ...

    def put_item(self, timeouts: Timeouts, request: dict[str, Any]) -> dict[str, Any]: ...


class _Retry(Exception):
    """An attempt failed in a way another attempt may fix. `ambiguous`: a write may have landed."""

    def __init__(self, detail: str, *, ambiguous: bool) -> None:
        super().__init__(detail)
        self.detail = detail
        self.ambiguous = ambiguous


class _ConditionFailed(Exception):
    def __init__(self, item: dict[str, Any] | None) -> None:
        super().__init__("ConditionalCheckFailedException")
        self.item = item


class DynamoDbStore(AttributeStore):
    def __init__(
        self,
        table: DynamoDbTable,
        config: DynamoDbConfig,
        count: Counter | None = None,
        *,
        returns_item_on_condition_failure: bool = True,
    ) -> None:
        if config.max_item_bytes > DYNAMODB_ITEM_LIMIT:
            raise StoreConfigurationError(
                f"max_item_bytes {config.max_item_bytes} is over DynamoDB's {DYNAMODB_ITEM_LIMIT}"
            )
        self.table = table
        self.config = config
        self.key_name = config.partition_key_name
        self.max_item_bytes = config.max_item_bytes
        self.consistent_read = config.reads_consistently
        self._count = count or (lambda name: None)
        self._returns_item = returns_item_on_condition_failure
        self._waiter = ThreadPoolExecutor(max_workers=8, thread_name_prefix="dynamodb-call")

    @classmethod
    def connect(cls, config: DynamoDbConfig, count: Counter | None = None) -> DynamoDbStore:
        """A store over botocore clients (or a DAX client) built for `config`."""
        if config.dax_endpoint:
            return cls(_DaxTable(config), config, count, returns_item_on_condition_failure=False)
        table = ClientTable(config)
        return cls(
            table,
            config,
            count,
            returns_item_on_condition_failure=puts_return_the_item(table.client),
        )

    # --- the contract ---------------------------------------------------------------------

    def load(self, key: str, *, consistent: bool = False) -> Record:
        deadline = current_deadline(self.config.default_deadline_seconds)
        request = {
            "Key": {self.key_name: {"S": check_key(key)}},
            "ConsistentRead": consistent or self.consistent_read,
        }
        response = self._call("GetItem", key, request, deadline)
        item = response.get("Item")
        return self._record(item) if item else Record()

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
        *,
        previous_writes: tuple[str, ...] = (),
        unversioned: Unversioned | None = None,
    ) -> Record:
        now = utc_now_iso()
        write_id = new_write_id()
        write_ids = (write_id, *previous_writes)[:MAX_WRITE_IDS]
        item = {
            self.key_name: check_key(key),
            "version": expected_version + 1,
            "writeIds": list(write_ids),
            "createdAt": created_at or now,
            "updatedAt": now,
            **self._pack(attributes),
        }
        check_item_size(item, self.max_item_bytes)
        self._put(key, item, expected_version, write_id, unversioned)
        stored = decode(encode(attributes))
        return Record(stored, expected_version + 1, item["createdAt"], now, write_ids)

    def erase(
        self,
        key: str,
        expected_version: int | None = None,
        *,
        unversioned: Unversioned | None = None,
    ) -> Record:
        """Replace the record by an empty tombstone that DynamoDB TTL removes (`expiresAt`).
        Without `expected_version`, whatever the record holds (reading it again on a conflict).
        Returns the tombstone."""
        check_key(key)
        current = (
            Record(version=expected_version, unversioned=unversioned)
            if expected_version is not None
            else self.load(key, consistent=True)
        )
        for attempt in range(1, 4):
            write_id, now = new_write_id(), utc_now_iso()
            tombstone = {
                self.key_name: key,
                self.config.attributes_name: {},
                "version": current.version + 1,
                # Earlier saves' ids go with their data: a request that asks whether its
                # unsure save landed, after an erase, must hear no and save again.
                "writeIds": [write_id],
                "createdAt": now,
                "updatedAt": now,
                TTL_ATTRIBUTE: int(time.time()) + self.config.tombstone_ttl_seconds,
            }
            try:
                self._put(key, tombstone, current.version, write_id, current.unversioned)
                return Record({}, current.version + 1, now, now, (write_id,))
            except StoreConflictError as exc:
                if attempt == 3 or expected_version is not None:
                    raise
                current = exc.current or self.load(key, consistent=True)
        raise AssertionError("unreachable: the last attempt returns or raises")

    # --- records --------------------------------------------------------------------------

    def _record(self, wire_item: dict[str, Any]) -> Record:
        item = {name: from_wire(value) for name, value in wire_item.items()}
        # Every item this store writes has a version: one without was written by another writer.
        unversioned = (
            None
            if "version" in wire_item
            else Unversioned(wire_item.get(self.config.attributes_name))
        )
        return Record(
            unpack(item, self.config.attributes_name),
            int(item.get("version", 0)),
            item.get("createdAt"),
            item.get("updatedAt"),
            tuple(item.get("writeIds") or ()),
            unversioned,
        )

    def _pack(self, attributes: dict[str, Any]) -> dict[str, Any]:
        return pack(attributes, self.config.compress_min_bytes, self.config.attributes_name)

    # --- writes ---------------------------------------------------------------------------

    def _put(
        self,
        key: str,
        item: dict[str, Any],
        expected_version: int,
        write_id: str,
        unversioned: Unversioned | None = None,
    ) -> None:
        """A conditional PutItem that answers truthfully: returns only once the item is stored;
        raises `StoreConflictError` or `StoreUnavailableError` only when it is not."""
        deadline = current_deadline(self.config.default_deadline_seconds)
        attempts = _Attempts()
        try:
            # Keep time to read back the truth should an attempt's answer be lost.
            reserve = min(_first_timeouts(self.config).seconds, deadline.seconds / 3)
            request = self._put_request(item, expected_version, unversioned)
            self._call("PutItem", key, request, deadline.shortened(reserve), attempts)
            return
        except StoreItemTooLargeError:
            raise StoreItemTooLargeError(item_size(item), self.max_item_bytes) from None
        except _ConditionFailed as failure:
            current = self._record(failure.item) if failure.item else None
            if current is None and attempts.ambiguous:
                current = self._read_back(key, write_id, deadline)
            if current is not None and write_id in current.write_ids:
                logger.info("an earlier attempt of this save had landed", extra=_log(key))
                return
            raise StoreConflictError(key_hash(key), expected_version, current=current) from None
        except StoreUnavailableError as exc:
            if not attempts.ambiguous:
                raise
            current = self._read_back(key, write_id, deadline, cause=exc)
            if write_id in current.write_ids:
                logger.info("an unanswered attempt of this save had landed", extra=_log(key))
                return
            if current.version == expected_version and self._fence(key, current, write_id):
                return
            raise StoreUnavailableError(f"{exc} (read back: not stored)") from exc

    def _put_request(
        self, item: dict[str, Any], expected_version: int, unversioned: Unversioned | None = None
    ) -> dict[str, Any]:
        values: dict[str, Any]
        if unversioned is not None:
            if expected_version != 0:
                raise StoreConfigurationError("an unversioned record is written over at version 0")
            condition, names, values = self._unchanged(unversioned)
        elif expected_version == 0:
            condition = "attribute_not_exists(#key)"
            names, values = {"#key": self.key_name}, {}
        else:
            condition = "#version = :expected"
            names, values = {"#version": "version"}, {":expected": {"N": str(expected_version)}}
        request: dict[str, Any] = {
            "Item": {name: to_wire(to_dynamodb(value)) for name, value in item.items()},
            "ConditionExpression": condition,
            "ExpressionAttributeNames": names,
        }
        if values:
            request["ExpressionAttributeValues"] = values
        if self._returns_item:
            request["ReturnValuesOnConditionCheckFailure"] = "ALL_OLD"
        return request

    def _unchanged(self, unversioned: Unversioned) -> tuple[str, dict[str, str], dict[str, Any]]:
        """The condition that an unversioned item is still as it was read: still without a
        version (this store has not taken it over meanwhile) and with the same attributes (the
        other writer has not changed it). The item must still exist: a deleted one is a conflict,
        whatever it held."""
        names = {
            "#key": self.key_name,
            "#version": "version",
            "#attributes": self.config.attributes_name,
        }
        exists = "attribute_exists(#key) AND attribute_not_exists(#version)"
        if unversioned.stored is None:
            return f"{exists} AND attribute_not_exists(#attributes)", names, {}
        return f"{exists} AND #attributes = :read", names, {":read": unversioned.stored}

    def _fence(self, key: str, current: Record, write_id: str) -> bool:
        """Our unanswered write is not in the table, but it may still be on its way (a timed-out
        request can be served late), conditioned on the version the table still has. Rewrite the
        record as it is, one version on, so that write can never land. True if it landed first."""
        now = utc_now_iso()
        fence = {
            self.key_name: key,
            "version": current.version + 1,
            "writeIds": [new_write_id(), *current.write_ids][:MAX_WRITE_IDS],
            "createdAt": current.created_at or now,
            "updatedAt": now,
            **self._pack(current.attributes),
        }
        deadline = current_deadline(self.config.default_deadline_seconds)
        request = self._put_request(fence, current.version, current.unversioned)
        try:
            self._call("PutItem", key, request, deadline)
            return False  # the record moved on without our write: it can never land now
        except _ConditionFailed as failure:  # something landed meanwhile: ours?
            after = self._record(failure.item) if failure.item else None
            after = after or self._read_back(key, write_id, deadline)
            return write_id in after.write_ids
        except StoreUnavailableError as exc:
            raise StoreOutcomeUnknownError(
                f"PutItem on table {self.table.name}: an unanswered write could still land and "
                f"the record could not be fenced before the deadline",
                write_id,
            ) from exc

    def _read_back(
        self, key: str, write_id: str, deadline: Deadline, cause: Exception | None = None
    ) -> Record:
        """After an ambiguous write: what the table holds now, or `StoreOutcomeUnknownError`."""
        try:
            return self.load(key, consistent=True)
        except StoreUnavailableError as exc:
            logger.error("save outcome unknown", extra=_log(key, error=str(exc)))
            raise StoreOutcomeUnknownError(
                f"PutItem on table {self.table.name} got no answer and the record could not be "
                f"read back within the deadline ({deadline.seconds:.2f} s)",
                write_id,
            ) from (cause or exc)

    # --- one call, retried within the deadline ---------------------------------------------

    def _call(
        self,
        operation: str,
        key: str,
        request: dict[str, Any],
        deadline: Deadline,
        attempts: _Attempts | None = None,
    ) -> dict[str, Any]:
        send = self.table.get_item if operation == "GetItem" else self.table.put_item
        attempts = attempts or _Attempts()
        failures: list[str] = []
        for attempt in range(self.config.max_attempts):
            timeouts = self._timeouts(attempt, deadline)
            if timeouts is None:
                break
            try:
                return self._attempt(send, timeouts, request, deadline)
            except _Retry as retry:
                failures.append(retry.detail)
                attempts.ambiguous |= retry.ambiguous
            delay = random.uniform(0, self.config.retry_base_delay * 2**attempt)
            if attempt + 1 == self.config.max_attempts or (
                deadline.remaining() < delay + MIN_ROUND_TRIP_SECONDS
            ):
                break
            self._count("PersistenceRetry")
            logger.warning(
                "retrying store call",
                extra=_log(key, operation=operation, attempt=attempt + 1, error=failures[-1]),
            )
            time.sleep(delay)
        self._unavailable(operation, key, failures, deadline)

    def _timeouts(self, attempt: int, deadline: Deadline) -> Timeouts | None:
        """Attempt n gets 2**n times the first attempt's timeouts, shrunk to fit what remains."""
        remaining = deadline.remaining()
        if remaining < MIN_ROUND_TRIP_SECONDS:
            return None
        connect, read = self.config.connect_timeout, self.config.read_timeout
        scale = min(2.0**attempt, remaining / (connect + read))
        return Timeouts(max(10, int(connect * scale * 1000)), max(10, int(read * scale * 1000)))

    def _attempt(
        self,
        send: Callable[[Timeouts, dict[str, Any]], dict[str, Any]],
        timeouts: Timeouts,
        request: dict[str, Any],
        deadline: Deadline,
    ) -> dict[str, Any]:
        # The socket timeouts bound each read; the wait below bounds the whole answer, which
        # could otherwise trickle in for longer than the deadline.
        future = self._waiter.submit(send, timeouts, request)
        try:
            return future.result(timeout=max(deadline.remaining(), 0.001))
        except FutureTimeout:
            raise _Retry("no answer before the deadline", ambiguous=True) from None
        except ClientError as exc:
            failure = _classify(exc, self.table.name)
            if isinstance(failure, StoreUnavailableError):
                logger.error("store call refused", extra={"error": str(failure)})
            raise failure from exc
        except BotocoreConnectionError as exc:  # never connected: nothing was sent
            raise _Retry(type(exc).__name__, ambiguous=False) from exc
        except HTTPClientError as exc:  # read timeout, reset: the request may have been served
            raise _Retry(type(exc).__name__, ambiguous=True) from exc

    def _unavailable(
        self, operation: str, key: str, failures: list[str], deadline: Deadline
    ) -> NoReturn:
        detail = failures[-1] if failures else "no time left"
        logger.error(
            "store call failed",
            extra=_log(
                key,
                operation=operation,
                table=self.table.name,
                error=detail,
                attempts=len(failures),
                deadline_s=round(deadline.seconds, 3),
            ),
        )
        raise StoreUnavailableError(
            f"{operation} on table {self.table.name} failed after {len(failures)} attempt(s) "
            f"within {deadline.seconds:.2f} s: {detail}"
        )


@dataclass
class _Attempts:
    ambiguous: bool = False  # some attempt may have been served without us hearing the answer


def _classify(exc: ClientError, table: str) -> Exception:
    """What a DynamoDB error answer means for the store."""
    error = exc.response.get("Error", {})
    code = str(error.get("Code", ""))
    status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
    if code == "ConditionalCheckFailedException":
        item = exc.response.get("Item")
        return _ConditionFailed(item if isinstance(item, dict) and item else None)
    if code in THROTTLING_CODES:
        return _Retry(code, ambiguous=False)  # refused before anything was written
    if status >= 500:
        return _Retry(code or f"HTTP {status}", ambiguous=True)
    message = str(error.get("Message", ""))
    if code == "ValidationException" and "size" in message.lower():
        return StoreItemTooLargeError(0, 0)
    if code == "ResourceNotFoundException":
        code += " (does the table exist and is it ACTIVE?)"
    return StoreUnavailableError(f"{exc.operation_name} on table {table} failed: {code}: {message}")


def _log(key: str, **fields: Any) -> dict[str, Any]:
    return {"key": key_hash(key), **fields}


# --- tables ---------------------------------------------------------------------------------


class ClientTable:
    """One table over botocore clients: one per distinct attempt timeouts, built on first use."""

    def __init__(self, config: DynamoDbConfig) -> None:
        self.name = config.table_name
        self.config = config
        self._clients: dict[Timeouts, Any] = {}
        self._handlers: list[tuple[str, Callable[..., Any]]] = []
        self._session = _dynamodb_session()
        self.client_for(_first_timeouts(config))  # connect settings are checked at start-up

    def get_item(self, timeouts: Timeouts, request: dict[str, Any]) -> dict[str, Any]:
        response: dict[str, Any] = self.client_for(timeouts).get_item(
            TableName=self.name, **request
        )
        return response

    def put_item(self, timeouts: Timeouts, request: dict[str, Any]) -> dict[str, Any]:
        response: dict[str, Any] = self.client_for(timeouts).put_item(
            TableName=self.name, **request
        )
        return response

    def on(self, event: str, handler: Callable[..., Any]) -> None:
        """Register a botocore event handler on every client, those built later included."""
        self._handlers.append((event, handler))
        for client in self._clients.values():
            client.meta.events.register(event, handler)

    @property
    def client(self) -> Any:
        """The client of first attempts (tools use it for table set-up)."""
        return self.client_for(_first_timeouts(self.config))

    def client_for(self, timeouts: Timeouts) -> Any:
        client = self._clients.get(timeouts)
        if client is None:
            client = _botocore_client(self._session, self.config, timeouts)
            self._clients[timeouts] = client
            for event, handler in self._handlers:
                client.meta.events.register(event, handler)
        return client


class _DaxTable:
    """The same table through a DAX cluster (`amazondax`, imported only then). DAX keeps its own
    timeouts; the store's deadline still bounds every wait."""

    def __init__(self, config: DynamoDbConfig) -> None:
        from amazondax import AmazonDaxClient  # only when DAX is switched on

        self.name = config.table_name
        try:
            self._client = AmazonDaxClient(
                endpoint_url=config.dax_endpoint, region_name=config.region
            )
        except Exception as exc:  # the DAX client connects eagerly and raises many kinds
            raise StoreUnavailableError(
                f"cannot reach DAX at {config.dax_endpoint}: {exc}"
            ) from exc

    def get_item(self, timeouts: Timeouts, request: dict[str, Any]) -> dict[str, Any]:
        response: dict[str, Any] = self._client.get_item(TableName=self.name, **request)
        return response

    def put_item(self, timeouts: Timeouts, request: dict[str, Any]) -> dict[str, Any]:
        response: dict[str, Any] = self._client.put_item(TableName=self.name, **request)
        return response


def puts_return_the_item(client: Any) -> bool:
    """Whether this botocore's PutItem takes ReturnValuesOnConditionCheckFailure (1.29.164 and
    later); without it, a failed condition is followed by a consistent read."""
    members = client.meta.service_model.operation_model("PutItem").input_shape.members
    return "ReturnValuesOnConditionCheckFailure" in members


def _first_timeouts(config: DynamoDbConfig) -> Timeouts:
    return Timeouts(int(config.connect_timeout * 1000), int(config.read_timeout * 1000))


def _dynamodb_session() -> Any:
    """A botocore session whose data loader is `botocore_data`'s: a DynamoDB client then costs
    about half as much to build."""
    session = botocore.session.get_session()
    session.register_component(
        "data_loader", create_loader(session.get_config_variable("data_path"))
    )
    return session


def _botocore_client(session: Any, config: DynamoDbConfig, timeouts: Timeouts) -> Any:
    """A low-level DynamoDB client with these timeouts and botocore's own retries off."""
    credentials: dict[str, str] = {}
    if config.endpoint_url and session.get_credentials() is None:
        # A local DynamoDB-API server accepts any signature; real AWS never gets here.
        credentials = {"aws_access_key_id": "local", "aws_secret_access_key": "local"}
    return session.create_client(
        "dynamodb",
        region_name=config.region,
        endpoint_url=config.endpoint_url,
        config=Config(
            connect_timeout=timeouts.connect_ms / 1000,
            read_timeout=timeouts.read_ms / 1000,
            retries={"mode": "standard", "total_max_attempts": 1},
            tcp_keepalive=True,
        ),
        **credentials,
    )


def create_table_if_missing(
    config: DynamoDbConfig, timeout: float = 30.0, client: Any | None = None
) -> None:
    """Local development: create an on-demand table keyed on the partition key, wait until ACTIVE,
    and switch TTL on for `expiresAt`, as a deployed table should have it (where the server has
    TTL: dynalite has none, so its tombstones stay). `client`: a DynamoDB client to do it with
    (else one is built for `config`).

    Uses DescribeTable, CreateTable and UpdateTimeToLive, which the deployed function is not
    allowed to call.
    """
    if client is None:
        client = _botocore_client(_dynamodb_session(), config, Timeouts(2_000, 5_000))
    try:
        client.describe_table(TableName=config.table_name)
        created = False
    except client.exceptions.ResourceNotFoundException:
        client.create_table(
            TableName=config.table_name,
            KeySchema=[{"AttributeName": config.partition_key_name, "KeyType": "HASH"}],
            AttributeDefinitions=[
                {"AttributeName": config.partition_key_name, "AttributeType": "S"}
            ],
            BillingMode="PAY_PER_REQUEST",
        )
        created = True
        logger.info("created table", extra={"table": config.table_name})
    except (ClientError, BotoCoreError) as exc:
        raise StoreUnavailableError(f"cannot describe table {config.table_name}: {exc}") from exc
    deadline = time.monotonic() + timeout
    while client.describe_table(TableName=config.table_name)["Table"]["TableStatus"] != "ACTIVE":
        if time.monotonic() > deadline:
            raise StoreUnavailableError(f"table {config.table_name} not ACTIVE after {timeout}s")
        time.sleep(0.1)
    if created:
        _expire_tombstones(client, config.table_name)


def _expire_tombstones(client: Any, table: str) -> None:
    try:
        client.update_time_to_live(
            TableName=table,
            TimeToLiveSpecification={"AttributeName": TTL_ATTRIBUTE, "Enabled": True},
        )
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") != "UnknownOperationException":
            raise StoreUnavailableError(f"cannot switch TTL on for table {table}: {exc}") from exc
        logger.info("this DynamoDB-API server has no TTL", extra={"table": table})
