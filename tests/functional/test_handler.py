"""`handler(event, context)` with request envelopes, as Lambda runs it."""

from __future__ import annotations

import json
import secrets
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.exceptions import AskSdkException

from attribute_store import AttributeStore, Record, StoreUnavailableError
from attribute_store.sqlite import SqliteStore
from memory_keeper.skill import InvalidEnvelopeError, LambdaHandler
from tests.conftest import HandlerFactory
from tests.support.certification import CertificationError, check_response
from tests.support.stores import ForwardingStore
from tools.chat import plain_text
from tools.envelopes import SKILL_ID, Caller, Session, intent_request, launch_request
from tools.make_events import EVENTS_DIR, events, render

EVENT_FILES = sorted(EVENTS_DIR.glob("*.json"))


def speech(result: dict[str, Any]) -> str:
    return plain_text(result["response"].get("outputSpeech", {}).get("ssml"))


def test_committed_events_are_what_the_builders_write() -> None:
    built = events()
    assert sorted(path.stem for path in EVENT_FILES) == sorted(built)
    for path in EVENT_FILES:
        assert path.read_text(encoding="utf-8") == render(built[path.stem]), path.name


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.stem)
def test_every_event_gets_a_certified_response(path: Path, make_handler: HandlerFactory) -> None:
    result = make_handler()(json.loads(path.read_text(encoding="utf-8")), None)
    assert result["version"] == "1.0"


def test_one_shot_remember_event_then_recall_event(make_handler: HandlerFactory) -> None:
    handler = make_handler()
    saved = handler(json.loads((EVENTS_DIR / "remember-one-shot.json").read_text()), None)
    assert speech(saved) == "Got it. Your passport is in the top drawer."
    assert saved["response"]["shouldEndSession"] is True
    recalled = handler(json.loads((EVENTS_DIR / "recall.json").read_text()), None)
    assert speech(recalled).startswith(
        "Your passport is in the top drawer. You told me that just now."
    )


def test_german_events_are_answered_in_german(make_handler: HandlerFactory) -> None:
    handler = make_handler()
    launched = handler(json.loads((EVENTS_DIR / "launch-de-DE.json").read_text("utf-8")), None)
    assert speech(launched).startswith("Willkommen bei Memory Keeper.")
    saved = handler(json.loads((EVENTS_DIR / "remember-de-DE.json").read_text("utf-8")), None)
    assert speech(saved).startswith("Alles klar. Deine Schlüssel findest du am Haken.")
    asked = handler(
        json.loads((EVENTS_DIR / "recall-one-shot-de-DE.json").read_text("utf-8")), None
    )
    assert speech(asked) == (
        "Deine Schlüssel findest du am Haken. Das hast du mir gerade eben gesagt."
    )


def test_requests_for_another_skill_are_rejected_before_any_store_call(
    make_handler: HandlerFactory, sqlite_store: SqliteStore
) -> None:
    class Untouchable(AttributeStore):
        max_item_bytes = 1

        def load(self, key: str, *, consistent: bool = False) -> Record:
            raise AssertionError("the store was reached")

        save = erase = load  # type: ignore[assignment]

    handler = make_handler(store=Untouchable(), skill_id=SKILL_ID)
    other = Caller(skill_id="amzn1.ask.skill.someone-else")
    with pytest.raises(AskSdkException, match="Skill ID"):
        handler(intent_request(other, "RecallIntent", {"item": "keys"}), None)
    assert speech(make_handler(skill_id=SKILL_ID)(launch_request(Caller()), None))


def test_angle_brackets_and_ampersands_in_slots_are_escaped(handler: Any) -> None:
    slots = {"item": "<b> & c", "location": "in </speak> box"}
    result = handler(intent_request(Caller(), "RememberIntent", slots), None)
    assert speech(result) == "Got it. Your <b> & c is in </speak> box."
    assert "&lt;/speak&gt;" in result["response"]["outputSpeech"]["ssml"]


def test_a_store_failure_becomes_a_spoken_apology(make_handler: HandlerFactory) -> None:
    class Down(AttributeStore):
        max_item_bytes = 1

        def load(self, key: str, *, consistent: bool = False) -> Record:
            raise StoreUnavailableError("down")

        save = erase = load  # type: ignore[assignment]

    result = make_handler(store=Down())(
        intent_request(Caller(), "RecallIntent", {"item": "keys"}), None
    )
    assert speech(result) == "Sorry, I can't reach my notes right now. Please try again later."
    session = intent_request(Caller(), "RecallIntent", {"item": "keys"}, Session(new=False))
    result = make_handler(store=Down())(session, None)
    # "Please try again later" asks nothing of the user now: no "What would you like to do?"
    assert speech(result) == "Sorry, I can't reach my notes right now. Please try again later."
    assert result["response"]["shouldEndSession"] is True


def test_an_unexpected_error_is_spoken_briefly_without_a_trace(
    make_handler: HandlerFactory,
) -> None:
    class Broken(AttributeStore):
        max_item_bytes = 1

        def load(self, key: str, *, consistent: bool = False) -> Record:
            raise ZeroDivisionError("boom")

        save = erase = load  # type: ignore[assignment]

    session = Session(new=False)
    result = make_handler(store=Broken())(intent_request(Caller(), "ListIntent", {}, session), None)
    assert speech(result).startswith("Sorry, something went wrong on my side.")
    assert "boom" not in json.dumps(result)


def test_memory_full_is_spoken_and_nothing_is_lost(
    tmp_path: Path, make_handler: HandlerFactory
) -> None:
    store = SqliteStore(tmp_path / "small.sqlite3", max_item_bytes=1_500)
    handler = make_handler(store=store)
    caller = Caller()
    handler(
        intent_request(caller, "RememberIntent", {"item": "keys", "location": "on the hook"}), None
    )
    before = store.load(caller.user_id)
    result = None
    for number in range(40):
        long_place = "in the " + secrets.token_urlsafe(66)  # random: compression can't shrink it
        result = handler(
            intent_request(
                caller, "RememberIntent", {"item": f"thing {number}", "location": long_place}
            ),
            None,
        )
        if "full" in speech(result):
            break
    assert result is not None
    assert speech(result).startswith("Your memory is full, so I couldn't save that.")
    after = store.load(caller.user_id)
    assert after.version > before.version
    assert "keys" in after.attributes["notes"]


@pytest.mark.parametrize(
    ("intent", "slots"),
    [
        ("RecallIntent", {"item": "keys"}),
        ("ListIntent", {}),
        ("HistoryIntent", {"item": "keys"}),
        ("CheckIntent", {"item": "keys", "location": "in the car"}),
        ("PlaceIntent", {"location": "on the hook"}),
        ("AMAZON.HelpIntent", {}),
        ("RememberIntent", {"item": "keys", "location": "on the hook"}),  # same place again
    ],
)
def test_read_only_turns_do_not_write(
    intent: str, slots: dict[str, str], tmp_path: Path, make_handler: HandlerFactory
) -> None:
    store = ForwardingStore(SqliteStore(tmp_path / "counting.sqlite3"))
    handler = make_handler(store=store)
    caller = Caller()
    handler(
        intent_request(caller, "RememberIntent", {"item": "keys", "location": "on the hook"}), None
    )
    handler(intent_request(caller, "RecallIntent", {"item": "keys"}), None)  # learns the zone
    store.saves = store.loads = 0
    handler(intent_request(caller, intent, slots, Session(new=False)), None)
    handler(launch_request(caller), None)
    assert store.saves == 0
    assert store.loads <= 2  # at most one load per request


def test_help_and_stop_never_touch_the_store(tmp_path: Path, make_handler: HandlerFactory) -> None:
    store = ForwardingStore(SqliteStore(tmp_path / "counting.sqlite3"))
    handler = make_handler(store=store)
    for intent in ("AMAZON.HelpIntent", "AMAZON.StopIntent"):
        handler(intent_request(Caller(), intent, {}, Session(new=False)), None)
    assert (store.loads, store.saves) == (0, 0)


def _talk_concurrently(handler: Any, devices: int, notes: int) -> dict[str, list[str]]:
    """Each device says `notes` remembers at once; some items are shared by every device.
    Returns what each reply said, per item."""
    heard: dict[str, list[str]] = {}
    lock = threading.Lock()

    def talk(device: int) -> None:
        caller = Caller(device=f"device-{device}")
        for n in range(notes):
            item = f"shared {n % 2}" if n % 4 == 0 else f"item {device} {n}"
            slots = {"item": item, "location": f"in box {device} {n}"}
            reply = speech(handler(intent_request(caller, "RememberIntent", slots), None))
            with lock:
                heard.setdefault(f"{item}|{slots['location']}", []).append(reply)

    threads = [threading.Thread(target=talk, args=(d,)) for d in range(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return heard


def test_two_devices_at_once_lose_nothing(handler: Any, sqlite_store: SqliteStore) -> None:
    heard = _talk_concurrently(handler, devices=2, notes=12)
    assert all(reply.startswith("Got it.") for replies in heard.values() for reply in replies)
    notes = sqlite_store.load(Caller().user_id).attributes["notes"]
    for key in heard:
        item, location = key.split("|")
        stored = notes.get(item)
        assert stored is not None, item
        if not item.startswith("shared"):
            assert stored["versions"][-1]["location"] == location


def test_under_heavy_contention_every_acknowledged_note_is_stored(
    handler: Any, sqlite_store: SqliteStore
) -> None:
    """Six devices writing one record at once: a user hears either "Got it" and the note is
    stored, or the short apology and nothing of that turn is written. Never a silent loss."""
    heard = _talk_concurrently(handler, devices=6, notes=8)
    notes = sqlite_store.load(Caller().user_id).attributes["notes"]
    stored_places = {
        (item, version["location"]) for item, note in notes.items() for version in note["versions"]
    }
    for key, replies in heard.items():
        item, location = key.split("|")
        for reply in replies:
            assert reply.startswith(("Got it.", "Sorry, I couldn't save that just now.")), reply
        if item.startswith("item") and replies[0].startswith("Got it."):
            assert (item, location) in stored_places, key
        if item.startswith("item") and replies[0].startswith("Sorry"):
            assert item not in notes, key


def test_certification_check_catches_a_bad_response() -> None:
    request = launch_request(Caller())
    open_without_question = {
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": "<speak>Hello.</speak>"},
            "reprompt": {"outputSpeech": {"type": "SSML", "ssml": "<speak>Hi?</speak>"}},
            "shouldEndSession": False,
        }
    }
    with pytest.raises(CertificationError, match="asks nothing"):
        check_response(request, open_without_question)
    broken_ssml = {
        "response": {"outputSpeech": {"ssml": "<speak>a & b</speak>"}, "shouldEndSession": True}
    }
    with pytest.raises(CertificationError, match="well-formed"):
        check_response(request, broken_ssml)


def test_timestamps_come_from_the_request(handler: Any, sqlite_store: SqliteStore) -> None:
    at = datetime(2025, 3, 4, 5, 6, tzinfo=UTC)
    caller = Caller()
    handler(
        intent_request(caller, "RememberIntent", {"item": "keys", "location": "hook"}, at=at), None
    )
    version = sqlite_store.load(caller.user_id).attributes["notes"]["keys"]["versions"][0]
    assert version["savedAt"] == at.isoformat()


def test_disabled_metrics_never_print_even_after_many_counted_turns(
    handler: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Powertools keeps unflushed values when disabled and auto-prints at 100 of them."""
    from memory_keeper.observability import count

    for _ in range(120):
        count("PersistenceConflict")
        handler(intent_request(Caller(), "AMAZON.HelpIntent", {}, Session(new=False)), None)
    assert "_aws" not in capsys.readouterr().out


@pytest.mark.parametrize("event", [{}, [], {"request": {}}, {"request": "LaunchRequest"}])
def test_an_event_that_is_not_an_envelope_fails_plainly(handler: LambdaHandler, event: Any) -> None:
    with pytest.raises(InvalidEnvelopeError, match="not an Alexa request envelope"):
        handler(event, None)
