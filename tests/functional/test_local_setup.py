"""A newcomer's first minutes: `make chat` on a small runtime virtualenv, and on local DynamoDB."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cfn import ROOT
from tests.support.processes import run_python

# Imports every module a conversation and an invoke touch, then names their distributions.
_DISTRIBUTIONS_USED = """
import importlib.metadata, io, json, sys
sys.stdin = io.StringIO("my keys are on the hook\\nwhere are my keys\\n")
from tools import chat, invoke
chat.main(["--user", "u1"])
invoke.main(["tests/events/launch.json"])
owners = importlib.metadata.packages_distributions()
used = {d for m in list(sys.modules) for d in owners.get(m.split(".")[0], [])}
print(json.dumps(sorted(used)), file=sys.stderr)
"""


def _pinned(requirements: Path) -> set[str]:
    names: set[str] = set()
    for line in requirements.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("-r "):
            names |= _pinned(requirements.parent / line[3:].strip())
        elif line:
            names.add(_normal(re.split(r"[=<>\[]", line)[0]))
    return names


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_chat_and_invoke_need_only_the_runtime_set(tmp_path: Path) -> None:
    result = run_python(
        ["-c", _DISTRIBUTIONS_USED],
        env={"LOCAL_STORE_PATH": str(tmp_path / "s.sqlite3")},
        drop=["TABLE_NAME"],
    )
    used = {_normal(name) for name in json.loads(result.stderr.strip().splitlines()[-1])}
    runtime = _pinned(ROOT / "requirements-tools.txt")
    used -= {"pip", "setuptools"}  # every virtualenv has them (setuptools' .pth hook loads)
    assert used, "no distribution found: the check would prove nothing"
    assert used <= runtime, f"imported but not in requirements-tools.txt: {used - runtime}"
    assert not {"pytest", "mypy", "hypothesis", "cfn-lint", "sympy"} & runtime


@pytest.mark.parametrize("target", ["chat", "invoke"])
def test_chat_and_invoke_set_up_the_runtime_virtualenv_not_the_dev_one(target: str) -> None:
    plan = subprocess.run(
        ["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "-r requirements-tools.txt" in plan
    assert "requirements-dev.txt" not in plan
    assert ".venv-run/bin/python -m tools." in plan


def _make_chat(user: str, line: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LOCAL_DYNALITE_PATH": str(data)}
    for name in ("TABLE_NAME", "DYNAMODB_ENDPOINT", "AWS_REGION", "AWS_DEFAULT_REGION"):
        env.pop(name, None)
    return subprocess.run(
        ["make", "--no-print-directory", "chat", "STORE=dynamodb", f"USER={user}"],
        input=line,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )


def test_make_chat_store_dynamodb_as_the_readme_says(tmp_path: Path) -> None:
    data = tmp_path / "dynalite"
    first = _make_chat("u1", "my keys are on the hook\n", data)
    assert "Got it. Your keys are on the hook." in first.stdout
    second = _make_chat("u1", "where are my keys\n", data)  # a new process, a new dynalite
    assert "Your keys are on the hook." in second.stdout
    assert (
        "I don't know where your keys are yet."
        in _make_chat("u2", "where are my keys\n", data).stdout
    )
    assert any(data.iterdir()), "nothing persisted in the data folder"
    for run in (first, second):
        url = re.search(r"DynamoDB on (http://127\.0\.0\.1:(\d+))", run.stderr)
        assert url, run.stderr
        with pytest.raises(OSError):  # stopped on exit
            socket.create_connection(("127.0.0.1", int(url.group(2))), timeout=1).close()


def test_a_killed_dynamodb_chat_still_stops_its_dynalite(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": "lambda:.", "LOCAL_DYNALITE_PATH": str(tmp_path / "d")}
    chat = subprocess.Popen(
        [sys.executable, "-m", "tools.chat", "--user", "u1", "--store", "dynamodb"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert chat.stdin is not None and chat.stdout is not None and chat.stderr is not None
    chat.stdin.write("my keys are on the hook\n")
    chat.stdin.flush()
    started = chat.stderr.readline()
    url = re.search(r"DynamoDB on http://127\.0\.0\.1:(\d+)", started)
    assert url, started
    while "Got it" not in chat.stdout.readline():
        pass
    chat.send_signal(signal.SIGTERM)
    chat.communicate(timeout=60)
    assert chat.returncode == 128 + signal.SIGTERM
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(url.group(1))), timeout=1).close()
