"""What a review and a second newcomer trial found the skill saying that was not true, or saving
what the user did not say; each a dialog, in English and where the language has it in German."""

from __future__ import annotations

from tests.support.dialog import Dialog

# What the user said is not a note


def test_no_thats_it_ends_and_moves_nothing(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        alexa: Anything else?
        user: no that's it
        alexa ends the session
        user: where is my passport
        alexa: Your passport is in the safe.
    """)
    assert "in the it" not in dialog.last.text


def test_nein_das_ist_es_ends_and_saves_nothing(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Pass ist im Safe
        user: nein das ist es
        alexa ends the session
        user: was weißt du alles
        alexa: Pass
    """)
    assert "nein" not in dialog_de.last.text.lower()


def test_a_pause_or_the_item_itself_is_not_a_place(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: I put my passport
        alexa: Where is your passport?
        user: um
        alexa: Take your time. Where is your passport?
        user: hang on
        alexa: Take your time.
        user: in the safe
        alexa: Got it. Your passport is in the safe.
        user: forget my passport
        user: I put my phone
        alexa: Where is your phone?
        user: my phone
        alexa: I haven't saved anything
        user: what do you remember
        alexa: You haven't told me about anything yet.
    """)


def test_closing_words_end_the_session_and_move_nothing(dialog: Dialog) -> None:
    for closing in ("that's it thanks", "no that's all thank you", "that's fine", "that's great"):
        dialog.run(f"""
            user: open memory keeper
            user: my keys are in the drawer
            user: {closing}
            alexa ends the session
            user: where are my keys
            alexa: Your keys are in the drawer.
        """)


def test_two_statements_in_one_sentence_save_nothing_wrong(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook, my wallet is on the table
        alexa: I can only take one place at a time, so I haven't saved anything.
        user: my keys are on the hook and so is my wallet
        alexa: I can only take one place at a time
        user: what do you remember
        alexa: You haven't told me about anything yet.
        user: I put my keys in the bowl and the letters on the table
        alexa: I can only take one place at a time
        user: my glasses are on the table and the remote on the sofa
        alexa: I can only take one place at a time
        user: what do you remember
        alexa: You haven't told me about anything yet.
        user: my phone is between the sofa and the wall in the lounge
        alexa: Got it. Your phone is between the sofa and the wall in the lounge.
    """)


def test_zwei_aussagen_in_einem_satz_speichern_nichts_falsches(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Brille liegt auf dem Tisch und die Fernbedienung auf dem Sofa
        alexa: deshalb habe ich nichts gespeichert
        user: mein Schlüssel ist im Flur und mein Handy liegt auf dem Sofa
        alexa: deshalb habe ich nichts gespeichert
        user: mein Handy liegt zwischen dem Sofa und der Wand im Wohnzimmer
        alexa: zwischen dem Sofa und der Wand im Wohnzimmer
    """)


def test_a_request_or_a_pause_before_the_item_is_not_part_of_it(dialog: Dialog) -> None:
    dialog.run("user: open memory keeper")
    for said in ("could you remember my keys", "hang on, my wallet", "my check", "can"):
        reply = dialog.chat.send_intent(
            "RememberIntent", {"item": said, "location": "in the drawer"}
        )
        assert reply.text.startswith("Got it. Your "), (said, reply.text)
    dialog.run("""
        user: where are my keys
        alexa: Your keys are in the drawer.
        user: where is my wallet
        alexa: Your wallet is in the drawer.
        user: where is my check
        alexa: Your check is in the drawer.
    """)


def test_a_name_with_a_clause_or_a_genitive_is_one_item(dialog: Dialog, dialog_de: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: the book my sister lent me is on the shelf
        alexa: Got it. The book your sister lent you is on the shelf.
        user: the keys to my car and my house are on the hook
        alexa: Got it. Your keys to your car and your house
        user: what do you remember
        alexa: 2 things
    """)
    dialog_de.run("""
        user: öffne memory keeper
        user: die Schuhe der Kinder sind im Flur
        user: wo sind die Schuhe der Kinder
        alexa: im Flur
    """)


def test_a_question_heard_as_a_note_is_not_saved(dialog: Dialog) -> None:
    dialog.run("user: open memory keeper")
    reply = dialog.chat.send_intent("RememberIntent", {"item": "what", "location": "in the garage"})
    assert "Got it" not in reply.text
    reply = dialog.chat.send_intent(
        "RememberIntent", {"item": "do you know if my keys", "location": "on the hook"}
    )
    assert "Got it" not in reply.text
    dialog.run("""
        user: what do you remember
        alexa: You haven't told me about anything yet.
    """)
    reply = dialog.chat.send_intent(
        "RememberIntent", {"item": "can opener", "location": "in the drawer"}
    )
    assert reply.text.startswith("Got it. Your can opener is in the drawer.")


# "Forget that" while the skill asks a question


def test_forget_that_while_asked_forgets_nothing(dialog: Dialog, dialog_de: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are in the drawer
        user: I put my keys
        alexa: Where are your keys?
        user: forget that
        alexa: I haven't saved anything
        user: where are my keys
        alexa: Your keys are in the drawer.
        user: forget it please
        alexa ends the session
    """)
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind in der Schublade
        user: ich habe meine Schlüssel weggelegt
        user: vergiss das
        alexa: ich habe nichts gespeichert
        user: wo sind meine Schlüssel
        alexa: in der Schublade
    """)


# Yes only when certain


def test_yes_only_for_the_same_place_else_where_it_is(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my wallet is in the car park
        user: is my wallet in the car
        alexa: Your wallet is in the car park.
        user: is my wallet in the park
        alexa: Your wallet is in the car park.
        user: what is in the car
        alexa: Here's what you've told me is in the car: your wallet in the car park.
        user: my torch is in the cupboard under the stairs
        user: what is under the stairs
        alexa: your torch in the cupboard under the stairs
        user: my keys are in the kitchen not the bedroom
        user: are my keys in the bedroom
        alexa: Your keys are in the kitchen not the bedroom.
        user: my bike is inside the garage
        user: is my bike in the garage
        alexa: Yes, your bike is inside the garage.
        user: my glasses are on the chair by the table
        user: are my glasses on the table
        alexa: Your glasses are on the chair by the table.
        user: my passport is in the top drawer
        user: is my passport in the drawer
        alexa: Yes, your passport is in the top drawer.
        user: is my passport at home
        alexa: Your passport is in the top drawer.
    """)
    assert not dialog.last.text.startswith(("Yes", "No"))


def test_ja_nur_wenn_es_sicher_ist(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Pass ist in der Schublade im Schrank
        user: ist mein Pass im Schrank
        alexa: Ja.
        user: ist mein Pass im Auto
        alexa: Dein Pass ist in der Schublade im Schrank.
    """)
    assert not dialog_de.last.text.startswith("Nein")


def test_a_longer_item_is_named_never_confirmed_or_erased_for_good(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my phone charger is in the drawer
        user: is my phone in the drawer
        alexa: Your phone charger is in the drawer.
        user: forget my phone completely
        alexa: The only note that fits is your phone charger.
        user: where is my phone charger
        alexa: Your phone charger is in the drawer.
        user: my mum's ring is in the box
        user: erase my mums ring for good
        alexa: I've erased your mum's ring
    """)


# Several items in a question


def test_several_items_in_a_question_are_each_answered(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys and my wallet are on the table
        user: where are my keys and my wallet
        alexa: Your keys and your wallet are on the table.
        user: forget my keys and my wallet
        alexa: Okay, I've forgotten where your keys and your wallet are.
        user: undo
        alexa: Undone. I remember your
    """)


def test_mehrere_dinge_in_einer_frage(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel und mein Geldbeutel sind auf dem Tisch
        user: wo sind meine Schlüssel und mein Geldbeutel
        alexa: Deine Schlüssel und dein Geldbeutel sind auf dem Tisch.
    """)


def test_history_of_a_forgotten_note_says_it_was_forgotten(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: forget my passport
        user: where was my passport before
        alexa: You asked me to forget your passport just now. Before that, it was in the safe.
    """)


def test_his_or_her_things_are_theirs_not_the_users(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the safe
        user: his passport is in the drawer
        alexa: Got it. His passport is in the drawer.
        user: where is my passport
        alexa: Your passport is in the safe.
        user: my glasses and her glasses are on the shelf
        alexa: Got it: your glasses and her glasses are on the shelf.
        user: where are her glasses
        alexa: Her glasses are on the shelf.
        user: what do you remember
        alexa: 4 things
    """)


def test_them_after_a_list_means_what_the_list_named(dialog: Dialog) -> None:
    """ "Forget them" after "what's in the shed" forgot the note saved last (the phone)."""
    dialog.run("""
        user: open memory keeper
        user: my bike is in the shed
        user: my tent is in the shed
        user: my phone is in my pocket
        user: what's in the shed
        user: forget them
        alexa: Which do you mean: your bike or your tent?
        user: never mind
        user: what do you remember
        user: where are they
        alexa: Your phone is in your pocket.
        alexa: Your tent and your bike are in the shed.
    """)
    dialog.run("""
        user: where is my phone
        alexa: Your phone is in your pocket.
    """)


def test_a_correction_that_is_a_whole_statement_moves_nothing(
    dialog: Dialog, dialog_de: Dialog
) -> None:
    """ "No, I meant my glasses are on the sofa" was saved "on your glasses are on the sofa"."""
    dialog.run("""
        user: open memory keeper
        user: my glasses are on the table
        user: no, I meant my glasses are on the sofa
        alexa: Say the whole thing
        user: where are my glasses
        alexa: Your glasses are on the table.
    """)
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Brille liegt auf dem Tisch
        user: nein, ich meinte meine Brille liegt auf dem Sofa
        alexa: Sag es ganz
        user: wo ist meine Brille
        alexa: auf dem Tisch
    """)


def test_a_correction_after_a_question_moves_nothing(dialog: Dialog, dialog_de: Dialog) -> None:
    """ "Where are my keys and my passport?" "No, I meant the sofa" moved both to the sofa."""
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my passport is in the safe
        user: where are my keys and my passport
        user: no, I meant the sofa
        alexa: Say the whole thing
        user: where is my passport
        alexa: Your passport is in the safe.
        user: my keys are in the bowl
        user: no, I meant the drawer
        alexa: Your keys are in the drawer now.
    """)
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind im Auto
        user: sind meine Schlüssel im Auto
        user: nein, ich meinte auf dem Sofa
        alexa: Sag es ganz
        user: wo sind meine Schlüssel
        alexa: im Auto
    """)


def test_a_filler_before_a_place_or_an_item_is_no_part_of_it(
    dialog: Dialog, dialog_de: Dialog
) -> None:
    dialog.run("""
        user: open memory keeper
        user: I put my train tickets
        user: sorry, in my backpack
        alexa: Got it. Your train tickets are in your backpack.
        user: I moved my keys to the kitchen table
        alexa: Got it. Your keys are on the kitchen table.
    """)
    dialog_de.run("""
        user: öffne memory keeper
        user: der Regenschirm ist im Auto
        user: die Sonnenbrille ist auch im Auto
        alexa: Die Sonnenbrille findest du im Auto.
        user: und meine Brille liegt auf dem Nachttisch
        alexa: Deine Brille
        user: was weißt du alles
    """)
    assert "Und" not in dialog_de.last.text and "auch" not in dialog_de.last.text


def test_a_question_about_two_notes_joined_by_and_the_asks_about_each(
    dialog: Dialog, dialog_de: Dialog
) -> None:
    """ "Are the car keys and the spare key in the blue bowl?" said it knew neither."""
    dialog.run("""
        user: open memory keeper
        user: my car keys are in the blue bowl
        user: the spare key is in the blue bowl
        user: are the car keys and the spare key in the blue bowl
        alexa: Yes. Your car keys and your spare key are in the blue bowl.
        user: my keys are on the hook
        user: tom's wallet is in the drawer
        user: where are my keys and tom's wallet
        alexa: Your keys are on the hook. Tom's wallet is in the drawer.
    """)
    dialog_de.run("""
        user: öffne memory keeper
        user: die Schlüssel sind im Tresor
        user: der Reisepass ist im Tresor
        user: liegen die Schlüssel und der Reisepass im Tresor
        alexa: Ja. Die Schlüssel und der Reisepass sind im Tresor.
    """)
