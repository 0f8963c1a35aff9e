"""What users say never reaches the logs through an exception's message."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from attribute_store import AttributeStore, Record, StoreUnavailableError
from attribute_store.base import Unversioned
from attribute_store.sqlite import SqliteStore
from memory_keeper.observability import REDACTED, logger, redacted_traceback
from tests.support.stores import ForwardingStore
from tools.envelopes import Caller, intent_request

SECRET = "gold watch behind the loose brick"


class QuotingStore(ForwardingStore):
    """A store whose backend fails with an error that quotes the value it was given."""

    def save(
        self,
        key: str,
        attributes: dict[str, Any],
        expected_version: int,
        created_at: str | None = None,
        *,
        previous_writes: tuple[str, ...] = (),
        unversioned: Unversioned | None = None,
    ) -> Record:
        try:
            raise ValueError(f"backend rejected {json.dumps(attributes)}")
        except ValueError as cause:
            raise KeyError(f"while saving {attributes!r}") from cause


@pytest.fixture
def log() -> Iterator[io.StringIO]:
    """Everything the skill logs during the test, formatted as in Lambda (JSON lines)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logger.registered_formatter)
    logging.getLogger(logger.name).addHandler(handler)
    yield stream
    logging.getLogger(logger.name).removeHandler(handler)


def _logged(log: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.getvalue().splitlines() if line.startswith("{")]


def test_a_foreign_exception_is_logged_with_type_and_frames_but_not_its_message(
    make_handler: Any, sqlite_store: SqliteStore, log: io.StringIO
) -> None:
    store: AttributeStore = QuotingStore(sqlite_store)
    handler = make_handler(store)
    caller = Caller()
    reply = handler(
        intent_request(caller, "RememberIntent", {"item": "watch", "location": f"in the {SECRET}"}),
        None,
    )
    assert "Sorry" in reply["response"]["outputSpeech"]["ssml"]
    (failure,) = [entry for entry in _logged(log) if entry["message"] == "request failed"]
    text = json.dumps(failure)
    assert SECRET not in text and "loose brick" not in text
    assert failure["error"] == "KeyError"
    assert "builtins.KeyError: " + REDACTED in failure["traceback"]
    assert "builtins.ValueError: " + REDACTED in failure["traceback"]  # the cause, too
    assert "in save" in failure["traceback"]  # the frames are kept


def test_our_own_typed_errors_keep_their_message() -> None:
    try:
        try:
            raise OSError(f"socket said {SECRET}")
        except OSError as cause:
            raise StoreUnavailableError("GetItem on table notes failed: timeout") from cause
    except StoreUnavailableError as error:
        text = redacted_traceback(error)
    assert "StoreUnavailableError: GetItem on table notes failed: timeout" in text
    assert "OSError: " + REDACTED in text
    assert SECRET not in text


def test_the_whole_log_of_a_failing_turn_is_free_of_user_text(
    make_handler: Any, tmp_path: Path, log: io.StringIO
) -> None:
    handler = make_handler(QuotingStore(SqliteStore(tmp_path / "s.sqlite3")))
    handler(
        intent_request(Caller(), "RememberIntent", {"item": SECRET, "location": "in the x"}), None
    )
    assert "request failed" in log.getvalue()
    assert SECRET not in log.getvalue()
