"""The developer tools as a developer runs them: separate processes, the real app module."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from attribute_store.sqlite import SqliteStore
from tests.support.cfn import ROOT
from tests.support.processes import run_python


def _run(
    args: list[str], store: Path, stdin: str = "", check: bool = True
) -> subprocess.CompletedProcess[str]:
    return run_python(
        ["-m", *args],
        env={"LOCAL_STORE_PATH": str(store)},
        drop=["TABLE_NAME"],
        stdin=stdin,
        check=check,
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


def test_chat_starts_its_clock_at_now_and_moves_it_on(tmp_path: Path) -> None:
    # 00:50 in Toronto on the night summer time ends; asked 25 hours later, then 6 days on.
    script = "my keys are on the hook\n--- 25 hours later\nwhere are my keys\n"
    script += "--- 6 days later\nwhere are my keys\n"
    args = ["--user", "clock", "--time-zone", "America/Toronto", "--now", "2026-11-01T04:50Z"]
    out = _run(["tools.chat", *args], tmp_path / "c.sqlite3", script).stdout
    assert "(25 hours later: 2026-11-02 05:50 UTC)" in out
    assert "You told me that yesterday." in out
    assert "You told me that a week ago." in out
    assert "you> ---" not in out  # a clock line is never said to the skill


def test_chat_says_so_for_a_clock_line_it_cannot_read(tmp_path: Path) -> None:
    result = _run(["tools.chat"], tmp_path / "c.sqlite3", "--- 1 month later\nhelp\n")
    assert "you> ---" not in result.stdout
    assert "'--- 1 month later' does not move the clock" in result.stderr


def test_chat_names_a_bad_start_time_in_one_line(tmp_path: Path) -> None:
    result = _run(["tools.chat", "--now", "yesterday"], tmp_path / "c.sqlite3", check=False)
    _one_line_error(result, "NOW (--now) 'yesterday'")


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


def _one_line_error(result: subprocess.CompletedProcess[str], named: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0], result.stderr


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"SAVE_ATTEMPTS": "abc"}, "SAVE_ATTEMPTS must be a whole number from 1 to 100"),
        ({"TABLE_NAME": "t"}, "DYNAMODB_ENDPOINT"),
        ({"DYNAMODB_ENDPOINT": "http://127.0.0.1:9"}, "TABLE_NAME"),
        ({"PARTITION_KEY_SOURCE": "household"}, "PARTITION_KEY_SOURCE"),
    ],
)
def test_a_settings_error_is_one_line_and_exit_status_2(
    tmp_path: Path, env: dict[str, str], named: str
) -> None:
    drop = ["TABLE_NAME", "DYNAMODB_ENDPOINT", "AWS_REGION", "AWS_DEFAULT_REGION"]
    for tool in (["tools.chat"], ["tools.invoke", "tests/events/launch.json"]):
        result = run_python(
            ["-m", *tool],
            env={"LOCAL_STORE_PATH": str(tmp_path / "s"), **env},
            drop=[name for name in drop if name not in env],
            check=False,
        )
        _one_line_error(result, named)
        assert result.stderr.startswith(tool[0].removeprefix("tools.") + ": ")


def test_in_lambda_a_settings_error_is_one_log_line_and_a_failed_init() -> None:
    result = run_python(["-c", "import app"], env={"SAVE_ATTEMPTS": "abc"}, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    (line,) = result.stdout.strip().splitlines()
    logged = json.loads(line)
    assert logged["level"] == "ERROR" and "SAVE_ATTEMPTS" in logged["message"]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("[]", "not an Alexa request envelope"),
        ("{}", "not an Alexa request envelope"),
        ("{", "is not JSON"),
    ],
)
def test_invoke_turns_a_file_that_is_not_an_envelope_into_one_line(
    tmp_path: Path, content: str, named: str
) -> None:
    event = tmp_path / "event.json"
    event.write_text(content)
    _one_line_error(_run(["tools.invoke", str(event)], tmp_path / "s", check=False), named)


def test_invoke_without_an_event_says_how_to_give_one(tmp_path: Path) -> None:
    _one_line_error(_run(["tools.invoke", ""], tmp_path / "s", check=False), "EVENT=")


def test_invoke_prints_only_the_response_on_stdout_when_errors_are_logged(tmp_path: Path) -> None:
    event = json.loads((ROOT / "tests/events/recall.json").read_text())
    event["request"]["intent"]["name"] = "NoSuchIntent"  # no handler: the error handler logs
    (tmp_path / "odd.json").write_text(json.dumps(event))
    result = _run(["tools.invoke", str(tmp_path / "odd.json")], tmp_path / "s")
    response = json.loads(result.stdout)  # nothing but the response JSON
    assert "Sorry" in response["response"]["outputSpeech"]["ssml"]
    assert '"level":"ERROR"' in result.stderr


def test_ctrl_c_in_chat_ends_the_conversation_like_end_of_input(tmp_path: Path) -> None:
    store = tmp_path / "c.sqlite3"
    chat = subprocess.Popen(
        [sys.executable, "-m", "tools.chat", "--user", "u5"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": "lambda:.", "LOCAL_STORE_PATH": str(store)},
    )
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write("open memory keeper\nremember my passport\n")
    chat.stdin.flush()
    seen = ""
    while "Where is your passport?" not in seen:
        line = chat.stdout.readline()
        assert line, seen
        seen += line
    chat.send_signal(signal.SIGINT)  # the chat is now waiting for the next line
    _, err = chat.communicate(timeout=60)
    assert chat.returncode == 0 and "Traceback" not in err, err
    after = _run(["tools.chat", "--user", "u5"], store, "open memory keeper\n").stdout
    assert "Want to finish that?" in after


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
    _one_line_error(result, "TIME_ZONE (--time-zone) 'Mars/Base' is not a time zone")


def test_chat_refuses_an_unknown_locale_in_one_line(tmp_path: Path) -> None:
    result = run_python(
        ["-m", "tools.chat", "--locale", "fr-FR"],
        env={"LOCAL_STORE_PATH": str(tmp_path / "x")},
        check=False,
    )
    _one_line_error(result, "LOCALE (--locale) 'fr-FR' has no interaction model; use one of en-US")


def test_record_into_a_pipe_that_closes_early_is_not_a_traceback(tmp_path: Path) -> None:
    store = tmp_path / "r.sqlite3"
    big = {"notes": {}, "pad": "x" * 300_000}  # far more than a pipe holds
    SqliteStore(store).save("amzn1.ask.account.u8", big, 0)
    result = subprocess.run(
        f"{sys.executable} -m tools.record --user u8 | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": "lambda:.", "LOCAL_STORE_PATH": str(store)},
        check=False,
    )
    assert result.stdout.strip() == "{"
    assert "Traceback" not in result.stderr, result.stderr


def test_chat_in_german_matches_the_german_model_and_answers_in_german(tmp_path: Path) -> None:
    script = "meine Schlüssel sind am Haken\nwo sind meine Schlüssel\n"
    store = tmp_path / "de.sqlite3"
    out = _run(["tools.chat", "--user", "u7", "--locale", "de-DE"], store, script).stdout
    assert "alexa> Alles klar. Deine Schlüssel findest du am Haken." in out
    assert "alexa> Deine Schlüssel findest du am Haken. Das hast du mir gerade eben gesagt." in out


def test_chat_in_british_english_knows_the_torch_and_the_cupboard(tmp_path: Path) -> None:
    script = "my torch is in the cupboard\nwhere is my torch\n"
    store = tmp_path / "gb.sqlite3"
    out = _run(["tools.chat", "--user", "u8", "--locale", "en-GB"], store, script).stdout
    assert "alexa> Your torch is in the cupboard. You told me that just now." in out


def test_chat_refuses_a_locale_the_skill_has_no_model_for(tmp_path: Path) -> None:
    result = run_python(
        ["-m", "tools.chat", "--locale", "fr-FR"],
        env={"LOCAL_STORE_PATH": str(tmp_path / "x")},
        check=False,
    )
    assert result.returncode == 2
    assert "fr-FR" in result.stderr
