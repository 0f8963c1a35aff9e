"""What a user trial of main heard: the rest of a several-item question dropped after "which
do you mean", options named only as "and one more" out of reach, a verb that agreed with the
wrong word, one place said once per item, "yes" to a question of when, and small wording slips.
Each a dialog, heard as `make chat` hears it."""

from __future__ import annotations

from tests.support.dialog import Dialog

# agreement: the thing decides, not the last word or whose it is


def test_the_verb_agrees_with_the_thing_not_the_last_word(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: the books my sister lent me are on the shelf
        alexa: Got it. The books your sister lent you are on the shelf.
        user: my keys to the car are on the hook
        alexa: Got it. Your keys to the car are on the hook.
        user: tom and anna's car is in the garage
        alexa: Got it. Tom and Anna's car is in the garage.
        user: my mom and dad's album is in the attic
        alexa: Got it. Your mom and dad's album is in the attic.
        user: my salt and pepper are in the cupboard
        alexa: Got it. Your salt and pepper are in the cupboard.
        user: where is tom and anna's car
        alexa: Tom and Anna's car is in the garage.
    """)


def test_a_days_thing_is_nobodys_and_takes_a_capital_only_first(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: today's paper is on the table
        alexa: Got it. Today's paper is on the table.
        user: where is today's paper
        alexa: Today's paper is on the table.
        user: what's on the table
        alexa: Here's what you've told me is on the table: today's paper.
        user: sunday's paper is on the desk
        alexa: Got it. Sunday's paper is on the desk.
        user: where is the paper
        alexa: Which do you mean: today's paper or Sunday's paper?
    """)
