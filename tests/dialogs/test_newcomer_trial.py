"""What a newcomer trying the skill in their own words ran into (corrections, stray words around
a place, "remember something", undo after an erase), each now a dialog."""

from __future__ import annotations

from memory_keeper.skill import LambdaHandler
from tests.support.dialog import Dialog
from tools.settings_api import SettingsApi


def test_a_correction_moves_the_item_instead_of_saving_the_interjection(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my glasses are on the desk
        user: actually no, they're in the kitchen
        alexa: Got it. Your glasses are in the kitchen now. Before, they were on the desk.
        user: no wait, they're on the couch
        alexa: Got it. Your glasses are on the couch now.
        user: what do you remember
        alexa: one thing: your glasses are on the couch.
    """)
    assert "no they" not in dialog.last.text and "wait they" not in dialog.last.text


def test_words_around_a_place_are_not_the_place(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my glasses are on the desk
        user: they're actually in the bathroom
        alexa: Got it. Your glasses are in the bathroom now. Before, they were on the desk.
        user: my wallet is in the car now
        alexa: Got it. Your wallet is in the car.
    """)
    assert "now now" not in dialog.last.text


def test_a_place_said_as_where_it_is_not_saves_nothing(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my keys are not on the hook
        alexa: I haven't saved anything
        user: where are my keys
        alexa: Your keys are on the hook.
    """)


def test_no_item_named_is_asked_for_not_guessed(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my wallet is in the car
        user: remember something
        alexa: What would you like me to remember?
        user: my charger
        alexa: Where is your charger?
        user: in the drawer
        alexa: Got it. Your charger is in the drawer.
        user: where is my wallet
        alexa: Your wallet is in the car.
    """)


def test_undo_after_an_erase_for_good_does_not_revert_an_older_change(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are in the car
        user: my house keys are on the hook
        user: forget my house keys completely
        alexa: for good
        user: undo
        alexa: There's nothing to undo.
        user: where are my car keys
        alexa: Your car keys are in the car.
    """)


def test_cheers_ends_the_conversation_politely_in_british_english(
    handler: LambdaHandler, settings_api: SettingsApi
) -> None:
    Dialog(handler, settings_api=settings_api, locale="en-GB").run("""
        user: open memory keeper
        user: my torch is in the cupboard
        user: cheers
        alexa ends the session
    """)
