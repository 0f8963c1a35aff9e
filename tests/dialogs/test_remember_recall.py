"""Remember, recall and history: what a user hears, across sessions and devices."""

from __future__ import annotations

from tests.support.dialog import Dialog


def test_first_launch_teaches_an_example_and_asks(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        alexa: Welcome to Memory Keeper.
        alexa: For example, say: my passport is in the top drawer.
        alexa: What would you like me to remember?
        alexa keeps the session open
    """)


def test_what_is_told_in_one_session_is_there_days_later(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the top drawer
        alexa: Got it. Your passport is in the top drawer.
        alexa: Anything else?
        user: stop
        alexa: Goodbye.
        alexa ends the session
        --- 3 days later
        user: ask memory keeper where my passport is
        alexa: Your passport is in the top drawer. You told me that on Monday.
        alexa ends the session
    """)


def test_another_device_of_the_same_user_sees_the_note(dialog: Dialog) -> None:
    dialog.run("""
        user: tell memory keeper my keys are on the hook
        --- on the phone
        user: where are my keys
        alexa: Your keys are on the hook. You told me that just now.
    """)


def test_one_shot_requests_answer_and_end(dialog: Dialog) -> None:
    dialog.run("""
        user: tell memory keeper I left my glasses on the desk
        alexa: Got it. Your glasses are on the desk.
        alexa ends the session
        --- 1 day later
        user: ask memory keeper where did I put my glasses
        alexa: Your glasses are on the desk. You told me that yesterday morning.
        alexa ends the session
    """)


def test_matching_is_forgiving(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: where are the passports
        alexa: Your passport is in the safe.
        user: where is passport
        alexa: Your passport is in the safe.
        user: I put my car keys in the glove box
        user: where are my keys
        alexa: Your car keys are in the glove box.
    """)


def test_unknown_item_says_so_and_teaches(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: where is my umbrella
        alexa: I don't know where your umbrella is yet.
        alexa: my umbrella is in the top drawer
        alexa keeps the session open
    """)


def test_missing_location_is_asked_for(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        alexa: Where is your passport?
        alexa keeps the session open
        user: it's in the suitcase
        alexa: Got it. Your passport is in the suitcase.
    """)


def test_missing_item_is_asked_for_first(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember something
        alexa: What would you like me to remember?
        user: my charger
        alexa: Where is your charger?
        user: by the front door
        alexa: Got it. Your charger is by the front door.
    """)


def test_saving_again_keeps_history_newest_first(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is on the desk
        --- 7 days later
        user: my passport is in the suitcase
        alexa: Got it. Your passport is in the suitcase now. Before, it was on the desk.
        --- 2 days later
        user: my passport is in the top drawer
        user: where was my passport before
        alexa: Your passport is in the top drawer now.
        alexa: Before that, it was in the suitcase on Monday,
        alexa: and before that on the desk a week ago.
    """)


def test_history_with_one_place(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my wallet is in my bag
        user: where was my wallet before
        alexa: I only know one place for your wallet: in your bag. You told me that just now.
    """)


def test_history_keeps_the_last_five_places(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on place one
        user: my keys are on place two
        user: my keys are on place three
        user: my keys are on place four
        user: my keys are on place five
        user: my keys are on place six
        user: where were my keys before
        alexa: Your keys are on place six now.
        alexa: on place five, on place four, on place three, and on place two a moment ago.
    """)
    assert "place one" not in dialog.last.text


def test_saying_the_same_place_again_changes_nothing(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my keys are on the hook
        alexa: I already have that: your keys are on the hook.
    """)


def test_user_text_is_escaped_in_speech(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my salt & pepper shakers are in the blue box
        alexa: Your salt & pepper shakers are in the blue box.
        user: where are my salt & pepper shakers
        alexa: Your salt & pepper shakers are in the blue box.
    """)
    assert "&amp;" in dialog.last.response["response"]["outputSpeech"]["ssml"]
