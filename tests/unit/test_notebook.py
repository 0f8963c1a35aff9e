"""The domain, without ASK or a store: matching, versions, limits, undo, replay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from memory_keeper.language.en import GRAMMAR
from memory_keeper.notebook import (
    MAX_ITEMS,
    MAX_TEXT_LENGTH,
    MAX_VERSIONS,
    ClearPending,
    EmptyTextError,
    Forget,
    ForgetEverything,
    Notebook,
    NotebookFullError,
    PendingDialog,
    RecordTimeZone,
    Remember,
    SetPending,
    TextTooLongError,
    Undo,
    check_text,
    item_key,
    replay,
)

fold = GRAMMAR.fold

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("passport", "passport"),
        ("my passport", "passport"),
        ("The Passports", "passport"),
        ("my car keys", "car key"),
        ("glasses", "glass"),
        ("batteries", "battery"),
        ("boxes", "box"),
        ("watches", "watch"),
        ("bus", "bus"),
        ("my", ""),  # "where is my": no item named (asked for, never "your your")
    ],
)
def test_english_folds_items_for_forgiving_lookup(text: str, key: str) -> None:
    assert fold(item_key(GRAMMAR.clean_item(text))) == key


@pytest.mark.parametrize(
    ("item", "plural"), [("keys", True), ("glasses", True), ("passport", False), ("lens", False)]
)
def test_is_plural(item: str, plural: bool) -> None:
    assert GRAMMAR.is_plural(item) is plural


def test_clean_text_strips_determiners_and_sentence_punctuation() -> None:
    assert GRAMMAR.clean_item("my passport.") == "passport"
    assert GRAMMAR.clean_item("salt & pepper") == "salt & pepper"
    assert GRAMMAR.clean_location("is in the top drawer!") == "in the top drawer"


def test_text_limits() -> None:
    assert check_text("item", "x" * MAX_TEXT_LENGTH) == "x" * MAX_TEXT_LENGTH
    with pytest.raises(TextTooLongError) as error:
        check_text("location", "y" * (MAX_TEXT_LENGTH + 1))
    assert error.value.field_name == "location"
    with pytest.raises(EmptyTextError):
        check_text("item", GRAMMAR.clean_item("  ... "))


def test_remember_makes_versions_and_keeps_the_last_five() -> None:
    notebook = Notebook()
    for day in range(MAX_VERSIONS + 2):
        notebook.apply(Remember("keys", f"place {day}", T0 + timedelta(days=day)))
    note = notebook.find("keys", fold)
    assert note is not None
    assert note.current.location == f"place {MAX_VERSIONS + 1}"
    assert len(note.versions) == MAX_VERSIONS
    assert [v.location for v in note.earlier][:2] == [
        f"place {MAX_VERSIONS}",
        f"place {MAX_VERSIONS - 1}",
    ]


def test_same_place_again_is_unchanged() -> None:
    notebook = Notebook()
    notebook.apply(Remember("keys", "on the hook", T0))
    assert notebook.apply(Remember("Keys", "On the hook", T0)).kind == "unchanged"


def test_find_by_containment_and_close_spelling() -> None:
    notebook = Notebook()
    notebook.apply(Remember("car keys", "in the car", T0))
    notebook.apply(Remember("passport", "in the safe", T0))
    found_keys = notebook.find("keys", fold)
    found_passport = notebook.find("pasport", fold)
    assert found_keys is not None and found_keys.item == "car keys"
    assert found_passport is not None and found_passport.item == "passport"
    assert notebook.find("umbrella", fold) is None


def test_containment_that_is_ambiguous_finds_every_candidate() -> None:
    notebook = Notebook()
    notebook.apply(Remember("car keys", "in the car", T0))
    notebook.apply(Remember("house keys", "on the hook", T0))
    assert notebook.find("keys", fold) is None
    assert [n.item for n in notebook.lookup("keys", fold)] == ["car keys", "house keys"]


def test_a_number_variant_is_found_but_its_own_note_comes_first() -> None:
    notebook = Notebook()
    notebook.apply(Remember("keys", "on the hook", T0))
    assert [n.item for n in notebook.lookup("key", fold)] == ["keys"]
    notebook.apply(Remember("key", "in the blue box", T0))
    assert [n.item for n in notebook.lookup("keys", fold)] == ["keys"]
    assert [n.item for n in notebook.lookup("key", fold)] == ["key"]


def test_schema_1_records_are_rekeyed_by_the_item() -> None:
    old = {
        "schemaVersion": 1,
        "notes": {
            "car key": {
                "item": "car keys",
                "versions": [{"id": "v1", "location": "in the car", "savedAt": T0.isoformat()}],
                "forgottenAt": None,
            }
        },
        "undo": [{"id": "v1", "kind": "remember", "key": "car key", "versionId": "v1"}],
    }
    notebook = Notebook.from_attributes(old)
    assert list(notebook.notes) == ["car keys"]
    assert notebook.undo_stack[0].key == "car keys"
    assert notebook.to_attributes()["schemaVersion"] == 2


def test_forget_is_soft_and_undo_restores() -> None:
    notebook = Notebook()
    notebook.apply(Remember("passport", "in the safe", T0))
    assert notebook.apply(Forget("passport", T0)).kind == "forgotten"
    assert notebook.find("passport", fold) is None
    assert notebook.find("passport", fold, include_forgotten=True) is not None
    target = notebook.last_undo_id
    assert target is not None
    assert notebook.apply(Undo(target, T0)).undone == "forget"
    assert notebook.find("passport", fold) is not None


def test_undo_of_a_remember_on_a_forgotten_note_forgets_it_again() -> None:
    notebook = Notebook()
    notebook.apply(Remember("passport", "in the safe", T0))
    notebook.apply(Forget("passport", T0))
    notebook.apply(Remember("passport", "in the bag", T0 + timedelta(days=1)))
    target = notebook.last_undo_id
    assert target is not None
    notebook.apply(Undo(target, T0))
    assert notebook.find("passport", fold) is None
    forgotten = notebook.find("passport", fold, include_forgotten=True)
    assert forgotten is not None and forgotten.current.location == "in the safe"


def test_item_limit_counts_active_items() -> None:
    notebook = Notebook()
    for number in range(MAX_ITEMS):
        notebook.apply(Remember(f"thing {number}", "here", T0))
    with pytest.raises(NotebookFullError):
        notebook.apply(Remember("one more", "there", T0))
    notebook.apply(Remember("thing 3", "moved", T0))  # moving a known item is still allowed
    notebook.apply(Forget(item_key("thing 3"), T0))
    notebook.apply(Remember("one more", "there", T0))
    assert len(notebook.active_notes()) == MAX_ITEMS


def test_forget_everything_erases() -> None:
    notebook = Notebook()
    notebook.apply(Remember("keys", "hook", T0))
    outcome = notebook.apply(ForgetEverything(T0))
    assert outcome.kind == "erased"
    assert notebook.to_attributes()["notes"] == {}


def test_forget_everything_replayed_keeps_what_another_device_was_told_after_the_yes() -> None:
    base = Notebook()
    base.apply(Remember("keys", "on the hook", T0))
    base.apply(Remember("wallet", "in the bag", T0))
    yes = T0 + timedelta(minutes=1)
    # Another device saved first: the keys moved a second after the yes, a new note as well.
    other = Notebook.from_attributes(base.to_attributes())
    other.apply(Remember("keys", "in the car", yes + timedelta(seconds=1)))
    other.apply(Remember("passport", "in the drawer", yes + timedelta(seconds=1)))
    other.apply(SetPending(PendingDialog("umbrella", None, yes + timedelta(seconds=1))))
    merged = Notebook.from_attributes(replay(other.to_attributes(), [ForgetEverything(yes)]))
    keys, passport = merged.find("keys", fold), merged.find("passport", fold)
    assert keys is not None and [v.location for v in keys.versions] == ["in the car"]
    assert passport is not None and passport.current.location == "in the drawer"
    assert merged.find("wallet", fold) is None  # told before the yes: forgotten
    assert merged.pending is not None and merged.pending.item == "umbrella"
    # The phone's undo still works on what it was told: the keys' move, then the passport.
    assert [entry.key for entry in merged.undo_stack] == ["keys", "passport"]
    merged.apply(Undo(merged.undo_stack[-1].id, yes + timedelta(minutes=1)))
    assert merged.find("passport", fold) is None
    merged.apply(Undo(merged.undo_stack[-1].id, yes + timedelta(minutes=1)))
    assert merged.find("keys", fold) is None and merged.undo_stack == []


def test_forget_everything_takes_what_was_told_in_the_same_second_as_the_yes() -> None:
    # Request times have whole seconds: a tie counts as told before the yes.
    notebook = Notebook()
    notebook.apply(Remember("keys", "on the hook", T0))
    notebook.apply(Remember("wallet", "in the bag", T0 + timedelta(minutes=1)))
    notebook.apply(SetPending(PendingDialog("umbrella", None, T0)))
    notebook.apply(ForgetEverything(T0 + timedelta(minutes=1)))
    assert notebook.to_attributes()["notes"] == {}
    assert notebook.pending is None


def test_pending_dialog_expires_after_a_day() -> None:
    pending = PendingDialog("passport", None, T0)
    assert pending.fresh_at(T0 + timedelta(hours=24))
    assert not pending.fresh_at(T0 + timedelta(hours=25))
    notebook = Notebook()
    notebook.apply(SetPending(pending))
    assert Notebook.from_attributes(notebook.to_attributes()).pending == pending
    assert notebook.apply(ClearPending()).kind == "pending"
    assert notebook.apply(ClearPending()).kind == "noop"


def test_attributes_round_trip() -> None:
    notebook = Notebook()
    notebook.apply(Remember("keys", "hook", T0))
    notebook.apply(Remember("keys", "car", T0 + timedelta(hours=1)))
    notebook.apply(Forget("keys", T0 + timedelta(hours=2)))
    attributes = notebook.to_attributes()
    assert Notebook.from_attributes(attributes).to_attributes() == attributes


def test_replay_applies_changes_to_newer_state_and_keeps_both_values() -> None:
    base = Notebook()
    base.apply(Remember("keys", "on the hook", T0))
    stored = base.to_attributes()
    # Device A saved first: keys moved to the car, and a new note.
    a = Notebook.from_attributes(stored)
    a.apply(Remember("keys", "in the car", T0 + timedelta(minutes=1)))
    a.apply(Remember("wallet", "in the bag", T0 + timedelta(minutes=1)))
    # Device B's change, re-applied on A's state.
    b_changes = [Remember("keys", "in the drawer", T0 + timedelta(minutes=2))]
    merged = Notebook.from_attributes(replay(a.to_attributes(), list(b_changes)))
    keys = merged.find("keys", fold)
    assert keys is not None
    assert [v.location for v in keys.versions] == ["on the hook", "in the car", "in the drawer"]
    assert merged.find("wallet", fold) is not None


def test_the_domain_knows_no_sdk_no_store_and_no_language() -> None:
    import memory_keeper.notebook as notebook

    source = Path(notebook.__file__).read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    for forbidden in ("ask_sdk", "boto3", "attribute_store", "language", "speech"):
        assert not any(forbidden in line for line in imports), forbidden


def test_a_devices_zone_is_kept_dated_and_due_again_after_a_day() -> None:
    book = Notebook()
    assert book.apply(RecordTimeZone("kitchen", "Europe/Berlin", T0)).changed
    assert book.time_zone("kitchen", T0 + timedelta(hours=23)) == ("Europe/Berlin", True)
    assert book.time_zone("kitchen", T0 + timedelta(hours=25)) == ("Europe/Berlin", False)
    # The same zone reported again within the day writes nothing; a day on, it is dated anew.
    assert not book.apply(
        RecordTimeZone("kitchen", "Europe/Berlin", T0 + timedelta(hours=1))
    ).changed
    later = T0 + timedelta(hours=25)
    assert book.apply(RecordTimeZone("kitchen", "Europe/Berlin", later)).changed
    again = Notebook.from_attributes(book.to_attributes())
    assert again.time_zone("kitchen", later) == ("Europe/Berlin", True)


def test_a_zone_checked_in_the_future_is_due() -> None:
    book = Notebook()
    book.apply(RecordTimeZone("kitchen", "Europe/Berlin", T0 + timedelta(days=3)))
    assert book.time_zone("kitchen", T0) == ("Europe/Berlin", False)


def test_a_zone_kept_before_checks_were_dated_is_due() -> None:
    book = Notebook.from_attributes({"timeZones": {"kitchen": "Asia/Kolkata"}})
    assert book.time_zone("kitchen", T0) == ("Asia/Kolkata", False)
    assert book.time_zone("hall", T0) == (None, False)
