from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from memory_keeper import speech

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("days", "spoken"),
    [
        (0, "today"),
        (1, "yesterday"),
        (3, "3 days ago"),
        (13, "13 days ago"),
        (20, "2 weeks ago"),
        (90, "3 months ago"),
        (400, "over a year ago"),
    ],
)
def test_ago(days: int, spoken: str) -> None:
    assert speech.ago("en-US", NOW - timedelta(days=days), NOW) == spoken


def test_say_escapes_user_text_but_not_spoken_parts() -> None:
    text = speech.say(
        "en-US",
        "saved",
        item="salt & <pepper>",
        verb=speech.word("en-US", "is"),
        location="on the 'shelf'",
    )
    assert text == "Got it. Your salt &amp; &lt;pepper&gt; is on the &apos;shelf&apos;."


def test_unknown_locale_falls_back_to_default() -> None:
    assert speech.say("xx-XX", "goodbye") == speech.say("en-US", "goodbye")


def test_join_words() -> None:
    assert speech.join_words("en-US", ["a"]) == "a"
    assert speech.join_words("en-US", ["a", "b"]) == "a and b"
    assert speech.join_words("en-US", ["a", "b", "c"]) == "a, b, and c"


def test_every_locale_has_every_key() -> None:
    keys = set(speech.STRINGS[speech.DEFAULT_LOCALE])
    for locale, table in speech.STRINGS.items():
        assert set(table) == keys, locale
