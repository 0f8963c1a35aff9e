"""The whole conversation in German (de-DE): what a German speaker says and hears.

German grammar depends on a noun's gender, which the skill cannot know: it keeps the user's own
possessive and turns it around ("mein Schlüssel" -> "dein Schlüssel", "meine Brille" -> "deine
Brille", "meinen Pass" -> "deinen Pass") and chooses sentences that fit the form said.
"""

from __future__ import annotations

from typing import Any

from tests.support.dialog import Dialog


def _card(dialog: Dialog) -> dict[str, Any]:
    card: dict[str, Any] = dialog.last.response["response"].get("card") or {}
    return card


# remember and recall


def test_first_launch_welcomes_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        alexa: Willkommen bei Memory Keeper.
        alexa: Sag zum Beispiel: mein Pass ist in der obersten Schublade.
        alexa: Was soll ich mir merken?
        alexa keeps the session open
    """)


def test_the_possessive_is_kept_and_turned_around(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Schlüssel ist am Haken
        alexa: Alles klar. Dein Schlüssel ist am Haken.
        alexa: Sonst noch etwas?
        user: meine Brille liegt im Bad
        alexa: Alles klar. Deine Brille findest du im Bad.
        user: ich habe meinen Pass in die Schublade gelegt
        alexa: Alles klar. Deinen Pass findest du in der Schublade.
        user: meine Schlüssel sind am Haken
        alexa: Das weiß ich schon: Deine Schlüssel findest du am Haken.
    """)


def test_what_is_told_today_is_there_days_later(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: stopp
        alexa: Tschüss.
        alexa ends the session
        --- 1 day later
        user: frag memory keeper wo meine Schlüssel sind
        alexa: Deine Schlüssel findest du am Haken. Das hast du mir gestern Morgen gesagt.
        alexa ends the session
        --- 2 days later
        user: frag memory keeper wo meine Schlüssel sind
        alexa: Das hast du mir am Montag gesagt.
        --- 20 days later
        user: frag memory keeper wo meine Schlüssel sind
        alexa: Das hast du mir vor drei Wochen gesagt.
    """)


def test_evening_phrases_follow_the_users_time_zone(dialog_de: Dialog) -> None:
    dialog_de.run("""
        --- the device is in Europe/Berlin
        --- 10 hours later
        user: sag memory keeper dass meine Brille im Bad liegt
        alexa: Alles klar. Deine Brille findest du im Bad.
        alexa ends the session
        --- 1 minute later
        user: frag memory keeper wo meine Brille ist
        alexa: Das hast du mir gerade eben gesagt.
        --- 14 hours later
        user: frag memory keeper wo meine Brille ist
        alexa: Das hast du mir gestern Abend gesagt.
    """)


def test_a_one_shot_answers_and_ends(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: sag memory keeper dass meine Schlüssel am Haken sind
        alexa: Alles klar. Deine Schlüssel findest du am Haken.
        alexa ends the session
        --- on the phone
        user: wo sind meine Schlüssel
        alexa: Deine Schlüssel findest du am Haken. Das hast du mir gerade eben gesagt.
    """)


def test_matching_forgives_umlauts_articles_and_plurals(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: wo sind meine Schluessel
        alexa: Deine Schlüssel findest du am Haken.
        user: wo ist der Schlüssel
        alexa: Deine Schlüssel findest du am Haken.
        user: mein Handy liegt auf dem Tisch
        user: wo sind meine Handys
        alexa: Dein Handy ist auf dem Tisch.
    """)


def test_a_name_that_fits_two_things_is_asked_about(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Autoschlüssel sind im Auto
        user: meine Hausschlüssel sind am Haken
        user: wo sind meine Schlüssel
        alexa: Was meinst du: deine Autoschlüssel oder deine Hausschlüssel?
        user: meine Hausschlüssel
        alexa: Deine Hausschlüssel findest du am Haken.
    """)


def test_unknown_item_says_so(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: wo ist mein Regenschirm
        alexa: Ich weiß noch nicht, wo dein Regenschirm ist.
        alexa keeps the session open
    """)


def test_missing_place_is_asked_for_and_it_means_the_item(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: merk dir meinen Pass
        alexa: Wo hast du deinen Pass hingelegt?
        alexa keeps the session open
        user: im Koffer
        alexa: Alles klar. Deinen Pass findest du im Koffer.
        user: wo ist er
        alexa: Deinen Pass findest du im Koffer.
    """)


def test_missing_item_is_asked_for_first(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: merk dir was
        alexa: Was soll ich mir merken?
        user: mein Fahrrad
        alexa: Wo ist dein Fahrrad?
        user: im Keller
        alexa: Alles klar. Dein Fahrrad ist im Keller.
    """)


def test_i_dont_know_saves_nothing(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: merk dir meine Brille
        user: weiß ich nicht
        alexa: Kein Problem, ich habe nichts gespeichert.
        alexa: Wenn du weißt, wo du deine Brille hingelegt hast, sag es mir einfach.
        user: was weißt du alles
        alexa: Du hast mir noch nichts gesagt.
    """)


def test_moving_keeps_history_newest_first(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Pass ist im Safe
        --- 2 days later
        user: mein Pass ist in der Schublade
        alexa: Alles klar. Dein Pass ist jetzt in der Schublade. Vorher: im Safe.
        user: mein Pass ist in der Schublade
        alexa: Das weiß ich schon: Dein Pass ist in der Schublade.
        user: wo war mein Pass vorher
        alexa: Dein Pass ist jetzt in der Schublade. Davor: am Montag im Safe.
    """)


def test_history_with_one_place(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Brille liegt im Bad
        user: wo war meine Brille
        alexa: Deine Brille findest du im Bad, einen anderen Ort kenne ich nicht.
    """)


def test_recall_and_history_send_a_german_card(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: ich habe meinen Pass in die Schublade gelegt
        user: wo ist mein Pass
    """)
    card = _card(dialog_de)
    assert card["title"] == "Dein Pass"
    assert card["content"].startswith("Deinen Pass findest du in der Schublade.")


# forget and undo


def test_forget_then_undo_brings_it_back(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Brille liegt im Bad
        user: vergiss meine Brille
        alexa: Okay, ich habe vergessen, wo du deine Brille hingelegt hast.
        alexa: Sag rückgängig, wenn das ein Versehen war.
        user: wo ist meine Brille
        alexa: Du hast mich gerade eben gebeten zu vergessen, wo du deine Brille hingelegt hast.
        alexa: Davor hattest du mir gesagt: im Bad.
        user: mach das rückgängig
        alexa: Rückgängig gemacht. Ich weiß es wieder: deine Brille findest du im Bad.
    """)


def test_undo_a_move_and_a_new_item(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Pass ist im Safe
        user: mein Pass ist im Auto
        user: rückgängig
        alexa: Rückgängig gemacht. Dein Pass ist wieder im Safe, nicht im Auto.
        user: rückgängig
        alexa: Rückgängig gemacht. Ich habe zurückgenommen, dass dein Pass im Safe ist.
        user: rückgängig
        alexa: Es gibt nichts rückgängig zu machen.
    """)


def test_found_it_forgets_it_and_unknown_things_are_said_so(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: ich habe meine Schlüssel gefunden
        alexa: Okay, ich habe vergessen, wo du deine Schlüssel hingelegt hast.
        user: vergiss meine Schlüssel
        alexa: Ich habe schon vergessen, wo du deine Schlüssel hingelegt hast.
        user: vergiss meine Socken
        alexa: Ich habe nichts dazu gespeichert, wo du deine Socken hingelegt hast.
    """)


def test_forget_completely_cannot_be_undone(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: mein Pass ist im Safe
        user: vergiss meinen Pass endgültig
        alexa: Erledigt. Endgültig gelöscht: dein Pass, mit jedem Ort
        user: wo ist mein Pass
        alexa: Ich weiß noch nicht, wo dein Pass ist.
    """)


def test_forget_everything_asks_first(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: vergiss alles
        alexa: Soll ich wirklich alles vergessen?
        alexa keeps the session open
        user: nein
        alexa: Okay, ich behalte alles.
        user: lösche alles
        user: ja
        alexa: Erledigt. Ich habe alles vergessen, was du mir gesagt hast.
        user: vergiss alles
        alexa: Es gibt nichts zu vergessen.
    """)


# the list and the session


def test_list_reads_three_and_offers_more(dialog_de: Dialog) -> None:
    dialog_de.run("user: öffne memory keeper")
    for number in range(5):
        dialog_de.chat.say(f"mein Ding {number} ist in Kiste {number}")
    dialog_de.run("""
        user: was weißt du alles
        alexa: Ich habe mir fünf Sachen gemerkt. Die neuesten: dein Ding 4 ist in Kiste 4
        alexa: …und noch zwei Sachen. Möchtest du mehr hören?
    """)
    assert "Dein Ding 0 ist in Kiste 0" in _card(dialog_de)["content"]
    dialog_de.run("""
        user: ja
        alexa: Weiter: dein Ding 1 ist in Kiste 1 und dein Ding 0 ist in Kiste 0. Das war alles.
    """)


def test_short_list_joins_with_und(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: mein Pass ist im Safe
        user: was hast du dir gemerkt
        alexa: Ich habe mir zwei Sachen gemerkt: dein Pass ist im Safe und deine Schlüssel
    """)


def test_welcome_back_counts(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: sag memory keeper dass meine Schlüssel am Haken sind
        user: öffne memory keeper
        alexa: Willkommen zurück. Du hast eine Sache gespeichert. Was möchtest du tun?
    """)


def test_an_interrupted_dialog_is_offered_at_the_next_launch(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: merk dir meinen Pass
        --- the session times out
        --- 2 hours later
        user: öffne memory keeper
        alexa: Letztes Mal wolltest du mir sagen, wo du deinen Pass hingelegt hast.
        alexa: Möchtest du das zu Ende bringen?
        user: ja
        alexa: Wo hast du deinen Pass hingelegt?
        user: im Koffer
        alexa: Alles klar. Deinen Pass findest du im Koffer.
    """)


def test_help_fallback_and_goodbyes(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: hilfe
        alexa: Ich merke mir, wo du deine Sachen hingelegt hast.
        alexa: Später fragst du: wo ist mein Pass?
        alexa keeps the session open
        user: sing mir ein Lied
        alexa: Entschuldigung, das habe ich nicht verstanden.
        alexa keeps the session open
        user: danke
        alexa: Gern geschehen. Tschüss.
        alexa ends the session
    """)
    for phrase in ("stopp", "abbrechen"):
        dialog_de.run(f"""
            user: öffne memory keeper
            user: {phrase}
            alexa: Tschüss.
            alexa ends the session
        """)


def test_help_while_asking_for_a_place_asks_again(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: merk dir meine Brille
        user: hilfe
        alexa: Ich speichere gerade, wo du deine Brille hingelegt hast.
        alexa: Wo hast du deine Brille hingelegt?
    """)


def test_repeat_and_start_over(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: wie bitte
        alexa: Alles klar. Deine Schlüssel findest du am Haken.
        user: fang von vorne an
        alexa: Okay, fangen wir von vorne an.
        user: wo sind meine Schlüssel
        alexa: Deine Schlüssel findest du am Haken.
    """)


def test_too_long_place_is_refused_in_german(dialog_de: Dialog) -> None:
    long_place = "in der " + "sehr " * 30 + "großen Kiste"
    dialog_de.run(f"""
        user: öffne memory keeper
        user: mein Pass ist {long_place}
        alexa: Dieser Ort ist mir etwas zu lang.
        user: in der Kiste
        alexa: Alles klar. Dein Pass ist in der Kiste.
    """)


def test_user_text_is_escaped_in_german_speech(dialog_de: Dialog) -> None:
    dialog_de.run("user: öffne memory keeper")
    reply = dialog_de.chat.send_intent(
        "RememberIntent", {"item": "meine <Tasche> & Co", "location": "am Haken"}
    )
    ssml = reply.response["response"]["outputSpeech"]["ssml"]
    assert "Deine &lt;Tasche&gt; &amp; Co findest du am Haken" in ssml
