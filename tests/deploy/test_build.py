"""The Lambda artifact built by `lambda/Makefile` (what `sam build` runs), without Docker."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cfn import ROOT
from tools.artifact_report import report

RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer")  # in the Lambda Python runtime
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
    out = tmp_path_factory.mktemp("artifact")
    built = subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT / "lambda"),
            "build-MemoryKeeperFunction",
            f"ARTIFACTS_DIR={out}",
            f"PYTHON={sys.executable}",
            "RUNTIME_PYTHON=",  # as on a machine without python3.14 (this one)
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "the artifact ships without bytecode" in built.stdout, built.stdout
    yield out


def test_the_artifact_has_the_code_and_the_runtime_dependencies(artifact: Path) -> None:
    for name in ("app.py", "memory_keeper", "attribute_store", *RUNTIME_DEPENDENCIES):
        assert (artifact / name).exists() or (artifact / f"{name}.py").exists(), name


def test_the_artifact_has_no_boto3_tests_dev_tools_or_caches(artifact: Path) -> None:
    for name in (*RUNTIME_PROVIDED, *NEVER_SHIPPED):
        assert not (artifact / name).exists(), name
    assert not list(artifact.rglob("__pycache__"))
    assert not list(artifact.rglob("*.pyc"))


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


def test_the_runtimes_python_compiles_the_artifact_so_lambda_need_not(tmp_path: Path) -> None:
    # This machine's Python stands in for python3.14, which only the Lambda runtime has.
    shutil.copytree(ROOT / "lambda" / "memory_keeper", tmp_path / "memory_keeper")
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    done = _bytecode(
        tmp_path, f"RUNTIME_PYTHON={sys.executable}", f"LAMBDA_PYTHON_VERSION={version}"
    )
    assert done.returncode == 0, done.stderr
    module = tmp_path / "memory_keeper" / "notebook.py"
    cached = Path(importlib.util.cache_from_source(str(module)))
    flags = int.from_bytes(cached.read_bytes()[4:8], "little")
    assert flags == 0b11, "checked-hash bytecode: used whatever the zip does to mtimes"
    # Loaded from it by a process that may not write bytecode (as Lambda's read-only /var/task).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPYCACHEPREFIX"}
    used = subprocess.run(
        [sys.executable, "-B", "-v", "-c", "import memory_keeper.notebook"],
        env={**env, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"code object from '{cached}'" in used.stderr


def test_bytecode_from_another_python_is_refused_in_one_line(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "lambda" / "memory_keeper", tmp_path / "memory_keeper")
    done = _bytecode(tmp_path, f"RUNTIME_PYTHON={sys.executable}", "LAMBDA_PYTHON_VERSION=3.99")
    assert done.returncode != 0
    assert f"RUNTIME_PYTHON {sys.executable} is Python" in done.stderr
    assert "not 3.99: Lambda would ignore its bytecode" in done.stderr
    assert not list(tmp_path.rglob("*.pyc"))


def test_compiled_parts_are_built_for_lambda_arm64_python_3_14(artifact: Path) -> None:
    extensions = list(artifact.rglob("*.so"))
    assert extensions, "expected charset_normalizer's compiled speedups"
    assert all("cpython-314-aarch64-linux-gnu" in path.name for path in extensions), extensions


def test_the_artifact_runs_with_only_what_lambda_provides(artifact: Path, tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    import boto3

    site_packages = Path(str(boto3.__file__)).parent.parent
    for name in RUNTIME_PROVIDED:
        (runtime / name).symlink_to(site_packages / name)
    event = (ROOT / "tests" / "events" / "launch.json").read_text()
    code = (
        "import json, sys; "
        f"sys.path[:0] = [{str(artifact)!r}, {str(runtime)!r}]; "
        "import app; "
        f"print(json.dumps(app.handler(json.loads({event!r}), None)))"
    )
    env = {
        "PATH": os.environ.get("PATH", ""),
        "LOCAL_STORE_PATH": str(tmp_path / "store.sqlite3"),
        "POWERTOOLS_METRICS_DISABLED": "true",
        "POWERTOOLS_LOG_LEVEL": "ERROR",
    }
    result = subprocess.run(
        [sys.executable, "-S", "-B", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    response = json.loads(result.stdout.strip().splitlines()[-1])
    assert "Welcome to Memory Keeper" in response["response"]["outputSpeech"]["ssml"]


def test_the_artifact_stays_small(artifact: Path) -> None:
    summary = report(artifact)
    print(summary)
    zipped_mb = float(summary.split(" MB zipped")[0].rsplit(", ", 1)[1])
    assert zipped_mb < 5, summary  # 3.8 MB when measured; bundling boto3 would add several MB
