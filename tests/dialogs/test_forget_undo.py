"""Forget (soft delete), undo, and forget everything."""

from __future__ import annotations

from datetime import timedelta

from attribute_store.sqlite import SqliteStore
from tests.conftest import HandlerFactory
from tests.support.dialog import Dialog
from tests.support.stores import ForwardingStore
from tools.settings_api import SettingsApi


def test_forget_then_undo_brings_it_back(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the top drawer
        user: I found my passport
        alexa: Okay, I've forgotten where your passport is. Say undo if that was a mistake.
        user: where is my passport
        alexa: You asked me to forget your passport just now. Before that, it was in the top drawer.
        user: undo
        alexa: Undone. I remember your passport again: it is in the top drawer.
        user: where is my passport
        alexa: Your passport is in the top drawer.
    """)


def test_undo_a_remember_restores_the_place_before(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my keys are in the car
        user: take that back
        alexa: Undone. Your keys are on the hook again, not in the car.
        user: where are my keys
        alexa: Your keys are on the hook.
    """)


def test_undo_a_new_item_removes_it(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my umbrella is behind the door
        user: undo
        alexa: Undone. I've taken back the note that your umbrella is behind the door.
        user: where is my umbrella
        alexa: I don't know where your umbrella is yet.
    """)


def test_undo_works_in_a_later_session(dialog: Dialog) -> None:
    dialog.run("""
        user: tell memory keeper my keys are on the hook
        --- 1 hour later
        user: ask memory keeper to undo
        alexa: Undone.
        user: ask memory keeper where are my keys
        alexa: I don't know where your keys are yet.
    """)


def test_nothing_to_undo(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: undo
        alexa: There's nothing to undo.
    """)


def test_forget_unknown_item(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: forget my hat
        alexa: I don't have anything saved for your hat.
    """)


def test_forget_everything_asks_first_and_no_keeps_all(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: forget everything
        alexa: Are you sure you want me to forget everything?
        alexa keeps the session open
        user: no
        alexa: Okay, I'll keep everything.
        user: where are my keys
        alexa: Your keys are on the hook.
    """)


def test_forget_everything_on_yes_erases_all(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my passport is in the safe
        user: forget everything
        user: yes
        alexa: Done. I've forgotten everything you told me.
        user: what do you remember
        alexa: You haven't told me about anything yet.
        user: undo
        alexa: There's nothing to undo.
    """)


def test_forget_everything_keeps_a_note_another_device_saved_after_the_yes(
    make_handler: HandlerFactory, sqlite_store: SqliteStore, settings_api: SettingsApi
) -> None:
    store = ForwardingStore(sqlite_store)
    kitchen = Dialog(make_handler(store), settings_api=settings_api)
    phone = Dialog(kitchen.handler, settings_api=settings_api)
    phone.run("--- on the phone")
    kitchen.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: forget everything
        alexa: Are you sure
    """)
    # Two seconds after the yes, the phone is told about the passport, and saves first.
    phone.now = kitchen.now + timedelta(seconds=2)
    store.before_save.append(lambda: phone.run("user: my passport is in the drawer"))
    kitchen.run("""
        user: yes
        alexa: Done. I've forgotten everything you told me.
    """)
    assert "Got it" in phone.last.text
    kitchen.run("""
        --- 1 minutes later
        user: where is my passport
        alexa: Your passport is in the drawer.
        user: where are my keys
        alexa: I don't know where your keys are yet.
    """)


def test_forget_everything_with_nothing_saved(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: forget everything
        alexa: There's nothing to forget.
    """)
