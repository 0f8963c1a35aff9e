"""The developer tools as a developer runs them: separate processes, the real app module."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from attribute_store.sqlite import SqliteStore
from tests.support.processes import run_python


def _run(args: list[str], store: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_python(
        ["-m", *args], env={"LOCAL_STORE_PATH": str(store)}, drop=["TABLE_NAME"], stdin=stdin
    )


def test_chat_remembers_across_processes(tmp_path: Path) -> None:
    store = tmp_path / "chat.sqlite3"
    first = _run(["tools.chat", "--user", "u1"], store, "my keys are on the hook\n")
    assert "Got it. Your keys are on the hook." in first.stdout
    second = _run(["tools.chat", "--user", "u1"], store, "where are my keys\n")
    assert "on the hook" in second.stdout
    other = _run(["tools.chat", "--user", "u2"], store, "where are my keys\n")
    assert "I don't know where your keys are yet." in other.stdout


def test_chat_keeps_the_session_and_starts_a_new_one_after_an_end(tmp_path: Path) -> None:
    script = "open memory keeper\nremember my passport\nin the safe\nstop\nwhere is my passport\n"
    out = _run(["tools.chat", "--user", "u3"], tmp_path / "s.sqlite3", script).stdout
    assert "Where is your passport?" in out
    assert "Got it. Your passport is in the safe." in out
    assert out.count("(session ended)") == 2
    assert out.rstrip().endswith("(session ended)")


def test_chat_at_end_of_input_keeps_an_unfinished_dialog(tmp_path: Path) -> None:
    store = tmp_path / "r.sqlite3"
    _run(["tools.chat", "--user", "u4"], store, "open memory keeper\nremember my passport\n")
    out = _run(["tools.chat", "--user", "u4"], store, "open memory keeper\n").stdout
    assert "Want to finish that?" in out


def test_invoke_prints_a_valid_alexa_response(tmp_path: Path) -> None:
    out = _run(["tools.invoke", "tests/events/launch.json"], tmp_path / "i.sqlite3").stdout
    response = json.loads(out)
    assert response["version"] == "1.0"
    assert response["response"]["outputSpeech"]["type"] == "SSML"
    assert response["response"]["shouldEndSession"] is False


def test_invoke_names_a_missing_event_file(tmp_path: Path) -> None:
    result = run_python(
        ["-m", "tools.invoke", "tests/events/nope.json"],
        env={"LOCAL_STORE_PATH": str(tmp_path / "x")},
        check=False,
    )
    assert result.returncode == 2
    assert "nope.json" in result.stderr


def test_chat_says_places_from_the_users_side(tmp_path: Path) -> None:
    script = "my car keys are in my coat pocket\nwhere are my car keys\n"
    out = _run(["tools.chat", "--user", "u5"], tmp_path / "p.sqlite3", script).stdout
    assert "Your car keys are in your coat pocket. You told me that just now." in out


def test_chat_time_zone_reaches_the_skill_through_the_settings_api(tmp_path: Path) -> None:
    store = tmp_path / "tz.sqlite3"
    script = "open memory keeper\nmy keys are on the hook\nwhere are my keys\nmy hat is on me\n"
    _run(["tools.chat", "--user", "u6", "--time-zone", "Asia/Tokyo"], store, script)
    record = SqliteStore(store).load("amzn1.ask.account.u6")
    assert list(record.attributes["timeZones"].values()) == ["Asia/Tokyo"]


def test_chat_refuses_an_unknown_time_zone(tmp_path: Path) -> None:
    result = run_python(
        ["-m", "tools.chat", "--time-zone", "Mars/Base"],
        env={"LOCAL_STORE_PATH": str(tmp_path / "x")},
        check=False,
    )
    assert result.returncode == 2
    assert "Mars/Base" in result.stderr
