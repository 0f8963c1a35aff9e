"""The Lambda artifact as deployed, and a cold start of it on the runtime's stand-in.

Shared by the build tests (`tests/deploy/test_build.py`) and `make bench`:

- `build_artifact`: what `sam build` ships, built by `lambda/Makefile` exactly as `sam build` runs
  it (with bytecode when the runtime's Python is here);
- `build_stock_artifact`: the stock pattern as `sam build`'s Python workflow would package it: the
  same skill over the stock ASK DynamoDB adapter (`tools/stock.py`), boto3 bundled (the official
  samples list it in requirements.txt), no bytecode (that workflow unpacks wheels and never
  compiles);
- `cold_start`: a new process of the runtime's Python (`.venv-lambda`: Python 3.13 with the boto3
  that runtime ships) with the artifact first on `sys.path`, as in Lambda, that may not write
  bytecode (Lambda's code is read-only), importing the handler module and answering one request.
  It reports when it was ready and when it had answered, and which of the artifact's files it had
  to compile from source.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "LAMBDA_VENV",
    "ROOT",
    "ArtifactError",
    "ColdStart",
    "build_artifact",
    "build_stock_artifact",
    "cold_start",
    "runtime_python",
    "runtime_version",
]

ROOT = Path(__file__).resolve().parents[1]
LAMBDA_VENV = ROOT / ".venv-lambda"
# What the stock pattern bundles beside lambda/requirements.txt: the boto3 of the day, as pinned
# for local use (requirements-tools.txt).
STOCK_EXTRA = ("boto3", "botocore", "s3transfer")
LAMBDA_PLATFORM = "manylinux2014_aarch64"
# The stock pattern's handler module: the same skill over ask_sdk_dynamodb's adapter.
STOCK_APP = '''"""The stock pattern: Memory Keeper's skill over the stock DynamoDbAdapter."""
import os

from attribute_store.dynamodb import DynamoDbConfig
from memory_keeper.settings import Settings
from memory_keeper.skill import build_skill, lambda_handler
from stock import stock_adapter

config = DynamoDbConfig(
    table_name=os.environ["TABLE_NAME"],
    region=os.environ["AWS_REGION"],
    endpoint_url=os.environ.get("DYNAMODB_ENDPOINT"),
)
handler = lambda_handler(build_skill(Settings(), adapter=stock_adapter(config)))
'''
# The child: it reads the request first, then imports the handler module ("ready", the end of
# Lambda's init phase) and answers (the first invocation). With COUNT_COMPILES it records every
# file under the artifact that it had to compile from source (the "compile" audit event, which
# loading valid bytecode never raises); the hook costs time, so timed runs go without it.
_CHILD = r"""
import sys, time
_compiled = []
if __import__("os").environ.get("COUNT_COMPILES"):
    def _audit(event, args, _root=__import__("os").environ["ARTIFACT"]):
        if event == "compile" and isinstance(args[1], str) and args[1].startswith(_root):
            _compiled.append(args[1])
    sys.addaudithook(_audit)
import importlib, json, os, re
event = json.loads(sys.stdin.read())
module = importlib.import_module(os.environ["HANDLER_MODULE"])
ready = time.clock_gettime(time.CLOCK_MONOTONIC)
response = module.handler(event, None)
answered = time.clock_gettime(time.CLOCK_MONOTONIC)
root = os.environ["ARTIFACT"]
loaded = [
    module for module in list(sys.modules.values())
    if (getattr(module, "__file__", None) or "").startswith(root)
]
import botocore
print(json.dumps({
    "ready": ready,
    "answered": answered,
    "peak_kib": int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read())[1]),
    "python": "%d.%d" % sys.version_info[:2],
    "botocore": botocore.__version__,
    "botocore_file": botocore.__file__,
    "compiled": _compiled,
    "from_artifact": len(loaded),
    "response": response,
}))
"""


class ArtifactError(RuntimeError):
    """An artifact could not be built, or the runtime's stand-in is missing."""


def runtime_version() -> str:
    """The Python minor version the artifact is built for (lambda/Makefile's)."""
    return _make("runtime-version").strip()


def runtime_python() -> Path:
    """The runtime's stand-in interpreter (`make setup` creates `.venv-lambda`)."""
    python = LAMBDA_VENV / "bin" / "python"
    if not (LAMBDA_VENV / ".installed").exists():
        raise ArtifactError(f"{LAMBDA_VENV} is missing: run `make setup` (it needs Python 3.13)")
    return python


def _make(target: str, *variables: str, timeout: float = 60) -> str:
    try:
        done = subprocess.run(
            ["make", "-s", "--no-print-directory", "-C", str(ROOT / "lambda"), target, *variables],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.CalledProcessError as exc:
        raise ArtifactError(f"make {target} failed: {exc.stderr.strip()}") from exc
    return done.stdout


def build_artifact(into: Path, *variables: str) -> str:
    """`lambda/Makefile`'s build into `into` (as `sam build` runs it); returns its output.
    `variables` are extra make variables (`RUNTIME_PYTHON=` builds without bytecode)."""
    return _make(
        "build-MemoryKeeperFunction",
        f"ARTIFACTS_DIR={into}",
        f"PYTHON={sys.executable}",
        *variables,
        timeout=600,
    )


def build_stock_artifact(into: Path) -> None:
    """The stock pattern as `sam build` packages it: boto3 bundled, no bytecode."""
    build_artifact(into, "RUNTIME_PYTHON=")
    pins = (ROOT / "requirements-tools.txt").read_text(encoding="utf-8").splitlines()
    extra = [line.strip() for line in pins if line.split("==")[0].strip() in STOCK_EXTRA]
    if len(extra) != len(STOCK_EXTRA):
        raise ArtifactError(f"requirements-tools.txt pins {extra}, expected {STOCK_EXTRA}")
    # The packages are pure Python: one wheel each, for any platform.
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    wheels = ["--no-deps", "--no-compile", "--only-binary=:all:", "--implementation", "cp"]
    platform = ["--platform", LAMBDA_PLATFORM, "--python-version", runtime_version()]
    subprocess.run(
        [*pip, *wheels, *platform, "--target", str(into), *extra],
        check=True,
        capture_output=True,
        timeout=300,
    )
    shutil.rmtree(into / "bin", ignore_errors=True)
    shutil.copy2(ROOT / "tools" / "stock.py", into / "stock.py")
    (into / "stock_app.py").write_text(STOCK_APP, encoding="utf-8")
    for cache in list(into.rglob("__pycache__")):
        shutil.rmtree(cache)


@dataclass
class ColdStart:
    """One cold start: milliseconds from the spawn until the handler module was imported
    (`ready_ms`, Lambda's init) and until the first request was answered (`answered_ms`)."""

    ready_ms: float
    answered_ms: float
    peak_mb: float
    python: str
    botocore: str
    botocore_file: str
    compiled: list[str]
    from_artifact: int
    response: dict[str, Any]


def cold_start(
    artifact: Path,
    handler_module: str,
    event: dict[str, Any],
    env: dict[str, str],
    *,
    count_compiles: bool = False,
) -> ColdStart:
    """Spawn the runtime's Python on `artifact`, import `handler_module`, answer `event`.

    `env` is the function's environment (TABLE_NAME, ...); nothing else of this process's
    environment reaches the child but PATH. The child may not write bytecode."""
    artifact = artifact.resolve()
    child_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        **env,
        "PYTHONPATH": str(artifact),
        "ARTIFACT": str(artifact),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HANDLER_MODULE": handler_module,
    }
    if count_compiles:
        child_env["COUNT_COMPILES"] = "1"
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run(
        [str(runtime_python()), "-s", "-c", _CHILD],
        input=json.dumps(event),
        env=child_env,
        cwd=artifact,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise ArtifactError(f"the cold start of {handler_module} failed:\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return ColdStart(
        ready_ms=(report["ready"] - started) * 1000,
        answered_ms=(report["answered"] - started) * 1000,
        peak_mb=report["peak_kib"] / 1024,
        python=report["python"],
        botocore=report["botocore"],
        botocore_file=report["botocore_file"],
        compiled=report["compiled"],
        from_artifact=report["from_artifact"],
        response=report["response"],
    )
