"""A developer's plausible mistakes, each answered by one line on stderr and exit status 2, with
nothing half-built: an old Python, a virtualenv an old Python made, a request for another skill,
a mistyped store, a boolean spelt another way, a store path in a folder that does not exist.

Through `make`, a tool's own line is followed by make's `make: *** [Makefile:N: target] Error 2`;
a mistake the Makefile itself finds is one line in all (`Makefile:N: *** ...  Stop.`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attribute_store.sqlite import SqliteStore
from tests.support.processes import ROOT, run_python
from tools.envelopes import SKILL_ID

# What the Makefile's virtualenv rules need to exist, besides the Makefile itself.
_PREREQUISITES = (
    "requirements-dev.txt",
    "requirements-tools.txt",
    "requirements-sam.txt",
    "requirements-botocore135.txt",
    "requirements-lambda-runtime.txt",
    "requirements-store.txt",
    "requirements-store-oldest.txt",
    "lambda/requirements.txt",
    "lambda/Makefile",
    "package.json",
    "package-lock.json",
    "skill-attribute-store/pyproject.toml",
    "skill-attribute-store/README.md",
)
_VENVS = (".venv", ".venv-run", ".venv-sam", ".venv-botocore135", ".venv-lambda")


def _make(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    for name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "STORE", "SKILL_ID", "TABLE_NAME"):
        environment.pop(name, None)  # as typed in a shell, not as a sub-make of `make test`
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        input=stdin,
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _one_line(
    result: subprocess.CompletedProcess[str], named: str, *, via_make: bool = False
) -> None:
    """Exit status 2, no traceback, and the message in one line (then make's own, if a tool's)."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = result.stderr.strip().splitlines()
    if via_make and len(lines) == 2:
        assert lines[1].startswith("make: *** [Makefile:") and lines[1].endswith("Error 2")
        lines = lines[:1]
    assert len(lines) == 1 and named in lines[0], result.stderr


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """The Makefile and the files its virtualenv rules depend on, without any virtualenv."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    for name in _PREREQUISITES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "skill-attribute-store" / "src").mkdir()
    return tmp_path


def _python_reporting(version: tuple[int, int], where: Path) -> Path:
    """An interpreter that says it is `version` (this Python, with sys.version_info changed)."""
    shim = where / f"python{version[0]}.{version[1]}"
    pretend = f"import sys; sys.version_info = ({version[0]}, {version[1]}, 0, 'final', 0)"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "{pretend}; exec(sys.argv[2])" "$@"\n')
    shim.chmod(0o755)
    return shim


def _old_pythons() -> list[Path]:
    """Real interpreters older than 3.11 on this machine (pyenv's), if any."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = sorted(root.glob("2.7.*/bin/python")) + sorted(root.glob("3.10.*/bin/python"))
    return found[:2]


@pytest.mark.parametrize("target", ["chat", "invoke", "test", "setup", "bench", "build", "models"])
def test_an_old_python_is_named_before_any_virtualenv_is_made(clone: Path, target: str) -> None:
    old = _python_reporting((3, 10), clone)
    result = _make(target, f"PYTHON={old}", cwd=clone)
    _one_line(result, "is Python 3.10; Memory Keeper needs 3.11 or later")
    assert result.stderr.startswith("Makefile:")
    assert not [venv for venv in _VENVS if (clone / venv).exists()]
    assert not (clone / "node_modules").exists()


@pytest.mark.parametrize("python", _old_pythons(), ids=str)
def test_a_real_old_python_is_named_too(clone: Path, python: Path) -> None:
    result = _make("chat", f"PYTHON={python}", cwd=clone)
    _one_line(result, "Memory Keeper needs 3.11 or later")
    assert not (clone / ".venv-run").exists()


def test_a_python_that_does_not_run_is_named(clone: Path) -> None:
    result = _make("chat", f"PYTHON={clone / 'no-such-python'}", cwd=clone)
    _one_line(result, "no-such-python does not run here; Memory Keeper needs Python 3.11")


def _fake_venv(clone: Path, name: str, version: str, interpreter: bool = True) -> None:
    """A virtualenv as `python -m venv` leaves it, made by Python `version`, stamped installed."""
    venv = clone / name
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text(f"home = /usr/bin\nversion = {version}\n")
    (venv / "bin" / "python").symlink_to(sys.executable if interpreter else clone / "gone")
    (venv / ".installed").touch()


def _stale(clone: Path) -> list[str]:
    result = _make("--eval", "stale-venvs: ; @echo $(STALE_VENVS)", "stale-venvs", cwd=clone)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_a_virtualenv_made_by_an_old_python_is_made_again_not_reused(clone: Path) -> None:
    _fake_venv(clone, ".venv-run", "3.10.13")
    _fake_venv(clone, ".venv", "3.12.1")
    _fake_venv(clone, ".venv-sam", "3.11.7", interpreter=False)  # its Python was uninstalled
    _fake_venv(clone, ".venv-botocore135", "3.11.7")
    _fake_venv(clone, ".venv-lambda", "3.11.7")  # not the runtime's 3.13
    assert _stale(clone) == [".venv-run", ".venv-sam", ".venv-lambda"]
    plan = _make("-n", "chat", cwd=clone).stdout
    assert "rm -rf .venv-run && python3 -m venv .venv-run" in plan
    (clone / ".venv-run" / "pyvenv.cfg").write_text("version = 3.11.7\n")
    assert _stale(clone) == [".venv-sam", ".venv-lambda"]
    plan = _make("-n", "chat", cwd=clone).stdout
    assert "-m venv" not in plan and ".venv-run/bin/python -m tools.chat" in plan


def test_a_dry_run_never_removes_a_virtualenv(clone: Path) -> None:
    # A recipe line naming $(MAKE) runs even under `make -n`: the runtime's Python is found by a
    # function instead, so the dry run only prints the removal.
    _fake_venv(clone, ".venv-lambda", "3.11.7")
    _fake_venv(clone, ".venv-store-py313", "3.12.1")
    for venv in (".venv-lambda", ".venv-store-py313"):
        plan = _make("-n", f"{venv}/.installed", cwd=clone)
        assert plan.returncode == 0 and f"rm -rf {venv} && " in plan.stdout, plan.stderr
        assert (clone / venv / "pyvenv.cfg").exists()


def test_the_virtualenvs_of_this_checkout_are_not_stale() -> None:
    assert _stale(ROOT) == []


@pytest.mark.parametrize("target", ["chat", "record"])
def test_a_mistyped_store_is_one_line_from_make(target: str) -> None:
    result = _make(target, "STORE=dynamo")
    _one_line(result, "STORE=dynamo is not a store: use sqlite (the default) or dynamodb")


@pytest.mark.parametrize("tool", ["tools.chat", "tools.record"])
def test_a_mistyped_store_is_one_line_from_the_tool(tool: str, tmp_path: Path) -> None:
    result = run_python(
        ["-m", tool, "--store", "dynamo"],
        env={"LOCAL_STORE_PATH": str(tmp_path / "s")},
        check=False,
    )
    _one_line(result, "STORE (--store) 'dynamo' is not a store; use sqlite")


def test_make_invoke_for_another_skill_is_one_line_and_the_handler_still_rejects_it() -> None:
    other = "amzn1.ask.skill.11111111-1111-4111-8111-111111111111"
    result = _make("invoke", "EVENT=tests/events/launch.json", f"SKILL_ID={other}")
    _one_line(
        result,
        f"invoke: tests/events/launch.json is a request for skill {SKILL_ID}, not SKILL_ID {other}",
        via_make=True,
    )
    # The skill itself still refuses it, as Alexa requires of every skill.
    rejected = run_python(
        ["-c", "import json, app; app.handler(json.load(open('tests/events/launch.json')), None)"],
        env={"SKILL_ID": other},
        check=False,
    )
    assert "AskSdkException: Skill ID Verification failed" in rejected.stderr
    # The event's own skill is answered.
    answered = _make("invoke", "EVENT=tests/events/launch.json", f"SKILL_ID={SKILL_ID}")
    assert answered.returncode == 0 and json.loads(answered.stdout)["response"], answered.stderr


def test_chat_talks_to_the_skill_skill_id_names(tmp_path: Path) -> None:
    other = "amzn1.ask.skill.11111111-1111-4111-8111-111111111111"
    result = run_python(
        ["-m", "tools.chat", "--user", "s1"],
        env={"SKILL_ID": other, "LOCAL_STORE_PATH": str(tmp_path / "s.sqlite3")},
        drop=["TABLE_NAME"],
        stdin="my keys are on the hook\n",
    )
    assert "alexa> Got it. Your keys are on the hook." in result.stdout, result.stderr


@pytest.mark.parametrize("raw", ["yes", "1", "on"])
def test_a_boolean_spelt_another_way_is_one_line(raw: str, tmp_path: Path) -> None:
    result = run_python(
        ["-m", "tools.chat"],
        env={"CONSISTENT_READ": raw, "LOCAL_STORE_PATH": str(tmp_path / "s")},
        check=False,
    )
    _one_line(result, f"CONSISTENT_READ must be true or false; got '{raw}'")


def test_make_record_reads_the_sqlite_store_when_store_says_so(tmp_path: Path) -> None:
    store = tmp_path / "r.sqlite3"
    SqliteStore(store).save("amzn1.ask.account.r1", {"notes": {"keys": "on the hook"}}, 0)
    result = _make("record", "STORE=sqlite", "USER=r1", env={"LOCAL_STORE_PATH": str(store)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["store"] == str(store)


def test_chat_says_which_file_holds_the_notes(tmp_path: Path) -> None:
    store = tmp_path / "notes.sqlite3"
    result = run_python(
        ["-m", "tools.chat"], env={"LOCAL_STORE_PATH": str(store)}, drop=["TABLE_NAME"]
    )
    assert result.stderr.splitlines()[0] == f"(chat: notes in the SQLite file {store})"


def test_a_store_path_in_a_missing_folder_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    store = tmp_path / "typo" / "notes.sqlite3"
    for tool in (["tools.chat"], ["tools.invoke", "tests/events/launch.json"], ["tools.record"]):
        result = run_python(
            ["-m", *tool], env={"LOCAL_STORE_PATH": str(store)}, drop=["TABLE_NAME"], check=False
        )
        _one_line(result, f"LOCAL_STORE_PATH is '{store}', but its folder")
        assert not store.parent.exists()


def test_a_local_dynamodb_folder_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    for tool in ("tools.chat", "tools.record"):
        result = run_python(
            ["-m", tool, "--store", "dynamodb"],
            env={"LOCAL_DYNAMODB_PATH": str(missing)},
            drop=["TABLE_NAME", "DYNAMODB_ENDPOINT"],
            check=False,
        )
        _one_line(result, f"LOCAL_DYNAMODB_PATH is '{missing}', but that folder")
        assert not missing.exists()
