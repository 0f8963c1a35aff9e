"""How long a forgotten item is kept, and erasing one item's history at once."""

from __future__ import annotations

from tests.support.dialog import Dialog


def test_forget_completely_erases_the_item_and_its_history_with_no_undo(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my keys are in the car
        user: forget my keys completely
        alexa: Done. I've erased your keys and every place you told me, for good.
        user: where are my keys
        alexa: I don't know where your keys are yet.
        user: undo
        alexa: There's nothing to undo
    """)


def test_an_item_already_forgotten_can_still_be_erased_completely(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: forget my passport
        user: delete my passport for good
        alexa: Done. I've erased your passport and every place you told me, for good.
        user: where is my passport
        alexa: I don't know where your passport is yet.
    """)


def test_forget_completely_of_something_unknown_says_so(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: forget my umbrella completely
        alexa: I don't have anything saved for your umbrella.
    """)


def test_a_forgotten_item_is_kept_for_30_days_then_dropped(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: forget my passport
        --- the session times out
        --- 29 days later
        user: where is my passport
        alexa: You asked me to forget your passport
        --- 2 days later
        user: my keys are on the hook
        user: where is my passport
        alexa: I don't know where your passport is yet.
    """)
