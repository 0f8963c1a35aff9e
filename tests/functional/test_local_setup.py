"""A newcomer's first minutes: `make chat` on a small runtime virtualenv, and on local DynamoDB."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cfn import ROOT
from tests.support.processes import run_python
from tools.dynamodb_servers import java_missing

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


def _make(
    target: str, user: str, data: Path, stdin: str = "", path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`make TARGET STORE=dynamodb USER=user` as the README says, its data under `data`."""
    env = {**os.environ, "LOCAL_DYNAMODB_PATH": str(data)}
    for name in ("TABLE_NAME", "DYNAMODB_ENDPOINT", "AWS_REGION", "AWS_DEFAULT_REGION"):
        env.pop(name, None)
    if path is not None:
        env["PATH"] = path
        env.pop("JAVA_HOME", None)
    return subprocess.run(
        ["make", "--no-print-directory", target, "STORE=dynamodb", f"USER={user}"],
        input=stdin,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )


def _stopped(run: subprocess.CompletedProcess[str]) -> None:
    url = re.search(r" on (http://127\.0\.0\.1:(\d+))", run.stderr)
    assert url, run.stderr
    with pytest.raises(OSError):  # stopped on exit
        socket.create_connection(("127.0.0.1", int(url.group(2))), timeout=1).close()


def test_make_chat_and_record_store_dynamodb_as_the_readme_says(tmp_path: Path) -> None:
    """On DynamoDB Local (Java is there), persisted: a second chat and `make record` read what
    the first chat saved."""
    first = _make("chat", "u1", tmp_path, "my keys are on the hook\n")
    assert "Got it. Your keys are on the hook." in first.stdout
    assert first.stderr.count("(chat: DynamoDB Local on http://127.0.0.1:") == 1, first.stderr
    second = _make("chat", "u1", tmp_path, "where are my keys\n")  # a new process and server
    assert "Your keys are on the hook." in second.stdout
    assert (
        "I don't know where your keys are yet."
        in _make("chat", "u2", tmp_path, "where are my keys\n").stdout
    )
    record = _make("record", "u1", tmp_path)
    assert "(record: DynamoDB Local on http://127.0.0.1:" in record.stderr, record.stderr
    notes = json.loads(record.stdout)["attributes"]["notes"]
    assert notes["keys"]["versions"][-1]["location"] == "on the hook"
    assert (tmp_path / "dynamodb-local" / "shared-local-instance.db").stat().st_size > 0
    for run in (first, second, record):
        _stopped(run)


def test_without_java_make_chat_store_dynamodb_runs_on_dynalite(tmp_path: Path) -> None:
    """The same commands on a machine without Java: dynalite, and the one line says why."""
    tools = tmp_path / "bin"  # make and node, but no java
    tools.mkdir()
    for program in ("make", "node"):
        found = shutil.which(program)
        assert found, program
        (tools / program).symlink_to(found)
    data = tmp_path / "data"
    data.mkdir()  # a LOCAL_DYNAMODB_PATH other than .local must exist (test_mistakes.py)
    chat = _make("chat", "u1", data, "my keys are on the hook\n", path=str(tools))
    assert "Got it. Your keys are on the hook." in chat.stdout
    assert "(chat: dynalite on http://127.0.0.1:" in chat.stderr, chat.stderr
    assert chat.stderr.rstrip().endswith("/dynalite/; no Java for DynamoDB Local)"), chat.stderr
    record = _make("record", "u1", data, path=str(tools))
    assert "(record: dynalite on http://127.0.0.1:" in record.stderr, record.stderr
    assert "on the hook" in record.stdout
    assert any((data / "dynalite").iterdir())
    _stopped(chat)


def test_a_killed_dynamodb_chat_still_stops_its_server_and_record_reads_it_meanwhile(
    tmp_path: Path,
) -> None:
    (tmp_path / "d").mkdir()
    env = {**os.environ, "PYTHONPATH": "lambda:.", "LOCAL_DYNAMODB_PATH": str(tmp_path / "d")}
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
    url = re.search(r"DynamoDB Local on http://127\.0\.0\.1:(\d+)", started)
    assert url, started
    while "Got it" not in chat.stdout.readline():
        pass
    # `make record` beside the running chat reads through the chat's own server
    record = run_python(["-m", "tools.record", "--user", "u1", "--store", "dynamodb"], env=env)
    assert f"127.0.0.1:{url.group(1)} (the running chat's)" in record.stderr, record.stderr
    assert "on the hook" in record.stdout
    chat.send_signal(signal.SIGTERM)
    chat.communicate(timeout=60)
    assert chat.returncode == 128 + signal.SIGTERM
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(url.group(1))), timeout=1).close()


def test_a_second_dynamodb_chat_on_the_same_data_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": "lambda:.", "LOCAL_DYNAMODB_PATH": str(tmp_path)}
    first = subprocess.Popen(
        [sys.executable, "-m", "tools.chat", "--user", "u1", "--store", "dynamodb"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert first.stdin is not None and first.stderr is not None
    try:
        assert "DynamoDB Local on" in first.stderr.readline()
        second = run_python(
            ["-m", "tools.chat", "--user", "u2", "--store", "dynamodb"], env=env, check=False
        )
        assert second.returncode == 2
        assert second.stderr.strip().splitlines() == [
            f"chat: another `make chat STORE=dynamodb` is using {tmp_path}/dynamodb-local/; "
            "end it first"
        ]
    finally:
        first.communicate("", timeout=60)


def test_without_java_the_suite_stops_with_one_line(tmp_path: Path) -> None:
    """DynamoDB Local is the suite's DynamoDB: no Java is not a reason to skip it silently."""
    result = run_python(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/functional/test_store_contract.py"],
        env={"PATH": str(tmp_path)},  # no java there
        drop=["JAVA_HOME"],
        check=False,
    )
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert output.count(java_missing()) == 1, output
    assert " passed" not in output and " skipped" not in output
