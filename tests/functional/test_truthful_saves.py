"""What the user hears about a save is what the store holds (through the handler, on SQLite;
the DynamoDB fault cases are in test_faults.py)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any

from attribute_store import StoreOutcomeUnknownError, StoreUnavailableError
from attribute_store.sqlite import SqliteStore
from tests.conftest import HandlerFactory
from tests.support.dialog import Dialog
from tests.support.stores import FailingStore


def _failing_later(store: SqliteStore, error: Exception) -> FailingStore:
    return FailingStore(store, error, failing=())


def test_an_apology_never_carries_the_failed_handlers_directives(
    sqlite_store: SqliteStore, make_handler: HandlerFactory
) -> None:
    """The save after "yes, let's finish that" fails: the apology must not elicit a location."""
    store = _failing_later(sqlite_store, StoreUnavailableError("down"))
    dialog = Dialog(make_handler(store=store)).run("""
        user: open memory keeper
        user: remember my passport
        alexa: Where is your passport?
        --- the session times out
        user: open memory keeper
        alexa: Want to finish that?
    """)
    store.failing = ("save", "erase")  # an emptied notebook is erased rather than saved
    dialog.run("""
        user: yes
        alexa: Sorry, I couldn't save that just now.
    """)
    response = dialog.last.response["response"]
    assert "directives" not in response or not response["directives"]


def test_a_change_that_was_not_saved_is_said_so(
    sqlite_store: SqliteStore, make_handler: HandlerFactory
) -> None:
    store = _failing_later(sqlite_store, StoreUnavailableError("down"))
    store.failing = ("save",)
    Dialog(make_handler(store=store)).run("""
        user: my keys are on the hook
        alexa: Sorry, I couldn't save that just now.
    """)
    assert sqlite_store.load("amzn1.ask.account.dialog-user").version == 0


class LosesTheAnswer(FailingStore):
    """The answer to a save is lost and the outcome cannot be read back in time; the save itself
    lands (`lands=True`) or not. Write ids are kept as the DynamoDB store keeps them."""

    def __init__(self, inner: SqliteStore) -> None:
        super().__init__(inner, StoreUnavailableError("unused"), failing=())
        self.lose_answers = 0
        self.lands = True
        self.landed: list[str] = []

    def save(
        self, key: str, attributes: dict[str, Any], expected_version: int, *args: Any, **kw: Any
    ) -> Any:
        if self.lose_answers and not self.lands:
            self.lose_answers -= 1
            raise StoreOutcomeUnknownError("lost", write_id="never-landed")
        record = super().save(key, attributes, expected_version, *args, **kw)
        self.landed.append(f"w{record.version}")
        if self.lose_answers:
            self.lose_answers -= 1
            raise StoreOutcomeUnknownError("lost", write_id=f"w{record.version}")
        return self.load(key)

    def load(self, key: str, *, consistent: bool = False) -> Any:
        record = super().load(key, consistent=consistent)
        return type(record)(
            record.attributes, record.version, record.created_at, record.updated_at,
            tuple(w for w in reversed(self.landed) if int(w[1:]) <= record.version),
        )  # fmt: skip


def test_an_unknown_outcome_is_said_and_a_repeat_is_not_applied_twice(
    sqlite_store: SqliteStore, make_handler: HandlerFactory
) -> None:
    store = LosesTheAnswer(sqlite_store)
    dialog = Dialog(make_handler(store=store)).run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my keys are in the car
        alexa: Got it. Your keys are in the car
    """)
    store.lose_answers = 1
    dialog.run("""
        user: undo
        alexa: I'm not sure that was saved
        alexa keeps the session open
        user: undo
        alexa: that was saved after all
        user: where are my keys
        alexa: on the hook
    """)
    notes = sqlite_store.load("amzn1.ask.account.dialog-user").attributes["notes"]
    assert [v["location"] for v in notes["keys"]["versions"]] == ["on the hook"]


def test_a_repeat_after_an_unknown_outcome_that_did_not_land_is_applied(
    sqlite_store: SqliteStore, make_handler: HandlerFactory
) -> None:
    store = LosesTheAnswer(sqlite_store)
    dialog = Dialog(make_handler(store=store)).run("""
        user: open memory keeper
        user: my keys are on the hook
    """)
    store.lose_answers, store.lands = 1, False
    dialog.run("""
        user: my keys are in the car
        alexa: I'm not sure that was saved
        user: my keys are in the car
        alexa: Got it. Your keys are in the car
    """)


def _open(path: str, barrier: Any, results: Any) -> None:
    barrier.wait()
    try:
        SqliteStore(path).load("u1")
        results.put("ok")
    except Exception as exc:  # reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


def test_several_processes_can_create_the_same_sqlite_file_at_once(tmp_path: Path) -> None:
    """Two `make chat` windows started together: 8 processes, 15 new files, no failure.
    (Before the fix, one run in about 13 failed with "database is locked".)"""
    context = multiprocessing.get_context("fork")
    for run in range(15):
        path = os.fspath(tmp_path / f"new-{run}.sqlite3")
        barrier, results = context.Barrier(8), context.Queue()
        processes = [context.Process(target=_open, args=(path, barrier, results)) for _ in range(8)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=60)
        outcomes = [results.get(timeout=10) for _ in processes]
        assert outcomes == ["ok"] * 8, outcomes
