"""The distribution: what `make dist` builds is the whole package, says what it needs, names
nothing of the skill it came from, and is what the tests import (`make test` runs them on the
wheel's installation, `STORE_UNDER_TEST`)."""

from __future__ import annotations

import email
import os
import re
import tomllib
import zipfile
from pathlib import Path

import pytest

import attribute_store

PROJECT = Path(__file__).resolve().parents[1]
ROOT = PROJECT.parent
PYPROJECT = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PYPROJECT["version"]
WHEEL = ROOT / "dist" / f"skill_attribute_store-{VERSION}-py3-none-any.whl"
OLDEST_BOTOCORE = "1.29.164"  # the first with ReturnValuesOnConditionCheckFailure


@pytest.fixture(scope="module")
def wheel() -> zipfile.ZipFile:
    if not WHEEL.exists():
        pytest.fail(f"{WHEEL.relative_to(ROOT)} is missing: run `make dist`")
    return zipfile.ZipFile(WHEEL)


def test_the_store_under_test_is_the_installed_wheel() -> None:
    installed = os.environ.get("STORE_UNDER_TEST")
    if not installed:
        pytest.skip("make test names the wheel's installation in STORE_UNDER_TEST")
    module = Path(attribute_store.__file__).resolve()
    assert module.is_relative_to(Path(installed).resolve()), module


def test_the_wheel_holds_every_file_of_the_package(wheel: zipfile.ZipFile) -> None:
    source = PROJECT / "src" / "attribute_store"
    expected = {
        f"attribute_store/{path.relative_to(source)}"
        for path in source.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    packaged = {name for name in wheel.namelist() if name.startswith("attribute_store/")}
    assert packaged == expected
    assert {"attribute_store/py.typed", "attribute_store/endpoints_dynamodb.json"} <= packaged


def test_the_metadata_says_what_it_needs(wheel: zipfile.ZipFile) -> None:
    metadata = email.message_from_bytes(
        wheel.read(f"skill_attribute_store-{VERSION}.dist-info/METADATA")
    )
    assert metadata["Name"] == "skill-attribute-store"
    assert metadata["Version"] == VERSION
    assert metadata["Requires-Python"] == ">=3.11"
    requires = metadata.get_all("Requires-Dist") or []
    assert f"botocore>={OLDEST_BOTOCORE}" in requires
    assert "ask-sdk-core>=1.19.0" in requires
    assert not any(name.startswith(("boto3", "ask-sdk-dynamodb")) for name in requires)
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    body = wheel.read(f"skill_attribute_store-{VERSION}.dist-info/METADATA").decode("utf-8")
    assert body.split("\n\n", 1)[1].strip() == readme.strip()  # the README, as UTF-8


def test_the_name_is_not_amazons() -> None:
    assert not PYPROJECT["name"].startswith(("ask-sdk", "alexa", "amazon", "aws"))


def test_the_package_names_nothing_of_the_skill_it_came_from(wheel: zipfile.ZipFile) -> None:
    for name in wheel.namelist():
        text = wheel.read(name).decode("utf-8", "replace").lower()
        for word in ("memory keeper", "memory_keeper", "memory-keeper", "notebook"):
            assert word not in text, f"{name} mentions {word!r}"


def test_the_changelog_names_this_version_first() -> None:
    changelog = (PROJECT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)", changelog, flags=re.MULTILINE)
    assert versions and versions[0] == VERSION


def test_the_botocore_under_test_is_the_one_this_run_claims() -> None:
    """`make test-store` runs this suite on the oldest botocore claimed too."""
    import botocore

    expected = os.environ.get("EXPECTED_BOTOCORE")
    if not expected:
        pytest.skip("EXPECTED_BOTOCORE names the botocore of a run on another botocore")
    assert botocore.__version__ == expected
