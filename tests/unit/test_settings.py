from __future__ import annotations

import pytest

from memory_keeper.settings import Settings, SettingsError


def test_defaults_use_the_embedded_store() -> None:
    settings = Settings.from_env({})
    assert not settings.uses_dynamodb
    assert settings.local_store_path == ".local/memory-keeper.sqlite3"
    assert (settings.partition_key_name, settings.partition_key_source) == ("userId", "user")


def test_values_are_read_and_trimmed() -> None:
    settings = Settings.from_env(
        {
            "TABLE_NAME": " notes ",
            "AWS_REGION": "eu-west-1",
            "PARTITION_KEY_SOURCE": "Person",
            "SKILL_ID": "amzn1.ask.skill.x",
        }
    )
    assert settings.table_name == "notes"
    assert settings.partition_key_source == "person"
    assert settings.skill_id == "amzn1.ask.skill.x"


def test_a_local_endpoint_needs_no_region() -> None:
    settings = Settings.from_env({"TABLE_NAME": "t", "DYNAMODB_ENDPOINT": "http://127.0.0.1:8000"})
    assert settings.region == "us-east-1"
    assert Settings.from_env({"TABLE_NAME": "t", "AWS_REGION": "eu-west-1"}).region == "eu-west-1"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"PARTITION_KEY_SOURCE": "household"}, "PARTITION_KEY_SOURCE"),
        ({"MAX_ITEM_BYTES": "lots"}, "MAX_ITEM_BYTES"),
        ({"MAX_ITEM_BYTES": "500000"}, "MAX_ITEM_BYTES"),
        ({"SAVE_ATTEMPTS": "0"}, "SAVE_ATTEMPTS"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        Settings.from_env(env)
