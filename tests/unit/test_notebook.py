"""The domain, without ASK or a store: matching, versions, limits, undo, replay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

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
    Remember,
    SetPending,
    TextTooLongError,
    Undo,
    clean_item,
    clean_location,
    is_plural,
    normalize,
    replay,
)

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
        ("my", "my"),
    ],
)
def test_normalize_makes_forgiving_keys(text: str, key: str) -> None:
    assert normalize(text) == key


@pytest.mark.parametrize(
    ("item", "plural"), [("keys", True), ("glasses", True), ("passport", False)]
)
def test_is_plural(item: str, plural: bool) -> None:
    assert is_plural(item) is plural


def test_clean_text_strips_determiners_and_sentence_punctuation() -> None:
    assert clean_item("my passport.") == "passport"
    assert clean_item("salt & pepper") == "salt & pepper"
    assert clean_location("is in the top drawer!") == "in the top drawer"


def test_clean_text_limits() -> None:
    assert clean_item("x" * MAX_TEXT_LENGTH) == "x" * MAX_TEXT_LENGTH
    with pytest.raises(TextTooLongError) as error:
        clean_location("y" * (MAX_TEXT_LENGTH + 1))
    assert error.value.field_name == "location"
    with pytest.raises(EmptyTextError):
        clean_item("  ... ")
    with pytest.raises(EmptyTextError):
        clean_item(None)


def test_remember_makes_versions_and_keeps_the_last_five() -> None:
    notebook = Notebook()
    for day in range(MAX_VERSIONS + 2):
        notebook.apply(Remember("keys", f"place {day}", T0 + timedelta(days=day)))
    note = notebook.find("my keys")
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
    assert notebook.apply(Remember("my keys", "On the hook", T0)).kind == "unchanged"


def test_find_by_containment_and_close_spelling() -> None:
    notebook = Notebook()
    notebook.apply(Remember("car keys", "in the car", T0))
    notebook.apply(Remember("passport", "in the safe", T0))
    found_keys = notebook.find("keys")
    found_passport = notebook.find("pasport")
    assert found_keys is not None and found_keys.item == "car keys"
    assert found_passport is not None and found_passport.item == "passport"
    assert notebook.find("umbrella") is None


def test_containment_that_is_ambiguous_finds_nothing() -> None:
    notebook = Notebook()
    notebook.apply(Remember("car keys", "in the car", T0))
    notebook.apply(Remember("house keys", "on the hook", T0))
    assert notebook.find("keys") is None


def test_forget_is_soft_and_undo_restores() -> None:
    notebook = Notebook()
    notebook.apply(Remember("passport", "in the safe", T0))
    assert notebook.apply(Forget("passport", T0)).kind == "forgotten"
    assert notebook.find("passport") is None
    assert notebook.find("passport", include_forgotten=True) is not None
    target = notebook.last_undo_id
    assert target is not None
    assert notebook.apply(Undo(target, T0)).undone == "forget"
    assert notebook.find("passport") is not None


def test_undo_of_a_remember_on_a_forgotten_note_forgets_it_again() -> None:
    notebook = Notebook()
    notebook.apply(Remember("passport", "in the safe", T0))
    notebook.apply(Forget("passport", T0))
    notebook.apply(Remember("passport", "in the bag", T0 + timedelta(days=1)))
    target = notebook.last_undo_id
    assert target is not None
    notebook.apply(Undo(target, T0))
    assert notebook.find("passport") is None
    forgotten = notebook.find("passport", include_forgotten=True)
    assert forgotten is not None and forgotten.current.location == "in the safe"


def test_item_limit_counts_active_items() -> None:
    notebook = Notebook()
    for number in range(MAX_ITEMS):
        notebook.apply(Remember(f"thing {number}", "here", T0))
    with pytest.raises(NotebookFullError):
        notebook.apply(Remember("one more", "there", T0))
    notebook.apply(Remember("thing 3", "moved", T0))  # moving a known item is still allowed
    notebook.apply(Forget(normalize("thing 3"), T0))
    notebook.apply(Remember("one more", "there", T0))
    assert len(notebook.active_notes()) == MAX_ITEMS


def test_forget_everything_erases() -> None:
    notebook = Notebook()
    notebook.apply(Remember("keys", "hook", T0))
    outcome = notebook.apply(ForgetEverything(T0))
    assert outcome.kind == "erased"
    assert notebook.to_attributes()["notes"] == {}


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
    notebook.apply(Forget("key", T0 + timedelta(hours=2)))
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
    keys = merged.find("keys")
    assert keys is not None
    assert [v.location for v in keys.versions] == ["on the hook", "in the car", "in the drawer"]
    assert merged.find("wallet") is not None
