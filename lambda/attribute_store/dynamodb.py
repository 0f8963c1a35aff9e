"""The DynamoDB store: GetItem and PutItem only, every write conditioned on the version read.

Item layout::

    {"userId": "<key>", "attributes": {...}, "version": 7,
     "createdAt": "<iso>", "updatedAt": "<iso>"}          (+ "expiresAt": epoch s on a tombstone)

Unlike the stock `ask_sdk_dynamodb.adapter.DynamoDbAdapter`, nothing is created at import time, the
client has timeouts and retries sized for Alexa's response budget, writes are conditional, values
go through the codec, oversized records are refused before the request, and errors are typed
and chained. The same store runs over DAX when a DAX endpoint is given (`amazondax`, imported
only then).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from botocore.retries import quota, standard

from .base import AttributeStore, Record, key_hash, utc_now_iso
from .codec import decode, encode, from_dynamodb, to_dynamodb
from .errors import (
    StoreConfigurationError,
    StoreConflictError,
    StoreItemTooLargeError,
    StoreUnavailableError,
)
from .size import DYNAMODB_ITEM_LIMIT, check_item_size, item_size

__all__ = ["DynamoDbConfig", "DynamoDbStore", "create_table_if_missing", "dynamodb_resource"]

logger = logging.getLogger(__name__)

Counter = Callable[[str], None]


@dataclass(frozen=True)
class DynamoDbConfig:
    table_name: str
    partition_key_name: str = "userId"
    region: str | None = None
    endpoint_url: str | None = None
    dax_endpoint: str | None = None
    consistent_read: bool = True
    connect_timeout: float = 0.2
    read_timeout: float = 0.25
    max_attempts: int = 3
    retry_base_delay: float = 0.025
    max_item_bytes: int = 350_000
    tombstone_ttl_seconds: int = 7 * 86_400

    @property
    def worst_call_seconds(self) -> float:
        """The longest one GetItem or PutItem can take, every attempt timing out, with back-off."""
        waits = self.retry_base_delay * float(2 ** (self.max_attempts - 1) - 1)  # sum of 2**i
        return self.max_attempts * (self.connect_timeout + self.read_timeout) + waits

    @property
    def reads_consistently(self) -> bool:
        """DAX only caches eventually consistent reads, so reads through DAX are eventual."""
        return self.consistent_read and not self.dax_endpoint


class DynamoDbStore(AttributeStore):
    def __init__(
        self,
        table: Any,
        *,
        partition_key_name: str = "userId",
        max_item_bytes: int = 350_000,
        consistent_read: bool = True,
        tombstone_ttl_seconds: int = 7 * 86_400,
        worst_call_seconds: float = 0.0,
    ) -> None:
        if max_item_bytes > DYNAMODB_ITEM_LIMIT:
            raise StoreConfigurationError(
                f"max_item_bytes {max_item_bytes} is over DynamoDB's {DYNAMODB_ITEM_LIMIT}"
            )
        self.table = table
        self.key_name = partition_key_name
        self.max_item_bytes = max_item_bytes
        self.consistent_read = consistent_read
        self.tombstone_ttl_seconds = tombstone_ttl_seconds
        self.worst_call_seconds = worst_call_seconds

    @classmethod
    def connect(cls, config: DynamoDbConfig, count: Counter | None = None) -> DynamoDbStore:
        """A store over a boto3 (or DAX) resource built for `config`."""
        resource = _dax_resource(config) if config.dax_endpoint else dynamodb_resource(config)
        _bound_retries(resource.meta.client, config, count)
        return cls(
            resource.Table(config.table_name),
            partition_key_name=config.partition_key_name,
            max_item_bytes=config.max_item_bytes,
            consistent_read=config.reads_consistently,
            tombstone_ttl_seconds=config.tombstone_ttl_seconds,
            worst_call_seconds=config.worst_call_seconds,
        )

    def load(self, key: str, *, consistent: bool = False) -> Record:
        try:
            response = self.table.get_item(
                Key={self.key_name: key}, ConsistentRead=consistent or self.consistent_read
            )
        except (ClientError, BotoCoreError) as exc:
            raise self._unavailable("GetItem", key, exc) from exc
        item = response.get("Item")
        if not item:
            return Record()
        attributes = decode(from_dynamodb(item.get("attributes") or {}))
        return Record(
            attributes,
            int(item.get("version", 0)),
            item.get("createdAt"),
            item.get("updatedAt"),
        )

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
    ) -> Record:
        now = utc_now_iso()
        item = {
            self.key_name: key,
            "attributes": to_dynamodb(encode(attributes)),
            "version": expected_version + 1,
            "createdAt": created_at or now,
            "updatedAt": now,
        }
        check_item_size(item, self.max_item_bytes)
        self._put(key, item, expected_version)
        return Record(decode(encode(attributes)), expected_version + 1, item["createdAt"], now)

    def erase(self, key: str) -> None:
        """Replace the record by an empty tombstone that DynamoDB TTL removes (`expiresAt`)."""
        for _ in range(3):
            current = self.load(key, consistent=True)
            now = utc_now_iso()
            tombstone = {
                self.key_name: key,
                "attributes": {},
                "version": current.version + 1,
                "createdAt": now,
                "updatedAt": now,
                "expiresAt": int(time.time()) + self.tombstone_ttl_seconds,
            }
            try:
                self._put(key, tombstone, current.version)
                return
            except StoreConflictError:
                continue
        raise StoreConflictError(key_hash(key), current.version, 3)

    def _put(self, key: str, item: dict[str, Any], expected_version: int) -> None:
        if expected_version == 0:
            condition = "attribute_not_exists(#key)"
            names = {"#key": self.key_name}
            values: dict[str, Any] = {}
        else:
            condition = "#version = :expected"
            names = {"#version": "version"}
            values = {":expected": expected_version}
        arguments: dict[str, Any] = {
            "Item": item,
            "ConditionExpression": condition,
            "ExpressionAttributeNames": names,
        }
        if values:
            arguments["ExpressionAttributeValues"] = values
        try:
            self.table.put_item(**arguments)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code == "ConditionalCheckFailedException":
                raise StoreConflictError(key_hash(key), expected_version) from exc
            message = str(exc.response.get("Error", {}).get("Message", ""))
            if code == "ValidationException" and "size" in message.lower():
                raise StoreItemTooLargeError(item_size(item), self.max_item_bytes) from exc
            raise self._unavailable("PutItem", key, exc) from exc
        except BotoCoreError as exc:
            raise self._unavailable("PutItem", key, exc) from exc

    def _unavailable(self, operation: str, key: str, exc: Exception) -> StoreUnavailableError:
        code = exc.response.get("Error", {}).get("Code") if isinstance(exc, ClientError) else None
        name = getattr(self.table, "name", "?")
        detail = code or type(exc).__name__
        if code == "ResourceNotFoundException":
            detail += " (does the table exist and is it ACTIVE?)"
        logger.error(
            "store call failed",
            extra={"operation": operation, "table": name, "key": key_hash(key), "error": detail},
        )
        return StoreUnavailableError(f"{operation} on table {name} failed: {detail}")


def create_table_if_missing(config: DynamoDbConfig, timeout: float = 30.0) -> None:
    """Local development: create an on-demand table keyed on the partition key, wait until ACTIVE.

    Uses DescribeTable and CreateTable, which the deployed function is not allowed to call.
    """
    client = dynamodb_resource(config).meta.client
    try:
        client.describe_table(TableName=config.table_name)
    except client.exceptions.ResourceNotFoundException:
        client.create_table(
            TableName=config.table_name,
            KeySchema=[{"AttributeName": config.partition_key_name, "KeyType": "HASH"}],
            AttributeDefinitions=[
                {"AttributeName": config.partition_key_name, "AttributeType": "S"}
            ],
            BillingMode="PAY_PER_REQUEST",
        )
        logger.info("created table", extra={"table": config.table_name})
    except (ClientError, BotoCoreError) as exc:
        raise StoreUnavailableError(f"cannot describe table {config.table_name}: {exc}") from exc
    deadline = time.monotonic() + timeout
    while client.describe_table(TableName=config.table_name)["Table"]["TableStatus"] != "ACTIVE":
        if time.monotonic() > deadline:
            raise StoreUnavailableError(f"table {config.table_name} not ACTIVE after {timeout}s")
        time.sleep(0.1)


def _client_config(config: DynamoDbConfig) -> Config:
    return Config(
        region_name=config.region,
        connect_timeout=config.connect_timeout,
        read_timeout=config.read_timeout,
        retries={"mode": "standard", "total_max_attempts": config.max_attempts},
        tcp_keepalive=True,
    )


def dynamodb_resource(config: DynamoDbConfig) -> Any:
    """A boto3 DynamoDB resource with this config's region, endpoint, timeouts and retries."""
    session = boto3.session.Session(region_name=config.region)
    if config.endpoint_url and session.get_credentials() is None:
        # A local DynamoDB-API server accepts any signature; real AWS never gets here.
        session = boto3.session.Session(
            aws_access_key_id="local", aws_secret_access_key="local", region_name=config.region
        )
    return session.resource(
        "dynamodb", endpoint_url=config.endpoint_url, config=_client_config(config)
    )


def _dax_resource(config: DynamoDbConfig) -> Any:
    from amazondax import AmazonDaxClient  # only when DAX is switched on

    try:
        return AmazonDaxClient.resource(
            endpoint_url=config.dax_endpoint,
            region_name=config.region,
            config=_client_config(config),
        )
    except Exception as exc:  # the DAX client connects eagerly and raises many kinds
        raise StoreUnavailableError(f"cannot reach DAX at {config.dax_endpoint}: {exc}") from exc


class _BoundedBackoff(standard.ExponentialBackoff):
    """Standard-mode back-off with one base for every error, throttling included.

    Botocore waits up to 1 s, doubling, after a throttling error; a skill has 8 s for the whole
    turn, so the base comes from `DYNAMODB_RETRY_BASE_DELAY_MS` instead.
    """

    def __init__(self, base_delay: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._base_delay = base_delay

    def _get_base_scale(self, context: Any) -> float:
        return self._base_delay


def _bound_retries(client: Any, config: DynamoDbConfig, count: Counter | None) -> None:
    """Replace the client's standard retry handler by one with our back-off, and count retries."""
    events = getattr(getattr(client, "meta", None), "events", None)
    if events is None or not hasattr(client.meta, "service_model"):
        return  # the DAX client retries on its own
    service = client.meta.service_model.service_id.hyphenize()
    adapter = standard.RetryEventAdapter()
    throttling = standard.ThrottlingErrorDetector(adapter)
    retry_quota = standard.RetryQuotaChecker(quota.RetryQuota(), throttling)
    handler = standard.RetryHandler(
        retry_policy=standard.RetryPolicy(
            retry_checker=standard.StandardRetryConditions(max_attempts=config.max_attempts),
            retry_backoff=_BoundedBackoff(
                config.retry_base_delay, service_name=service, throttling_detector=throttling
            ),
        ),
        retry_event_adapter=adapter,
        retry_quota=retry_quota,  # type: ignore[arg-type]  # the stubs say RetryQuota; botocore passes this checker
        service_name=service,
    )
    # Successful calls refill the quota; without this, retries stop after ~100 in a warm container.
    events.register(f"after-call.{service}", retry_quota.release_retry_quota)
    unique_id = f"retry-config-{service}"
    events.unregister(f"needs-retry.{service}", unique_id=unique_id)

    def needs_retry(**kwargs: Any) -> float | None:
        delay: float | None = handler.needs_retry(**kwargs)
        if delay is not None:
            if count:
                count("PersistenceRetry")
            logger.warning(
                "retrying store call",
                extra={"attempt": kwargs.get("attempts"), "delay_ms": round(delay * 1000, 1)},
            )
        return delay

    events.register(f"needs-retry.{service}", needs_retry, unique_id=unique_id)
