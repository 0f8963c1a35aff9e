"""Listing a few at a time, welcome back, resume, built-ins and limits."""

from __future__ import annotations

from tests.support.dialog import Dialog


def _save(dialog: Dialog, count: int) -> None:
    dialog.run("user: open memory keeper")
    for number in range(1, count + 1):
        dialog.run(f"""
            user: my thing {number} is in box {number}
            --- 1 minute later
        """)


def test_list_reads_the_most_recent_few_and_offers_more(dialog: Dialog) -> None:
    _save(dialog, 9)
    dialog.run("""
        user: what do you remember
        alexa: You've told me about 9 things. The most recent:
        alexa: your thing 9 is in box 9, your thing 8 is in box 8, your thing 7 is in box 7.
        alexa: …and 6 more. Want to hear more?
        user: yes
        alexa: Next: your thing 6 is in box 6
        alexa: …and 3 more. Want to hear more?
        user: more
        alexa: your thing 1 is in box 1. That's everything.
        alexa: Anything else?
    """)


def test_list_no_stops_the_listing(dialog: Dialog) -> None:
    _save(dialog, 5)
    dialog.run("""
        user: what have I told you
        alexa: …and 2 more. Want to hear more?
        user: no
        alexa: Okay. What would you like to do?
        alexa keeps the session open
    """)


def test_short_list_and_empty_list(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: what do you remember
        alexa: You haven't told me about anything yet.
        user: my keys are on the hook
        user: my phone is on the desk
        user: what do you remember
        alexa: You've told me about 2 things: your phone is on the desk and your keys are
        alexa: your keys are on the hook.
    """)


def test_welcome_back_counts_what_is_saved(dialog: Dialog) -> None:
    dialog.run("""
        user: tell memory keeper my keys are on the hook
        user: tell memory keeper my phone is on the desk
        user: open memory keeper
        alexa: Welcome back. You've saved 2 things. What would you like to do?
    """)


def test_interrupted_dialog_is_offered_at_next_launch(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        alexa: Where is your passport?
        --- the session times out
        --- 2 hours later
        user: open memory keeper
        alexa: Last time you were telling me where your passport is. Want to finish that?
        user: yes
        alexa: Where is your passport?
        user: in the suitcase
        alexa: Got it. Your passport is in the suitcase.
        user: stop
        user: open memory keeper
        alexa: Welcome back. You've saved one thing.
    """)


def test_declined_resume_is_not_offered_again(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        --- the session times out
        user: open memory keeper
        alexa: Want to finish that?
        user: no
        alexa: Okay, let's leave that.
        user: stop
        user: open memory keeper
        alexa: Welcome to Memory Keeper.
    """)


def test_interrupted_dialog_expires_after_a_day(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        --- the session times out
        --- 25 hours later
        user: open memory keeper
        alexa: Welcome to Memory Keeper.
    """)


def test_help_keeps_the_session_open(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: help
        alexa: I remember where you put things.
        alexa keeps the session open
    """)


def test_stop_cancel_and_navigate_home_end_the_session(dialog: Dialog) -> None:
    for phrase in ("stop", "cancel", "go home"):
        dialog.run(f"""
            user: open memory keeper
            user: {phrase}
            alexa: Goodbye.
            alexa ends the session
        """)


def test_fallback_explains_and_keeps_going(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: sing me a song about turtles
        alexa: Sorry, I didn't get that.
        alexa keeps the session open
    """)


def test_fallback_while_asking_for_a_place_asks_again(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        user: help
        user: remember my wallet
        alexa: Where is your wallet?
    """)


def test_stray_yes_and_no(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: yes
        alexa: What would you like to do?
        user: no
        alexa: Goodbye.
        alexa ends the session
    """)


def test_too_long_text_is_refused_with_speech(dialog: Dialog) -> None:
    long_place = "in the " + "very " * 30 + "big box"
    dialog.run(f"""
        user: open memory keeper
        user: my passport is {long_place}
        alexa: That place is a bit long for me. Can you say where it is in a few words?
        user: in the box
        alexa: Got it. Your passport is in the box.
    """)


def test_two_hundred_items_is_the_limit(dialog: Dialog) -> None:
    dialog.run("user: open memory keeper")
    for number in range(200):
        dialog.chat.say(f"my thing {number} is in box {number}")
    dialog.run("""
        user: my last thing is in the last box
        alexa: You've already got 200 things saved, which is as many as I can keep.
        user: forget my thing 7
        user: my last thing is in the last box
        alexa: Got it. Your last thing is in the last box.
    """)
