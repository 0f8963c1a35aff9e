from __future__ import annotations

from pathlib import Path

import pytest

from memory_keeper.settings import DEFAULT_LOCAL_STORE_PATH, Settings, SettingsError


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
    local = {"TABLE_NAME": "t", "ALLOW_ANY_SKILL_ID": "true"}
    settings = Settings.from_env({**local, "DYNAMODB_ENDPOINT": "http://127.0.0.1:8000"})
    assert settings.region == "us-east-1"
    assert Settings.from_env({**local, "AWS_REGION": "eu-west-1"}).region == "eu-west-1"


TABLE = {"TABLE_NAME": "t", "AWS_REGION": "eu-west-1"}
SKILL = {"SKILL_ID": "amzn1.ask.skill.x"}
IN_LAMBDA = {"AWS_LAMBDA_FUNCTION_NAME": "memory-keeper-skill"}


def test_a_table_needs_a_skill_id_unless_explicitly_opted_out_outside_lambda() -> None:
    with pytest.raises(SettingsError, match=r"SKILL_ID must be set with TABLE_NAME.*ALLOW_ANY"):
        Settings.from_env(TABLE)
    assert Settings.from_env({**TABLE, "ALLOW_ANY_SKILL_ID": "true"}).skill_id is None
    with pytest.raises(SettingsError, match="ALLOW_ANY_SKILL_ID is for local use only"):
        Settings.from_env({**TABLE, **IN_LAMBDA, **SKILL, "ALLOW_ANY_SKILL_ID": "true"})
    assert Settings.from_env({**TABLE, **IN_LAMBDA, **SKILL}).skill_id == SKILL["SKILL_ID"]
    assert Settings.from_env({**IN_LAMBDA}).skill_id is None  # SQLite: nothing to protect


def test_dax_is_encrypted_unless_explicitly_allowed() -> None:
    host = "c.abc.dax-clusters.eu-west-1.amazonaws.com"
    daxs, dax = f"daxs://{host}", f"dax://{host}"
    assert Settings.from_env({**TABLE, **SKILL, "DAX_ENDPOINT": daxs}).dax_endpoint == daxs
    assert Settings.from_env({**TABLE, **SKILL, "DAX_ENDPOINT": host}).dax_endpoint == daxs
    with pytest.raises(SettingsError, match=r"DAX_ENDPOINT is dax:// .*ALLOW_UNENCRYPTED_DAX"):
        Settings.from_env({**TABLE, **SKILL, "DAX_ENDPOINT": dax})
    allowed = {**TABLE, **SKILL, "DAX_ENDPOINT": dax, "ALLOW_UNENCRYPTED_DAX": "true"}
    assert Settings.from_env(allowed).dax_endpoint == dax
    assert Settings.from_env({**allowed, **IN_LAMBDA}).dax_endpoint == dax  # the template's switch
    with pytest.raises(SettingsError, match="DAX_ENDPOINT must be daxs://"):
        Settings.from_env({**TABLE, **SKILL, "DAX_ENDPOINT": "http://dax"})


@pytest.mark.parametrize("name", ["DYNAMODB_ENDPOINT", "DAX_ENDPOINT"])
def test_an_endpoint_without_a_table_is_refused_instead_of_silently_using_sqlite(
    name: str,
) -> None:
    with pytest.raises(SettingsError, match=f"{name} is set but TABLE_NAME is not"):
        Settings.from_env({name: "http://127.0.0.1:8000"})


def test_a_missing_region_names_the_local_alternative() -> None:
    with pytest.raises(SettingsError, match=r"AWS_REGION.*DYNAMODB_ENDPOINT"):
        Settings.from_env({"TABLE_NAME": "t", **SKILL})


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


FLAGS = ("CONSISTENT_READ", "CREATE_TABLE", "ALLOW_ANY_SKILL_ID", "ALLOW_UNENCRYPTED_DAX")


def test_every_boolean_setting_is_a_flag_of_its_own() -> None:
    # The list above is every boolean field: a new one must join it (and the tests below).
    fields = Settings.__dataclass_fields__.values()
    booleans = {field.name.upper() for field in fields if field.type in ("bool", bool)}
    assert booleans == set(FLAGS)


@pytest.mark.parametrize("name", FLAGS)
@pytest.mark.parametrize("raw", ["yes", "no", "1", "0", "on", "off", "maybe", "truee"])
def test_a_boolean_takes_only_true_or_false(name: str, raw: str) -> None:
    with pytest.raises(SettingsError, match=rf"^{name} must be true or false; got '{raw}'$"):
        Settings.from_env({**TABLE, **SKILL, name: raw})


@pytest.mark.parametrize("name", FLAGS)
def test_true_and_false_are_read_in_any_case_and_empty_is_unset(name: str) -> None:
    field = name.lower()
    for raw, value in [("true", True), ("TRUE", True), ("False", False), ("false", False)]:
        assert getattr(Settings.from_env({**TABLE, **SKILL, name: raw}), field) is value
    default = getattr(Settings(), field)
    assert getattr(Settings.from_env({**TABLE, **SKILL, name: " "}), field) is default


def test_a_store_path_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "notes.sqlite3"
    with pytest.raises(SettingsError, match=r"^LOCAL_STORE_PATH is .*typo/notes\.sqlite3'.* not"):
        Settings.from_env({"LOCAL_STORE_PATH": str(missing)})
    assert not missing.parent.exists()
    there = tmp_path / "notes.sqlite3"
    assert Settings.from_env({"LOCAL_STORE_PATH": str(there)}).local_store_path == str(there)


def test_the_default_store_path_is_made_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no .local/ here
    for env in ({}, {"LOCAL_STORE_PATH": DEFAULT_LOCAL_STORE_PATH}):
        assert Settings.from_env(env).local_store_path == DEFAULT_LOCAL_STORE_PATH
    with pytest.raises(SettingsError, match="LOCAL_STORE_PATH"):
        Settings.from_env({"LOCAL_STORE_PATH": ".locall/memory-keeper.sqlite3"})
