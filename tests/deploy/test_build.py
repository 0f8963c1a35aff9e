"""The Lambda artifact built by `lambda/Makefile` (what `sam build` runs), without Docker: its
contents, its bytecode for the template's runtime, and a cold start of it on that runtime's Python
with the botocore that runtime ships."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from attribute_store.dynamodb import DynamoDbConfig, DynamoDbStore, create_table_if_missing
from tests.support.cfn import ROOT, load_template
from tools.artifact_report import bytecode_tags, report
from tools.dynamodb_servers import running_dynalite
from tools.lambda_artifact import (
    ArtifactError,
    build_artifact,
    build_stock_artifact,
    cold_start,
    runtime_python,
    runtime_version,
)
from tools.settings_api import SettingsApi

RUNTIME_VERSION = runtime_version()  # lambda/Makefile's LAMBDA_PYTHON_VERSION
TAG = "cpython-" + RUNTIME_VERSION.replace(".", "")
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer")  # in the Lambda Python runtime
# The Lambda python3.13 runtime's boto3 is months behind PyPI: requirements-lambda-runtime.txt.
RUNTIME_BOTOCORE = "1.35.99"
RUNTIME_DEPENDENCIES = (
    "ask_sdk_core",
    "ask_sdk_model",
    "ask_sdk_runtime",
    "ask_sdk_dynamodb",
    "aws_lambda_powertools",
    "amazondax",
    "antlr4",
    "requests",
    "urllib3",
)
NEVER_SHIPPED = (
    "tests",
    "tools",
    "skill-package",
    "node_modules",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "cfnlint",
    "samtranslator",
    "parliament",
    "bin",
    "Makefile",
)


@pytest.fixture(scope="module")
def artifact(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """What `make build` ships on this machine: with bytecode from the runtime's Python, which
    lambda/Makefile finds by itself (python3.13 on PATH or pyenv's 3.13.x)."""
    out = tmp_path_factory.mktemp("artifact")
    built = build_artifact(out)
    assert f"(Python {RUNTIME_VERSION})" in built, built
    yield out


def test_the_artifact_has_the_code_and_the_runtime_dependencies(artifact: Path) -> None:
    for name in ("app.py", "memory_keeper", "attribute_store", *RUNTIME_DEPENDENCIES):
        assert (artifact / name).exists() or (artifact / f"{name}.py").exists(), name


def test_the_store_is_installed_from_its_wheel(artifact: Path) -> None:
    """As any skill would install it: the distribution's metadata beside the package."""
    assert (artifact / "attribute_store" / "py.typed").exists()
    assert len(list(artifact.glob("skill_attribute_store-*.dist-info"))) == 1


def test_the_suite_imports_the_store_from_its_wheel() -> None:
    """`make test` runs the suite on the wheel's installation (STORE_UNDER_TEST)."""
    import attribute_store

    installed = os.environ.get("STORE_UNDER_TEST")
    if not installed:
        pytest.skip("make test names the wheel's installation in STORE_UNDER_TEST")
    assert Path(attribute_store.__file__).resolve().is_relative_to(Path(installed).resolve())


def test_the_artifact_has_no_boto3_tests_dev_tools_or_caches(artifact: Path) -> None:
    for name in (*RUNTIME_PROVIDED, *NEVER_SHIPPED):
        assert not (artifact / name).exists(), name
    foreign = [path for path in artifact.rglob("*.pyc") if f".{TAG}.pyc" not in path.name]
    assert foreign == []


def test_the_build_is_for_the_templates_runtime() -> None:
    function = load_template()["Resources"]["MemoryKeeperFunction"]["Properties"]
    assert function["Runtime"] == f"python{RUNTIME_VERSION}"
    assert function["Architectures"] == ["arm64"]  # lambda/Makefile's manylinux2014_aarch64


def test_every_module_ships_bytecode_for_the_runtime(artifact: Path) -> None:
    modules, tags = bytecode_tags(artifact)
    assert modules > 1000  # the skill and its packages: 1,344 when measured
    assert dict(tags) == {TAG: modules}
    # Checked-hash bytecode: used whatever the zip does to modification times.
    cached = artifact / "memory_keeper" / "__pycache__" / f"notebook.{TAG}.pyc"
    assert int.from_bytes(cached.read_bytes()[4:8], "little") == 0b11


def test_on_the_runtimes_python_the_artifact_answers_from_its_bytecode(
    artifact: Path, settings_api: SettingsApi
) -> None:
    """A cold start as in Lambda: the runtime's Python (3.13) with the botocore that runtime
    ships, the artifact first on sys.path and not writable, one request answered on a DynamoDB
    API. Not one of the artifact's files is compiled from source on the way."""
    event = json.loads((ROOT / "tests" / "events" / "remember.json").read_text())
    event["context"]["System"]["apiEndpoint"] = settings_api.url
    with running_dynalite() as url:
        config = DynamoDbConfig("memory-keeper", region="us-east-1", endpoint_url=url)
        create_table_if_missing(config)
        environment = {
            "TABLE_NAME": config.table_name,
            "SKILL_ID": event["context"]["System"]["application"]["applicationId"],
            "DYNAMODB_ENDPOINT": url,
            "AWS_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "local",
            "AWS_SECRET_ACCESS_KEY": "local",
            "POWERTOOLS_METRICS_DISABLED": "true",
            "POWERTOOLS_LOG_LEVEL": "ERROR",
        }
        started = cold_start(artifact, "app", event, environment, count_compiles=True)
        saved = DynamoDbStore.connect(config).load(event["context"]["System"]["user"]["userId"])
    assert started.python == RUNTIME_VERSION
    assert started.botocore == RUNTIME_BOTOCORE
    assert started.botocore_file.startswith(str(runtime_python().parent.parent))
    assert started.from_artifact > 300  # the skill, the ASK SDK, Powertools, ...
    assert started.compiled == []
    assert "Got it" in started.response["response"]["outputSpeech"]["ssml"]
    assert "passport" in json.dumps(saved.attributes)


def test_the_count_of_compiled_files_sees_an_artifact_without_bytecode(
    artifact: Path, tmp_path: Path
) -> None:
    """The check above can fail: the same cold start from sources counts every module."""
    event = json.loads((ROOT / "tests" / "events" / "launch.json").read_text())
    environment = {
        "LOCAL_STORE_PATH": str(tmp_path / "store.sqlite3"),
        "POWERTOOLS_METRICS_DISABLED": "true",
        "POWERTOOLS_LOG_LEVEL": "ERROR",
    }
    sources = tmp_path / "sources"
    shutil.copytree(artifact, sources, ignore=shutil.ignore_patterns("__pycache__"))
    started = cold_start(sources, "app", event, environment, count_compiles=True)
    assert len(started.compiled) >= started.from_artifact > 300
    assert "Welcome to Memory Keeper" in started.response["response"]["outputSpeech"]["ssml"]


def test_without_the_runtime_stand_in_the_cold_start_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tools.lambda_artifact

    monkeypatch.setattr(tools.lambda_artifact, "LAMBDA_VENV", tmp_path / ".venv-lambda")
    with pytest.raises(ArtifactError, match="run `make setup`"):
        runtime_python()


def _bytecode(directory: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT / "lambda"),
            "bytecode",
            f"BYTECODE_DIR={directory}",
            *variables,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_bytecode_from_another_python_is_refused_in_one_line(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "lambda" / "memory_keeper", tmp_path / "memory_keeper")
    done = _bytecode(tmp_path, f"RUNTIME_PYTHON={sys.executable}")
    other = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert other != RUNTIME_VERSION  # the tests run on the project's Python, not the runtime's
    assert done.returncode != 0
    assert (
        f"RUNTIME_PYTHON {sys.executable} is Python {other}, not {RUNTIME_VERSION}: "
        "Lambda would ignore its bytecode"
    ) in done.stderr
    assert not list(tmp_path.rglob("*.pyc"))


def test_without_the_runtimes_python_the_build_says_so_and_ships_sources(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "lambda" / "memory_keeper", tmp_path / "memory_keeper")
    done = _bytecode(tmp_path, "RUNTIME_PYTHON=")
    assert done.returncode == 0, done.stderr
    assert f"note: no Python {RUNTIME_VERSION} found" in done.stdout
    assert not list(tmp_path.rglob("*.pyc"))


def test_the_runtimes_python_is_found_without_being_named() -> None:
    found = subprocess.run(
        ["make", "-s", "-C", str(ROOT / "lambda"), "runtime-python"],
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in os.environ.items() if key != "RUNTIME_PYTHON"},
    ).stdout.strip()
    version = subprocess.run(
        [found, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert version == RUNTIME_VERSION


def test_compiled_parts_are_built_for_lambda_arm64_and_the_runtime(artifact: Path) -> None:
    extensions = list(artifact.rglob("*.so"))
    assert extensions, "expected charset_normalizer's compiled speedups"
    assert all(f"{TAG}-aarch64-linux-gnu" in path.name for path in extensions), extensions


def test_the_artifact_stays_small(artifact: Path) -> None:
    summary = report(artifact)
    print(summary)
    zipped_mb = float(summary.split(" MB zipped")[0].rsplit(", ", 1)[1])
    # 7.9 MB with bytecode when measured; bundling boto3 would add over 10 MB
    assert zipped_mb < 10, summary


def test_the_as_deployed_bench_compares_the_two_artifacts(
    artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make bench`'s as-deployed cold start, in one tiny run: its machinery, not its speed."""
    from tools.bench_persistence import as_deployed

    stock = tmp_path / "stock"
    build_stock_artifact(stock)
    assert (stock / "boto3").is_dir() and (stock / "botocore").is_dir()  # bundled, as sam does
    assert bytecode_tags(stock)[1] == {}  # sam build's Python workflow never compiles
    with running_dynalite() as url:
        create_table_if_missing(DynamoDbConfig("bench-cold", region="us-east-1", endpoint_url=url))
        as_deployed(url, "bench-cold", runs=1, ours=artifact, stock=stock)
    out = capsys.readouterr().out
    assert f"a cold start on Python {RUNTIME_VERSION}" in out, out
    rows = {
        line[3:20].strip(): line[20:].split()
        for line in out.splitlines()
        if line[3:20].strip() in ("stock, sam build", "ours, no bytecode", "ours, make build")
    }
    assert len(rows) == 3, out
    modules, compiled = int(rows["ours, make build"][0]), int(rows["ours, make build"][1])
    assert modules == bytecode_tags(artifact)[0] and compiled == 0, out
    for name in ("stock, sam build", "ours, no bytecode"):  # compiled at import, every module
        assert int(rows[name][1]) > 300, out
    assert rows["stock, sam build"][3] == rows["stock, sam build"][5] == "1.00", out  # baseline
    assert all(float(figure) > 0 for row in rows.values() for figure in row[2:]), out
