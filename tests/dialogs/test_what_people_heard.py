"""The transcripts of issue 8, one test each: what real people said and what they must hear."""

from __future__ import annotations

import json
from typing import Any

from attribute_store import AttributeStore, Record, StoreUnavailableError
from attribute_store.sqlite import SqliteStore
from memory_keeper.skill import LambdaHandler
from tests.conftest import HandlerFactory
from tests.support.dialog import Dialog
from tests.support.stores import FailingStore
from tools.envelopes import Caller, Session, intent_request
from tools.settings_api import SettingsApi


def _speech(result: dict[str, Any]) -> str:
    return str(result["response"]["outputSpeech"]["ssml"])


# 1 -------------------------------------------------------------------------------------------
def test_1_places_are_said_back_from_the_users_side(dialog: Dialog) -> None:
    dialog.run("""
        user: my car keys are in my coat pocket
        alexa: Got it. Your car keys are in your coat pocket.
        user: where are my car keys
        alexa: Your car keys are in your coat pocket.
        user: open memory keeper
        user: I put my wallet in our car
        alexa: Got it. Your wallet is in your car.
        user: what do you remember
        alexa: your wallet is in your car and your car keys are in your coat pocket.
    """)
    assert " my " not in dialog.last.text


# 2 -------------------------------------------------------------------------------------------
def test_2_a_place_without_a_preposition_is_said_naturally(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my wallet
        alexa: Where is your wallet?
        user: the kitchen drawer
        alexa: Got it. Your wallet is in the kitchen drawer.
        user: my keys are kitchen
        alexa: Got it. Your keys are in the kitchen.
        user: where are my keys
        alexa: Your keys are in the kitchen.
    """)


# 3 -------------------------------------------------------------------------------------------
def test_3_undoing_a_move_says_where_the_item_is_again(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are by the door
        user: my keys are in the car
        user: undo
        alexa: Undone. Your keys are by the door again, not in the car.
    """)
    assert "I have by" not in dialog.last.text


# 4 -------------------------------------------------------------------------------------------
def test_4_more_next_and_keep_going_outside_a_list_are_answered(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: more
        alexa: There's nothing more to read right now. What would you like to do?
        user: next
        alexa: There's nothing more to read right now.
        user: keep going
        alexa: There's nothing more to read right now.
        alexa keeps the session open
    """)
    assert all("went wrong" not in reply.text for reply in dialog.replies)


# 5 -------------------------------------------------------------------------------------------
def test_5_every_phrase_the_help_teaches_is_understood(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: my passport is in the drawer
        user: help
        alexa: Or: where was my passport before?
        user: where was my passport before
        alexa: Your passport is in the drawer now. Before that, it was in the safe a moment ago.
        user: what do you remember
        alexa: You've told me about one thing: your passport is in the drawer.
    """)


# 6 -------------------------------------------------------------------------------------------
def test_6_days_are_the_users_days_not_utc_days(dialog: Dialog) -> None:
    # START is 09:00 UTC on 2 November 2026 = 01:00 in Los Angeles (PST, UTC-8).
    dialog.run("""
        --- the device is in America/Los_Angeles
        --- 870 minutes later
        # 15:30 in Los Angeles, 23:30 UTC
        user: my passport is in the safe
        --- 60 minutes later
        # 16:30 in Los Angeles, the next day in UTC
        user: where is my passport
        alexa: Your passport is in the safe. You told me that this afternoon.
    """)
    assert "yesterday" not in dialog.last.text


def test_6_history_says_each_time_once_and_one_place_without_since(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: where was my passport before
        alexa: I only know one place for your passport: in the safe. You told me that just now.
        user: my passport is in the car
        user: my passport is in the drawer
        user: my passport is in the safe
        --- 61 days later
        user: where was my passport before
        alexa: Your passport is in the safe now.
        alexa: Before that, it was in the drawer, in the car, and in the safe 2 months ago.
    """)
    assert dialog.last.text.count("2 months ago") == 1


def test_6_the_time_zone_is_asked_once_a_day_and_kept_on_the_record(
    dialog: Dialog, settings_api: SettingsApi, sqlite_store: SqliteStore
) -> None:
    dialog.run("""
        --- the device is in Europe/Berlin
        user: open memory keeper
        user: my keys are on the hook
        user: my wallet is in the car
    """)
    assert settings_api.requests == 0  # nothing said about time yet
    dialog.run("""
        user: where are my keys
        user: where is my wallet
        user: my gloves are in the drawer
        user: stop
        --- 3 hours later
        user: ask memory keeper where my wallet is
    """)
    assert settings_api.requests == 1
    record = sqlite_store.load(dialog.chat.caller.user_id)
    assert list(record.attributes["timeZones"].values()) == ["Europe/Berlin"]
    dialog.run("""
        --- 2 days later
        user: where are my keys
        alexa: You told me that on Monday.
        user: ask memory keeper where my wallet is
        alexa: You told me that on Monday.
    """)
    assert settings_api.requests == 2  # a day old: asked again, once


def test_6_a_device_set_to_another_zone_is_heard_within_a_day(
    dialog: Dialog, settings_api: SettingsApi, sqlite_store: SqliteStore
) -> None:
    dialog.run("""
        --- the device is in UTC
        --- 11 hours later
        # 20:00 in UTC, 01:30 the next day in Kolkata
        user: ask memory keeper to remember my keys are on the hook
        user: ask memory keeper where my keys are
        alexa: You told me that just now.
        --- the device is in Asia/Kolkata
        --- 25 hours later
        # 02:30 in Kolkata, the night after the note's: it was yesterday there
        user: ask memory keeper where my keys are
        alexa: Your keys are on the hook. You told me that yesterday.
    """)
    assert "evening" not in dialog.last.text  # 20:00 UTC, said in the zone the device left
    record = sqlite_store.load(dialog.chat.caller.user_id)
    assert list(record.attributes["timeZones"].values()) == ["Asia/Kolkata"]


def test_6_one_shot_questions_ask_for_the_time_zone_only_the_first_time(
    dialog: Dialog, settings_api: SettingsApi, sqlite_store: SqliteStore
) -> None:
    dialog.run("""
        --- the device is in Australia/Sydney
        user: tell memory keeper my keys are on the hook
        user: ask memory keeper where my keys are
        user: ask memory keeper where my keys are
        user: ask memory keeper where were my keys
    """)
    assert settings_api.requests == 1
    version = sqlite_store.load(dialog.chat.caller.user_id).version
    dialog.run("user: ask memory keeper where my keys are")
    assert sqlite_store.load(dialog.chat.caller.user_id).version == version  # no write now


def test_6_without_a_time_zone_only_how_long_ago_is_said(
    dialog: Dialog, settings_api: SettingsApi
) -> None:
    settings_api.fail = True
    dialog.run("""
        user: my keys are on the hook
        --- 1 day later
        user: where are my keys
        alexa: Your keys are on the hook. You told me that a day ago.
    """)


def test_6_a_zone_kept_on_the_record_is_used_while_the_settings_api_fails(
    dialog: Dialog, settings_api: SettingsApi
) -> None:
    dialog.run("""
        --- the device is in Australia/Sydney
        user: ask memory keeper to remember my keys are on the hook
        user: ask memory keeper where my keys are
    """)
    settings_api.fail = True
    dialog.run("""
        --- 2 days later
        # 20:00 on Wednesday in Sydney; the note was told on Monday at 20:00 there
        user: ask memory keeper where my keys are
        alexa: You told me that on Monday.
    """)
    assert settings_api.requests == 2  # asked again, a day on: it failed, the kept zone spoke


def test_6_a_time_zone_that_cannot_be_kept_still_gets_the_answer(
    make_handler: HandlerFactory, settings_api: SettingsApi, sqlite_store: SqliteStore
) -> None:
    """The zone is the only change of a recall: if the store cannot take it, the answer stands
    (it was "Sorry, I couldn't save that just now" to a question that saved nothing)."""
    store = FailingStore(sqlite_store, StoreUnavailableError("test: the table is unreachable"))
    dialog = Dialog(make_handler(store), settings_api=settings_api)
    dialog.run("""
        --- the device is in Europe/Berlin
        user: ask memory keeper to remember my keys are on the hook
    """)
    store.failing = {"save"}
    dialog.run("""
        --- 2 days later
        user: ask memory keeper where my keys are
        alexa: Your keys are on the hook. You told me that on Monday.
    """)
    assert store.calls[-1][0] == "save"  # it was tried, and failed


def test_6_a_failing_settings_api_is_not_asked_on_every_turn(
    dialog: Dialog, settings_api: SettingsApi
) -> None:
    dialog.run("""
        --- the device is in Australia/Sydney
        user: ask memory keeper to remember my keys are on the hook
        user: ask memory keeper where my keys are
    """)
    settings_api.fail = True
    dialog.run("""
        --- 2 days later
        user: ask memory keeper where my keys are
        user: ask memory keeper where my keys are
        --- 3 hours later
        user: ask memory keeper where my keys are
        alexa: You told me that on Monday.
    """)
    assert settings_api.requests == 2  # once when first needed, once when a day old


def test_6_a_question_heard_as_a_note_about_when_is_not_saved(
    dialog: Dialog, dialog_de: Dialog
) -> None:
    """Real Alexa could hear "when did I put my passport in the safe" as {item} "when" …"""
    for said, item, location in (
        (dialog, "when", "in the safe"),
        (dialog, "how long", "in the safe"),
        (dialog_de, "wann", "in den Safe"),
        (dialog_de, "seit wann", "im Safe"),
    ):
        said.run("user: open memory keeper" if said is dialog else "user: öffne memory keeper")
        reply = said.chat.send_intent("RememberIntent", {"item": item, "location": location})
        assert "Got it" not in reply.text and "Alles klar" not in reply.text, (item, reply.text)


# 7 -------------------------------------------------------------------------------------------
def test_7_pronouns_mean_the_item_last_mentioned(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: where is it
        alexa: Your keys are on the hook.
        user: where did I put them
        alexa: Your keys are on the hook.
        user: forget about it
        alexa: Do you want me to forget where your keys are?
        user: yes
        alexa: Okay, I've forgotten where your keys are.
    """)
    assert all("your it" not in r.text and "your them" not in r.text for r in dialog.replies)


def test_7_a_pronoun_with_nothing_to_point_to_is_asked_about(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: where is it
        alexa: Which thing do you mean?
        user: my passport
        alexa: I don't know where your passport is yet.
    """)


def test_7_all_my_stuff_is_not_an_item(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: delete all my stuff
        alexa: Are you sure you want me to forget everything?
        user: no
        alexa: Okay, I'll keep everything.
    """)


# 8 -------------------------------------------------------------------------------------------
def test_8_i_dont_know_saves_nothing(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my gloves
        alexa: Where are your gloves?
        user: I don't know
        alexa: That's okay, I haven't saved anything.
        alexa: When you know where your gloves are, just tell me.
        user: where are my gloves
        alexa: I don't know where your gloves are yet.
    """)


# 9 -------------------------------------------------------------------------------------------
def test_9_help_in_the_middle_keeps_the_question(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my wallet
        alexa: Where is your wallet?
        user: help
        alexa: I'm saving where your wallet is. Tell me the place
        alexa: Where did you put your wallet?
        user: in the car
        alexa: Got it. Your wallet is in the car.
    """)


def test_9_a_stray_yes_to_where_asks_again(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my wallet
        user: yes
        alexa: Tell me the place, like: in the top drawer. Where did you put your wallet?
        user: on the shelf
        alexa: Got it. Your wallet is on the shelf.
    """)


def test_9_a_misunderstanding_during_the_erase_question_asks_it_again(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: forget everything
        user: blah blah blah
        alexa: Sorry, I didn't get that. Please say yes or no: should I forget everything
        user: no
        alexa: Okay, I'll keep everything.
        user: where are my keys
        alexa: Your keys are on the hook.
    """)


def test_9_the_resume_offer_takes_the_place_itself(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        alexa: Where is your passport?
        --- the session times out
        --- 1 hour later
        user: open memory keeper
        alexa: Last time you were telling me where your passport is. Want to finish that?
        user: it's in my backpack
        alexa: Got it. Your passport is in your backpack.
        --- the session times out
        user: open memory keeper
        alexa: Welcome back. You've saved one thing.
    """)


# 10 ------------------------------------------------------------------------------------------
def test_10_a_name_that_fits_several_items_asks_which(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are in the car
        user: my house keys are on the hook
        user: where are my keys
        alexa: Which do you mean: your car keys or your house keys?
        user: the house keys
        alexa: Your house keys are on the hook.
    """)


def test_10_a_singular_does_not_silently_replace_a_plural(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my car keys are in the car
        user: my key is in the blue box
        alexa: Got it. Your key is in the blue box.
        user: where are my keys
        alexa: Your keys are on the hook.
        user: where is my key
        alexa: Your key is in the blue box.
    """)


def test_10_an_unambiguous_plural_is_the_same_item(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: my passports are in the drawer
        alexa: Got it. Your passports are in the drawer now. Before, they were in the safe.
        user: what do you remember
        alexa: You've told me about one thing
    """)


# 11 ------------------------------------------------------------------------------------------
def test_11_everyday_phrasings_are_understood(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: I stuck the tax papers in the blue folder
        alexa: Got it. Your tax papers are in the blue folder.
        user: the charger's in the kitchen drawer
        alexa: Got it. Your charger is in the kitchen drawer.
        user: I moved my passport to the safe
        alexa: Got it. Your passport is in the safe.
        user: I've put the cheese in the fridge
        alexa: Got it. Your cheese is in the fridge.
        user: I just put my phone on the desk
        alexa: Got it. Your phone is on the desk.
        user: I'm putting the scissors in the craft box
        alexa: Got it. Your scissors are in the craft box.
        user: where'd I put my phone
        alexa: Your phone is on the desk.
        user: any idea where the charger is
        alexa: Your charger is in the kitchen drawer.
        user: where did I hide the cheese
        alexa: Your cheese is in the fridge.
        user: where the heck are my scissors
        alexa: Your scissors are in the craft box.
        user: I moved my passport to the drawer
        user: where was my passport
        alexa: Your passport is in the drawer now. Before that, it was in the safe
        user: where else has my passport been
        alexa: Before that, it was in the safe
        user: scratch the cheese
        alexa: Okay, I've forgotten where your cheese is.
        user: what do you mean
        alexa: I remember where you put things.
        user: start over
        alexa: Okay, let's start over.
        user: where is my phone
        alexa: Your phone is on the desk.
        user: thanks
        alexa: You're welcome. Goodbye.
        alexa ends the session
        user: open memory keeper
        user: that's all
        alexa ends the session
    """)


# 12 ------------------------------------------------------------------------------------------
def test_12_too_long_says_which_part(dialog: Dialog) -> None:
    long_name = "very " * 25 + "old thing"
    dialog.run(f"""
        user: open memory keeper
        user: my {long_name} is in the box
        alexa: That name is a bit long for me. What's a shorter name for it?
    """)


def test_12_questions_end_with_a_question(dialog: Dialog) -> None:
    dialog.run("user: open memory keeper")
    for number in range(5):
        dialog.run(f"user: my thing {number} is in box {number}")
    dialog.run("user: forget everything")
    assert dialog.last.text.endswith("?")
    assert dialog.last.reprompt and dialog.last.reprompt.endswith("?")
    dialog.run("""
        user: no
        user: what do you remember
    """)
    assert dialog.last.reprompt == "Do you want to hear more?"


def test_12_forgetting_something_already_forgotten_says_so(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: forget my keys
        user: forget my keys
        alexa: I've already forgotten your keys.
    """)


def test_12_the_error_apology_asks_once(make_handler: HandlerFactory) -> None:
    class Broken(AttributeStore):
        max_item_bytes = 1

        def load(self, key: str, *, consistent: bool = False) -> Record:
            raise ZeroDivisionError("boom")

        save = erase = load  # type: ignore[assignment]

    session = Session(new=False)
    result = make_handler(store=Broken())(intent_request(Caller(), "ListIntent", {}, session), None)
    text = _speech(result)
    assert "Sorry, something went wrong on my side. What would you like to do?" in text
    assert "Anything else" not in text and "Please try again" not in text


# 13 ------------------------------------------------------------------------------------------
def test_13_control_characters_are_removed_before_ssml_and_store(
    handler: LambdaHandler, sqlite_store: SqliteStore
) -> None:
    caller = Caller()
    slots = {"item": "keys\x00", "location": "in the\x07 drawer\x1b"}
    saved = handler(intent_request(caller, "RememberIntent", slots), None)  # certified: well-formed
    assert "Your keys are in the drawer." in _speech(saved)
    stored = json.dumps(sqlite_store.load(caller.user_id).attributes)
    assert "\\u0000" not in stored and "\\u0007" not in stored and "\\u001b" not in stored


def test_13_a_control_character_saved_earlier_does_not_break_later_answers(
    handler: LambdaHandler, sqlite_store: SqliteStore
) -> None:
    caller = Caller()
    handler(intent_request(caller, "RememberIntent", {"item": "keys", "location": "on it"}), None)
    record = sqlite_store.load(caller.user_id)
    attributes = record.attributes
    note = next(iter(attributes["notes"].values()))
    note["versions"][0]["location"] = "on the\x00 hook"
    sqlite_store.save(caller.user_id, attributes, record.version, record.created_at)
    listed = handler(intent_request(caller, "ListIntent", {}), None)  # certified: well-formed
    assert "your keys are on the hook" in _speech(listed)
    recalled = handler(intent_request(caller, "RecallIntent", {"item": "keys"}), None)
    assert "Your keys are on the hook." in _speech(recalled)
