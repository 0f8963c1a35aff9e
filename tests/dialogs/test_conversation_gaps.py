"""Conversation gaps a newcomer's trial found, each a dialog in English and in German: two
items in one sentence, an item put away with no place said, a yes/no check of a place, what is at
a place, and "never mind" while the skill asks a question."""

from __future__ import annotations

from tests.support.dialog import Dialog

# two items in one sentence


def test_two_items_at_one_place_are_both_saved_in_one_turn(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys and my wallet are on the table
        alexa: Got it: your keys and your wallet are on the table.
        user: where is my wallet
        alexa: Your wallet is on the table.
        user: where are my keys
        alexa: Your keys are on the table.
        user: what do you remember
        alexa: 2 things
    """)
    assert "keys and" not in dialog.last.text


def test_undo_after_two_items_takes_back_one_note_and_says_which(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys and my wallet are on the table
        user: undo
        alexa: Undone. I've taken back the note that your wallet is on the table.
        user: undo
        alexa: Undone. I've taken back the note that your keys are on the table.
    """)


def test_three_items_put_away_together_are_three_notes(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: I put my keys, my wallet and my phone in the drawer
        alexa: Got it: your keys, your wallet, and your phone are in the drawer.
        user: where is my phone
        alexa: Your phone is in the drawer.
    """)


def test_a_name_with_and_in_it_stays_one_item(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: the salt and pepper are in the cupboard
        alexa: Got it. Your salt and pepper
    """)


def test_two_items_without_a_place_are_asked_about_together(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my keys and my wallet
        alexa: Where are your keys and your wallet?
        user: on the table
        alexa: Got it: your keys and your wallet are on the table.
        user: where is my wallet
        alexa: Your wallet is on the table.
    """)


def test_two_items_at_two_places_save_nothing_wrong(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are in the drawer and my wallet is in the car
        alexa: I can only take one place at a time, so I haven't saved anything.
        user: where are my keys
        alexa: I don't know where your keys are yet.
    """)


def test_a_place_between_two_things_is_one_place(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my phone is between the sofa and the wall
        alexa: Got it. Your phone is between the sofa and the wall.
    """)


def test_two_items_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel und mein Geldbeutel sind auf dem Tisch
        alexa: Alles klar. Deine Schlüssel und dein Geldbeutel sind auf dem Tisch.
        user: wo ist mein Geldbeutel
        alexa: Dein Geldbeutel ist auf dem Tisch.
        user: meine Brille ist im Bad und mein Pass ist im Safe
        alexa: deshalb habe ich nichts gespeichert
        user: wo ist mein Pass
        alexa: Ich weiß noch nicht
    """)


# an item put away, no place said


def test_i_put_my_passport_asks_where_and_saves_the_answer(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: I put my passport
        alexa: Where is your passport?
        alexa keeps the session open
        user: in the top drawer
        alexa: Got it. Your passport is in the top drawer.
        user: I left my wallet
        alexa: Where is your wallet?
        user: it's in the car
        alexa: Got it. Your wallet is in the car.
        user: where is my passport
        alexa: Your passport is in the top drawer.
    """)


def test_i_put_my_passport_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: ich habe meinen Pass weggelegt
        alexa: Wo hast du deinen Pass hingelegt?
        user: in die Schublade
        alexa: Alles klar. Deinen Pass findest du in der Schublade.
    """)


# is it there? (yes, no, or not known)


def test_is_my_passport_in_the_drawer_answers_yes_no_or_unknown(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the top drawer
        user: is my passport in the top drawer
        alexa: Yes, your passport is in the top drawer. You told me that just now.
        user: is my passport in the drawer
        alexa: Yes, your passport is in the top drawer.
        user: is my passport in the car
        alexa: Your passport is in the top drawer. You told me that just now.
        user: are my keys on the hook
        alexa: I don't know where your keys are yet.
        alexa keeps the session open
    """)


def test_on_the_table_is_not_under_the_table(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the table
        user: are my keys under the table
        alexa: No. You told me just now that your keys are on the table.
        user: is it on the table
        alexa: Yes, your keys are on the table.
    """)


def test_a_check_of_a_forgotten_or_ambiguous_item_is_answered_truthfully(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are in the car
        user: my house keys are on the hook
        user: are my keys in the car
        alexa: Which do you mean: your car keys or your house keys?
        user: my house keys
        alexa: Your house keys are on the hook.
        user: forget my passport
        user: my passport is in the safe
        user: forget my passport
        user: is my passport in the safe
        alexa: You asked me to forget your passport
    """)


def test_a_one_shot_check_answers_and_ends(dialog: Dialog) -> None:
    dialog.run("""
        user: tell memory keeper my passport is in the safe
        user: ask memory keeper is my passport in the safe
        alexa: Yes, your passport is in the safe.
        alexa ends the session
    """)


def test_is_it_there_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Pass ist in der Schublade
        user: ist mein Pass in der Schublade
        alexa: Ja. Dein Pass ist in der Schublade. Das hast du mir gerade eben gesagt.
        user: liegt mein Pass im Auto
        alexa: Dein Pass ist in der Schublade. Das hast du mir gerade eben gesagt.
        user: sind meine Schlüssel am Haken
        alexa: Ich weiß noch nicht, wo du deine Schlüssel hingelegt hast.
    """)


# what is at a place


def test_whats_in_the_garage_lists_what_was_noted_there(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: what's in the garage
        alexa: You haven't told me about anything in the garage.
        user: my bike is in the garage
        user: the tent is in the garage
        user: my keys are on the hook
        user: my drill is in the garage
        user: I moved my drill to the shed
        user: what did I put in the garage
        alexa: Here's what you've told me is in the garage: your bike and your tent.
        user: what is in the shed
        alexa: Here's what you've told me is in the shed: your drill.
    """)
    assert "keys" not in dialog.last.text


def test_a_shorter_place_name_lists_the_full_places(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the top drawer
        user: my charger is in the kitchen drawer
        user: what's in the drawer
        alexa: your passport in the top drawer and your charger in the kitchen drawer.
    """)


def test_whats_in_the_garage_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: was ist in der Garage
        alexa: Ich weiß von nichts, was in der Garage ist.
        user: mein Fahrrad ist in der Garage
        user: ich habe meine Werkzeugkiste in die Garage gestellt
        user: was habe ich in die Garage gelegt
        alexa: Folgendes ist in der Garage: dein Fahrrad und deine Werkzeugkiste.
    """)


# "never mind" while the skill asks a question: the question is dropped, the session stays


def test_never_mind_drops_the_question_and_saves_nothing(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: I put my passport
        alexa: Where is your passport?
        user: never mind
        alexa: That's okay, I haven't saved anything. What would you like to do?
        alexa keeps the session open
        user: where is my passport
        alexa: I don't know where your passport is yet.
        user: remember my keys
        user: forget it
        alexa: That's okay, I haven't saved anything.
        alexa keeps the session open
        user: stop
        alexa ends the session
    """)
    assert "Goodbye" not in dialog.replies[3].text


def test_forget_it_never_forgets_a_note_whatever_the_model_makes_of_it(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: remember my passport
        alexa: Where is your passport?
    """)
    # Alexa may hear "forget it" as ForgetIntent {item: "it"} instead of CancelIntent.
    reply = dialog.chat.send_intent("ForgetIntent", {"item": "it"})
    assert "haven't saved anything" in reply.text and not reply.ended
    dialog.run("""
        user: where are my keys
        alexa: Your keys are on the hook.
    """)
    # With no question open, "forget it" about the keys just talked about asks first.
    reply = dialog.chat.send_intent("ForgetIntent", {"item": "it"})
    assert reply.text == "Do you want me to forget where your keys are?" and not reply.ended
    dialog.run("""
        user: no
        alexa: Okay, I'll keep your keys.
        user: where are my keys
        alexa: Your keys are on the hook.
    """)
    reply = dialog.chat.send_intent("ForgetIntent", {"item": "it"})
    dialog.run("""
        user: never mind
        alexa: Okay, I'll keep your keys. What would you like to do?
        user: what do you remember
        alexa: one thing: your keys are on the hook.
    """)


def test_never_mind_to_forget_everything_keeps_everything(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: forget everything
        alexa: Are you sure you want me to forget everything?
        user: never mind
        alexa: Okay, I'll keep everything. What would you like to do?
        alexa keeps the session open
        user: where are my keys
        alexa: Your keys are on the hook.
    """)


def test_never_mind_to_the_offer_to_finish_drops_the_unfinished_note(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: remember my passport
        --- the session times out
        user: open memory keeper
        alexa: Want to finish that?
        user: forget it
        alexa: That's okay, I haven't saved anything.
        alexa keeps the session open
        user: stop
        user: open memory keeper
        alexa: Welcome
    """)
    assert "finish" not in dialog.last.text


def test_never_mind_to_which_one_and_to_more(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my car keys are in the car
        user: my house keys are on the hook
        user: where are my keys
        alexa: Which do you mean
        user: never mind
        alexa: Okay, never mind. What would you like to do?
        alexa keeps the session open
        user: my wallet is in the car
        user: my passport is in the safe
        user: what do you remember
        alexa: Want to hear more?
        user: never mind
        alexa: Okay, never mind. What would you like to do?
        alexa keeps the session open
        user: cancel
        alexa: Goodbye.
        alexa ends the session
    """)


def test_vergiss_es_drops_the_question_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: merk dir meinen Pass
        alexa: Wo hast du deinen Pass hingelegt?
        user: vergiss es
        alexa: Kein Problem, ich habe nichts gespeichert. Was möchtest du tun?
        alexa keeps the session open
        user: wo ist mein Pass
        alexa: Ich weiß noch nicht
    """)
    assert "Tschüss" not in dialog_de.replies[2].text
    reply = dialog_de.chat.send_intent("ForgetIntent", {"item": "es"})
    assert "vergessen" not in reply.text


def test_vergiss_das_asks_before_it_forgets(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: du kannst es vergessen
        alexa: Soll ich vergessen, wo du deine Schlüssel hingelegt hast?
        user: nein
        alexa: Okay, das merke ich mir weiter.
        user: wo sind meine Schlüssel
        alexa: Deine Schlüssel findest du am Haken.
        user: du kannst es vergessen
        user: ja
        alexa: vergessen
        user: wo sind meine Schlüssel
        alexa: Du hast mich
    """)
