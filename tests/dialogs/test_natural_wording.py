"""What the skill said back that was true but did not read as a person would say it: a name's
thing called "your", an item with a clause after its noun, a time phrase said after every item,
German counted "1 mehr". Each a dialog, heard as `make chat` hears it."""

from __future__ import annotations

from tests.support.dialog import Dialog

# whose a thing is


def test_a_persons_thing_is_theirs_and_a_relatives_is_yours(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: tom's bike is in the shed
        alexa: Got it. Tom's bike is in the shed.
        user: my mum's ring is in the jewellery box
        alexa: Got it. Your mum's ring is in the jewellery box.
        user: my wife's scarf is on the hook
        alexa: Got it. Your wife's scarf is on the hook.
        user: my grandma's brooch is in the box
        alexa: Got it. Your grandma's brooch is in the box.
        user: my women's magazine is on the table
        alexa: Got it. Your women's magazine is on the table.
        user: the children's books are on the shelf
        alexa: Got it. Your children's books are on the shelf.
        user: where is tom's bike
        alexa: Tom's bike is in the shed.
        user: what's in the shed
        alexa: Here's what you've told me is in the shed: Tom's bike.
    """)
    assert "your Tom" not in dialog.last.text and "Your tom" not in dialog.last.text


def test_an_item_with_a_clause_after_its_noun_reads_naturally(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: the book my sister lent me is on the shelf
        alexa: Got it. The book your sister lent you is on the shelf.
        user: where is the book my sister lent me
        alexa: The book your sister lent you is on the shelf.
        user: the charger for my phone is in the drawer
        alexa: Got it. Your charger for your phone is in the drawer.
        user: what do you remember
        alexa: the book your sister lent you is on the shelf
        user: my mum's ring i inherited is in the safe
        alexa: Got it. Your mum's ring you inherited is in the safe.
        user: his passport that i found is in the drawer
        alexa: Got it. His passport that you found is in the drawer.
    """)


def test_whose_passports_before_and_is_no_item_of_its_own(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my wife's and my passports are in the safe
        alexa: Got it. Your wife's and your passports are in the safe.
        user: what do you remember
        alexa: You've told me about one thing: your wife's and your passports are in the safe.
        user: his and my keys are on the hook
        alexa: Got it. His and your keys are on the hook.
    """)


# when the user told it


def test_where_are_several_things_says_when_once_when_it_is_the_same(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my keys are on the hook
        user: my wallet is on the table
        user: where are my keys and my wallet
        alexa: Your keys are on the hook. Your wallet is on the table. You told me both just now.
        user: my phone is on the desk
        user: where are my keys my wallet and my phone
        alexa: Your phone is on the desk. You told me all that just now.
        --- 3 hours later
        user: my phone is in the car
        user: where are my keys and my phone
        alexa: Your keys are on the hook. You told me that this morning.
        alexa: Your phone is in the car. You told me that just now.
    """)
    dialog.run("""
        user: where are my keys and my umbrella
        alexa: Your keys are on the hook. You told me that this morning.
        alexa: I don't know where your umbrella is yet.
    """)
    assert dialog.replies[3].text.count("told me") == 1


def test_an_earlier_place_told_a_moment_ago_reads_naturally(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in the top drawer
        user: my passport is in the safe
        user: where was my passport before
        alexa: Your passport is in the safe now. Before that, it was in the top drawer a moment ago.
    """)
    assert "just now" not in dialog.last.text


def test_several_things_and_an_earlier_place_in_german(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: mein Geldbeutel ist auf dem Tisch
        user: wo sind meine Schlüssel und mein Geldbeutel
        alexa: Dein Geldbeutel ist auf dem Tisch. Beides hast du mir gerade eben gesagt.
        user: mein Geldbeutel ist im Auto
        user: wo war mein Geldbeutel vorher
        alexa: Davor: eben noch auf dem Tisch.
    """)
    assert dialog_de.replies[3].text.count("gesagt") == 1


# German


def test_german_counts_what_is_left_in_words(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel sind am Haken
        user: mein Pass ist im Safe
        user: meine Brille ist im Bad
        user: mein Handy ist auf dem Tisch
        user: was weißt du alles
        alexa: …und noch eine Sache. Möchtest du mehr hören?
        user: meine Jacke ist im Flur
        user: was weißt du alles
        alexa: …und noch zwei Sachen. Möchtest du mehr hören?
    """)
    assert "mehr." not in dialog_de.last.text and "2" not in dialog_de.last.text


def test_german_several_things_saved_together_are_said_as_one_sentence(dialog_de: Dialog) -> None:
    dialog_de.run("""
        user: öffne memory keeper
        user: meine Schlüssel und mein Geldbeutel sind auf dem Tisch
        alexa: Alles klar. Deine Schlüssel und dein Geldbeutel sind auf dem Tisch.
        user: meinen Pass und meine Brille habe ich in die Schublade gelegt
        alexa: Alles klar. Dein Pass und deine Brille sind in der Schublade.
    """)
    assert "notiert" not in dialog_de.last.text


# one place, however it is joined


def test_a_where_clause_is_one_place(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my bike is parked where my car is parked
        alexa: Got it. Your bike is parked where your car is parked.
        user: my car is parked in the garage
        alexa: Got it. Your car is parked in the garage.
        user: my keys are where my wallet is
        alexa: Got it. Your keys are where your wallet is.
        user: I put my hat where my coat is
        alexa: Got it. Your hat is where your coat is.
        user: where is my hat
        alexa: Your hat is where your coat is.
        user: my keys are on the hook and my wallet is in the car
        alexa: I can only take one place at a time, so I haven't saved anything.
    """)
    reply = dialog.chat.send_intent(
        "RememberIntent", {"item": "gloves", "location": "wherever my coats are"}
    )
    assert "Your gloves are wherever your coats are." in reply.text, reply.text


def test_a_place_between_two_long_named_things_is_one_place(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my phone is between the big old leather sofa and my bed in the lounge
        alexa: Got it. Your phone is between the big old leather sofa and your bed in the lounge.
        user: my glasses are between the sofa and my bed
        alexa: Got it. Your glasses are between the sofa and your bed.
        user: I put my remote between the sofa and my bed
        alexa: Got it. Your remote is between the sofa and your bed.
        user: my keys are between the sofa and my bed and my wallet is on the table
        alexa: I can only take one place at a time, so I haven't saved anything.
    """)
