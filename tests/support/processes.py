"""Run the project's Python in a separate process, as a developer would from the repository root."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["ROOT", "run_python"]

ROOT = Path(__file__).resolve().parents[2]  # no yaml here: the botocore-1.35 run imports this


def run_python(
    args: list[str],
    *,
    env: Mapping[str, str] | None = None,
    drop: Iterable[str] = (),
    stdin: str = "",
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """`python ARGS` from the repository root with `lambda/` and the root importable.

    `env` adds or overrides variables of this process's environment; `drop` removes some
    (e.g. a region the developer's shell might not have).
    """
    environment = {**os.environ, "PYTHONPATH": "lambda:.", **(env or {})}
    for name in drop:
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=check,
    )
