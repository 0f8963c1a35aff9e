"""Recall, history and list also send a card to the Alexa app; the list card has every item."""

from __future__ import annotations

from typing import Any

from tests.support.dialog import Dialog


def _card(dialog: Dialog) -> dict[str, Any]:
    card = dialog.last.response["response"].get("card")
    assert card, f"no card with {dialog.last.text!r}"
    return dict(card)


def test_recall_and_history_send_a_card(dialog: Dialog) -> None:
    dialog.run("""
        user: open memory keeper
        user: my passport is in my bag
        user: where is my passport
    """)
    card = _card(dialog)
    assert card["title"] == "Your passport"
    assert card["content"].startswith("Your passport is in your bag.")
    dialog.run("""
        user: my passport is in the safe
        user: where was my passport before
    """)
    assert "Before that, it was in your bag" in _card(dialog)["content"]


def test_the_list_card_has_every_item_not_only_the_spoken_three(dialog: Dialog) -> None:
    dialog.run("user: open memory keeper")
    for number in range(1, 10):
        dialog.run(f"user: my thing {number} is in box {number}")
    dialog.run("""
        user: what do you remember
        alexa: …and 6 more. Want to hear more?
    """)
    lines = _card(dialog)["content"].splitlines()
    assert len(lines) == 9
    assert lines[0] == "Your thing 9 is in box 9"
    assert "Your thing 1 is in box 1" in lines


def test_user_text_in_a_card_is_plain_not_escaped(dialog: Dialog) -> None:
    dialog.run("""
        user: my salt & pepper shakers are in the cupboard
        user: where are my salt & pepper shakers
    """)
    assert _card(dialog)["content"].startswith("Your salt & pepper shakers are in the cupboard.")
