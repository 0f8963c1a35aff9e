"""English: what is said around a thing or a place is not part of it."""

from __future__ import annotations

import pytest

from memory_keeper.language.en import GRAMMAR


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("there in the showcase in the hall", "in the showcase in the hall"),  # "is there in"
        ("filed in the green folder", "in the green folder"),  # how it is, before where
        ("rolled up behind the door", "behind the door"),
        ("screwed to the wall in the garage", "on the wall in the garage"),
        ("on charge by the bed", "by the bed"),
        ("bed by the window", "bed by the window"),  # a short word in -ed is a noun
        ("in the shed", "in the shed"),
    ],
)
def test_words_before_a_place_are_left_out(said: str, place: str) -> None:
    assert GRAMMAR.normal_place(said) == place


@pytest.mark.parametrize(
    ("said", "item"),
    [
        ("the torch there", "torch"),
        ("my visa papers kept earlier", "visa papers"),
        ("the tent for their trip", "tent"),
        ("the charger for my phone", "charger for my phone"),  # which charger: kept
        ("not the van", ""),  # "not the van, it's in the ute": the last thing is meant
    ],
)
def test_words_after_a_thing_are_left_out(said: str, item: str) -> None:
    assert GRAMMAR.clean_item(said) == item
