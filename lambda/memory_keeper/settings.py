"""Settings: read once from the environment, validated, frozen.

Every variable is described in docs/configuration.md. A bad value fails at start-up with a message
naming the variable, instead of failing later inside a user's turn.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from attribute_store.dynamodb import DynamoDbConfig

__all__ = ["DEFAULT_LOCAL_STORE_PATH", "Settings", "SettingsError"]

# Alexa allows 8 s for a response. The store's share of a turn is a deadline made when the
# request arrives, capped by what the Lambda invocation has left minus this margin.
LAMBDA_MARGIN_SECONDS = 1.0
LOCAL_ENDPOINT_REGION = "us-east-1"
DEFAULT_LOCAL_STORE_PATH = ".local/memory-keeper.sqlite3"
# The one spelling of each (in any case); an empty value is the same as an unset one.
_FLAGS = {"true": True, "false": False}
KEY_SOURCES = ("user", "person", "device")


class SettingsError(ValueError):
    """A configuration variable has a value that cannot work."""


@dataclass(frozen=True)
class Settings:
    skill_id: str | None = None
    table_name: str | None = None
    local_store_path: str = DEFAULT_LOCAL_STORE_PATH
    partition_key_name: str = "userId"
    partition_key_source: str = "user"
    max_item_bytes: int = 350_000
    save_attempts: int = 25
    store_deadline_ms: int = 3_000
    erased_record_ttl_days: int = 7
    region: str | None = None
    dynamodb_endpoint: str | None = None
    dax_endpoint: str | None = None
    consistent_read: bool = True
    create_table: bool = False
    dynamodb_max_attempts: int = 4
    dynamodb_retry_base_delay_ms: int = 25
    dynamodb_connect_timeout_ms: int = 200
    dynamodb_read_timeout_ms: int = 250
    # Explicit opt-outs: no skill check for a local table (refused inside Lambda), and DAX
    # without TLS for a cluster that has no encryption in transit (the template's switch).
    allow_any_skill_id: bool = False
    allow_unencrypted_dax: bool = False

    @property
    def uses_dynamodb(self) -> bool:
        return self.table_name is not None

    def dynamodb_config(self) -> DynamoDbConfig:
        from attribute_store.dynamodb import DynamoDbConfig  # boto3 only when DynamoDB is used

        if self.table_name is None:
            raise SettingsError("TABLE_NAME is not set")
        return DynamoDbConfig(
            table_name=self.table_name,
            partition_key_name=self.partition_key_name,
            region=self.region,
            endpoint_url=self.dynamodb_endpoint,
            dax_endpoint=self.dax_endpoint,
            consistent_read=self.consistent_read,
            connect_timeout=self.dynamodb_connect_timeout_ms / 1000,
            read_timeout=self.dynamodb_read_timeout_ms / 1000,
            max_attempts=self.dynamodb_max_attempts,
            retry_base_delay=self.dynamodb_retry_base_delay_ms / 1000,
            max_item_bytes=self.max_item_bytes,
            tombstone_ttl_seconds=self.erased_record_ttl_days * 86_400,
            default_deadline_seconds=self.store_deadline_ms / 1000,
        )

    def _validate(self, in_lambda: bool = False) -> Settings:
        if not self.uses_dynamodb:
            self._validate_local_store_path()
            endpoints = {
                "DYNAMODB_ENDPOINT": self.dynamodb_endpoint,
                "DAX_ENDPOINT": self.dax_endpoint,
            }
            for name, value in endpoints.items():
                if value:
                    raise SettingsError(
                        f"{name} is set but TABLE_NAME is not: set TABLE_NAME too, or unset "
                        f"{name} to use the embedded SQLite store"
                    )
            return self
        if self.region is None:
            raise SettingsError(
                "AWS_REGION (or AWS_DEFAULT_REGION) must be set with TABLE_NAME; for a local "
                "DynamoDB-API server set DYNAMODB_ENDPOINT instead (make chat STORE=dynamodb)"
            )
        self._validate_opt_outs(in_lambda)
        self._validate_dax()
        if self.skill_id is None and not self.allow_any_skill_id:
            raise SettingsError(
                "SKILL_ID must be set with TABLE_NAME, so that only your skill reads these "
                "records; for local use only, set ALLOW_ANY_SKILL_ID=true"
            )
        first_attempt = self.dynamodb_connect_timeout_ms + self.dynamodb_read_timeout_ms
        if first_attempt > self.store_deadline_ms:
            raise SettingsError(
                f"DYNAMODB_CONNECT_TIMEOUT_MS + DYNAMODB_READ_TIMEOUT_MS ({first_attempt} ms) must "
                f"fit STORE_DEADLINE_MS ({self.store_deadline_ms} ms)"
            )
        return self

    def store_deadline_seconds(self, lambda_remaining_ms: int | None = None) -> float:
        """The store's share of this turn: STORE_DEADLINE_MS, capped by the invocation's time."""
        seconds = self.store_deadline_ms / 1000
        if lambda_remaining_ms is not None:
            seconds = min(seconds, lambda_remaining_ms / 1000 - LAMBDA_MARGIN_SECONDS)
        return max(0.0, seconds)

    def _validate_local_store_path(self) -> None:
        # A mistyped folder would otherwise be created and answer like an empty notebook.
        folder = Path(self.local_store_path).parent
        if Path(self.local_store_path) == Path(DEFAULT_LOCAL_STORE_PATH) or folder.is_dir():
            return
        raise SettingsError(
            f"LOCAL_STORE_PATH is {self.local_store_path!r}, but its folder {str(folder)!r} does "
            f"not exist: create it, or unset LOCAL_STORE_PATH for {DEFAULT_LOCAL_STORE_PATH}"
        )

    def _validate_opt_outs(self, in_lambda: bool) -> None:
        if in_lambda and self.allow_any_skill_id:
            raise SettingsError("ALLOW_ANY_SKILL_ID is for local use only; set SKILL_ID in Lambda")

    def _validate_dax(self) -> None:
        endpoint = self.dax_endpoint
        if endpoint is None:
            return
        if "://" in endpoint and not endpoint.startswith(("dax://", "daxs://")):
            raise SettingsError(
                f"DAX_ENDPOINT must be daxs://host[:port] (or just host[:port]); got {endpoint!r}"
            )
        if endpoint.startswith("dax://") and not self.allow_unencrypted_dax:
            raise SettingsError(
                "DAX_ENDPOINT is dax:// (unencrypted): use the cluster's daxs:// endpoint, or "
                "set ALLOW_UNENCRYPTED_DAX=true for a cluster without encryption in transit"
            )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        reader = _Reader(env)
        return cls(
            skill_id=reader.text("SKILL_ID"),
            table_name=reader.text("TABLE_NAME"),
            local_store_path=reader.text("LOCAL_STORE_PATH") or cls.local_store_path,
            partition_key_name=reader.text("PARTITION_KEY_NAME") or cls.partition_key_name,
            partition_key_source=reader.choice(
                "PARTITION_KEY_SOURCE", KEY_SOURCES, cls.partition_key_source
            ),
            max_item_bytes=reader.integer("MAX_ITEM_BYTES", cls.max_item_bytes, 1_024, 400 * 1024),
            save_attempts=reader.integer("SAVE_ATTEMPTS", cls.save_attempts, 1, 100),
            store_deadline_ms=reader.integer(
                "STORE_DEADLINE_MS", cls.store_deadline_ms, 100, 6_000
            ),
            erased_record_ttl_days=reader.integer(
                "ERASED_RECORD_TTL_DAYS", cls.erased_record_ttl_days, 0, 365
            ),
            region=reader.text("AWS_REGION")
            or reader.text("AWS_DEFAULT_REGION")
            # A local DynamoDB-API server ignores the region, but botocore needs one.
            or (LOCAL_ENDPOINT_REGION if reader.text("DYNAMODB_ENDPOINT") else None),
            dynamodb_endpoint=reader.text("DYNAMODB_ENDPOINT"),
            dax_endpoint=_with_tls_by_default(reader.text("DAX_ENDPOINT")),
            consistent_read=reader.flag("CONSISTENT_READ", cls.consistent_read),
            create_table=reader.flag("CREATE_TABLE", cls.create_table),
            dynamodb_max_attempts=reader.integer(
                "DYNAMODB_MAX_ATTEMPTS", cls.dynamodb_max_attempts, 1, 10
            ),
            dynamodb_retry_base_delay_ms=reader.integer(
                "DYNAMODB_RETRY_BASE_DELAY_MS", cls.dynamodb_retry_base_delay_ms, 1, 1_000
            ),
            dynamodb_connect_timeout_ms=reader.integer(
                "DYNAMODB_CONNECT_TIMEOUT_MS", cls.dynamodb_connect_timeout_ms, 10, 3_000
            ),
            dynamodb_read_timeout_ms=reader.integer(
                "DYNAMODB_READ_TIMEOUT_MS", cls.dynamodb_read_timeout_ms, 10, 3_000
            ),
            allow_any_skill_id=reader.flag("ALLOW_ANY_SKILL_ID", cls.allow_any_skill_id),
            allow_unencrypted_dax=reader.flag("ALLOW_UNENCRYPTED_DAX", cls.allow_unencrypted_dax),
        )._validate(in_lambda=reader.text("AWS_LAMBDA_FUNCTION_NAME") is not None)


def _with_tls_by_default(endpoint: str | None) -> str | None:
    """A DAX endpoint without a scheme is reached over TLS."""
    if endpoint is None or "://" in endpoint:
        return endpoint
    return f"daxs://{endpoint}"


class _Reader:
    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env

    def text(self, name: str) -> str | None:
        value = self.env.get(name, "").strip()
        return value or None

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = (self.text(name) or default).lower()
        if value not in choices:
            raise SettingsError(f"{name} must be one of {', '.join(choices)}; got {value!r}")
        return value

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.text(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError(
                f"{name} must be a whole number from {low} to {high}; got {raw!r}"
            ) from None
        if not low <= value <= high:
            raise SettingsError(f"{name} must be between {low} and {high}; got {value}")
        return value

    def flag(self, name: str, default: bool) -> bool:
        raw = self.text(name)
        if raw is None:
            return default
        if raw.lower() not in _FLAGS:
            raise SettingsError(f"{name} must be true or false; got {raw!r}")
        return _FLAGS[raw.lower()]
