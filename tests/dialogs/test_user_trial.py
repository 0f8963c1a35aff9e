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


# several items, one of them asked about: the choice answers the rest too


def test_the_rest_of_a_several_item_question_is_answered_after_the_choice(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are on the hook
        user: my house keys are in the drawer
        user: my wallet is on the table
        user: where are my keys and my wallet
        alexa: Which do you mean: your car keys or your house keys?
        user: both
        alexa: Your car keys are on the hook. Your house keys are in the drawer.
        alexa: Your house keys are in the drawer. Your wallet is on the table.
        user: where are my wallet and my keys
        alexa: Which do you mean: your car keys or your house keys?
        user: the car ones
        alexa: Your wallet is on the table. Your car keys are on the hook.
        alexa: You told me both just now.
        user: forget my wallet and my keys
        alexa: Which do you mean: your car keys or your house keys?
        user: the house ones
        alexa: Okay, I've forgotten where your wallet and your house keys are.
        user: what do you remember
        alexa: You've told me about one thing: your car keys are on the hook.
    """)


def test_german_the_rest_of_a_several_item_question_is_answered(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: meine Autoschlüssel sind am Haken
        user: meine Hausschlüssel sind in der Schublade
        user: mein Geldbeutel ist auf dem Tisch
        user: wo sind meine Schlüssel und mein Geldbeutel
        alexa: Was meinst du: deine Autoschlüssel oder deine Hausschlüssel?
        user: beide
        alexa: Deine Autoschlüssel findest du am Haken. Deine Hausschlüssel findest du
        alexa: Deine Hausschlüssel findest du in der Schublade. Dein Geldbeutel ist auf dem Tisch.
    """)


# several items at one place: said once


def test_items_at_one_place_are_said_together(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are in the drawer
        user: my wallet is in the drawer
        user: my phone is on the desk
        user: where are my keys and my wallet
        alexa: Your keys and your wallet are in the drawer. You told me both just now.
        user: where are my keys my phone and my wallet
        alexa: Your keys and your wallet are in the drawer. Your phone is on the desk.
        alexa: You told me all that just now.
        --- 3 hours later
        user: my glasses are in the car
        user: where are my glasses my keys and my wallet
        alexa: Your glasses are in the car. You told me that just now.
        alexa: Your keys and your wallet are in the drawer. You told me that this morning.
    """)


def test_are_they_there_is_yes_for_both_when_certain_for_both(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys and my wallet are on the table
        user: are they on the table
        alexa: Yes. Your keys and your wallet are on the table. You told me both just now.
        user: are they in the drawer
        alexa: Your keys and your wallet are on the table. You told me both just now.
        user: my phone is on the kitchen table
        user: are my keys and my phone on the table
        alexa: Your keys are on the table. Your phone is on the kitchen table.
    """)
    assert "Yes" not in dialog.last.text


def test_german_items_at_one_place_are_said_together(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: meine Schlüssel sind in der Schublade
        user: mein Geldbeutel ist in der Schublade
        user: wo sind meine Schlüssel und mein Geldbeutel
        alexa: Deine Schlüssel und dein Geldbeutel sind in der Schublade. Beides hast du mir
        user: sind meine Schlüssel und mein Geldbeutel in der Schublade
        alexa: Ja. Deine Schlüssel und dein Geldbeutel sind in der Schublade.
    """)


# counting the rest


def test_the_list_says_one_more_as_the_question_does(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my hat is in the box
        user: my pen is in the box
        user: my cup is in the box
        user: my mug is in the box
        user: what do you remember
        alexa: your pen is in the box. …and one more. Want to hear more?
    """)


def test_german_counts_the_rest_in_words(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: meine Autoschlüssel sind am Haken
        user: meine Hausschlüssel sind in der Schublade
        user: meine Ersatzschlüssel sind in der Box
        user: meine Büroschlüssel sind in der Tasche
        user: meine Kellerschlüssel sind im Keller
        user: wo sind meine Schlüssel
        alexa: Ich kenne fünf Sachen, die deine Schlüssel sein könnten:
        alexa: deine Ersatzschlüssel und noch zwei weitere. Was meinst du?
    """)


# "…, and one more": the options not named can be chosen


def test_the_one_not_named_is_chosen_when_that_is_certain(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are on the hook
        user: my house keys are in the drawer
        user: my spare keys are in the box
        user: my office keys are in the bag
        user: where are my keys
        alexa: your spare keys, and one more. Which do you mean?
        user: the other one
        alexa: Your office keys are in the bag.
        user: where are my keys
        user: the fourth one
        alexa: Your office keys are in the bag.
        user: where are my keys
        user: the last one
        alexa: Your office keys are in the bag.
        user: where are my keys
        user: the one more
        alexa: Your office keys are in the bag.
    """)


def test_the_others_are_named_when_the_one_meant_is_not_certain(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are on the hook
        user: my house keys are in the drawer
        user: my spare keys are in the box
        user: my office keys are in the bag
        user: my gym keys are in the locker
        user: where are my keys
        alexa: your spare keys, and 2 more. Which do you mean?
        user: the other one
        alexa: The others are: your office keys and your gym keys. Which do you mean?
        user: the fifth one
        alexa: Your gym keys are in the locker.
        user: where are my keys
        user: the others
        alexa: Your office keys are in the bag. Your gym keys are in the locker.
    """)


def test_german_the_one_not_named_is_chosen(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: meine Autoschlüssel sind am Haken
        user: meine Hausschlüssel sind in der Schublade
        user: meine Ersatzschlüssel sind in der Box
        user: meine Büroschlüssel sind in der Tasche
        user: wo sind meine Schlüssel
        alexa: und noch eine. Was meinst du?
        user: den anderen
        alexa: Deine Büroschlüssel findest du in der Tasche.
    """)


def test_what_is_refused_is_not_offered(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are on the hook
        user: my house keys are in the drawer
        user: my spare keys are in the box
        user: my office keys are in the bag
        user: my gym keys are in the locker
        user: my bike keys are on the bike
        user: where were my keys
        alexa: You can also say: all of them.
        user: all of them
        alexa: I can tell you where things were one at a time. Which do you mean: your car keys,
    """)
    assert "all of them" not in dialog.last.text
    dialog.run("""
        user: say that again
        alexa: one at a time
    """)
    assert "all of them" not in dialog.last.text
    assert "all of them" not in (dialog.last.reprompt or "")


# a question of when is answered with when, never with a yes


def test_when_did_i_put_it_there_is_answered_with_when(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: how long have my keys been on the hook
        alexa: Your keys are on the hook. You told me that just now.
        user: when did I put my keys on the hook
        alexa: Your keys are on the hook. You told me that just now.
    """)
    assert "Yes" not in dialog.last.text


def test_when_asked_about_an_earlier_place_says_when_and_where_it_is_now(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my toque is in the closet
        --- 2 days later
        user: my toque is on the hook
        --- 1 day later
        user: when did I put my toque in the closet
        alexa: Your toque was in the closet on Monday. Now it is on the hook; you told me that
        user: when did I put my toque in the car
        alexa: Your toque is on the hook. You told me that
    """)
    assert "car" not in dialog.last.text


def test_german_seit_wann_is_answered_with_when(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: mein Pass ist in der Schublade
        --- 2 days later
        user: mein Pass ist im Safe
        user: seit wann liegt mein Pass im Safe
        alexa: Dein Pass ist im Safe. Das hast du mir gerade eben gesagt.
        user: wann habe ich meinen Pass in die Schublade gelegt
        alexa: Dein Pass ist jetzt im Safe. Das hast du mir gerade eben gesagt. Davor:
        alexa: in der Schublade.
    """)
    assert not dialog_de.last.text.startswith("Ja")
