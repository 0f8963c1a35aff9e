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
