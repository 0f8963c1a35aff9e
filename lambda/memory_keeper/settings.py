"""Settings: read once from the environment, validated, frozen.

Every variable is listed in the README's configuration table. A bad value fails at start-up with a
message naming the variable, instead of failing later inside a user's turn.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Settings", "SettingsError"]

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
KEY_SOURCES = ("user", "person", "device")


class SettingsError(ValueError):
    """A configuration variable has a value that cannot work."""


@dataclass(frozen=True)
class Settings:
    skill_id: str | None = None
    table_name: str | None = None
    local_store_path: str = ".local/memory-keeper.sqlite3"
    partition_key_name: str = "userId"
    partition_key_source: str = "user"
    max_item_bytes: int = 350_000
    save_attempts: int = 3
    erased_record_ttl_days: int = 7

    @property
    def uses_dynamodb(self) -> bool:
        return self.table_name is not None

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
            save_attempts=reader.integer("SAVE_ATTEMPTS", cls.save_attempts, 1, 10),
            erased_record_ttl_days=reader.integer(
                "ERASED_RECORD_TTL_DAYS", cls.erased_record_ttl_days, 0, 365
            ),
        )


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
            raise SettingsError(f"{name} must be a whole number; got {raw!r}") from None
        if not low <= value <= high:
            raise SettingsError(f"{name} must be between {low} and {high}; got {value}")
        return value

    def flag(self, name: str, default: bool) -> bool:
        raw = (self.text(name) or "").lower()
        if not raw:
            return default
        if raw in _TRUE:
            return True
        if raw in _FALSE:
            return False
        raise SettingsError(f"{name} must be true or false; got {raw!r}")
