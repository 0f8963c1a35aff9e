"""Speech and the English grammar: escaping, perspective, places, time phrases, strings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from memory_keeper import speech
from memory_keeper.language import LOCALE_STRINGS, for_locale
from memory_keeper.language.en import GRAMMAR

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 6, 17, 18, 30, tzinfo=LA)  # a Wednesday evening


@pytest.mark.parametrize(
    ("then", "spoken"),
    [
        (NOW - timedelta(seconds=30), "just now"),
        (NOW - timedelta(minutes=25), "25 minutes ago"),
        (datetime(2026, 6, 17, 9, tzinfo=LA), "this morning"),
        (datetime(2026, 6, 17, 14, tzinfo=LA), "this afternoon"),
        (datetime(2026, 6, 17, 3, tzinfo=LA), "last night"),  # 3 a.m., asked in the evening
        (datetime(2026, 6, 16, 19, tzinfo=LA), "yesterday evening"),
        (datetime(2026, 6, 16, 22, tzinfo=LA), "last night"),
        (datetime(2026, 6, 16, 10, tzinfo=LA), "yesterday morning"),
        (datetime(2026, 6, 14, 10, tzinfo=LA), "on Sunday"),
        (NOW - timedelta(days=9), "a week ago"),
        (NOW - timedelta(days=12), "2 weeks ago"),
        (NOW - timedelta(days=21), "3 weeks ago"),
        (NOW - timedelta(days=90), "3 months ago"),
        (NOW - timedelta(days=364), "a year ago"),
        (NOW - timedelta(days=400), "a year ago"),
        (NOW - timedelta(days=800), "2 years ago"),
    ],
)
def test_time_phrases(then: datetime, spoken: str) -> None:
    assert GRAMMAR.when(then, NOW) == spoken


def test_a_night_not_yet_over_is_tonight() -> None:
    assert GRAMMAR.when(
        datetime(2026, 6, 17, 1, tzinfo=LA), datetime(2026, 6, 17, 3, tzinfo=LA)
    ) == ("earlier tonight")


TORONTO = ZoneInfo("America/Toronto")
SYDNEY = ZoneInfo("Australia/Sydney")


def _local(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC).astimezone(zone)


@pytest.mark.parametrize(
    ("then", "now", "spoken"),
    [
        # Toronto falls back on 2026-11-01 at 2:00 EDT: 00:50 EDT to 01:20 EST is 90 minutes.
        (
            _local(TORONTO, 2026, 11, 1, 4, 50),
            _local(TORONTO, 2026, 11, 1, 6, 20),
            "earlier tonight",
        ),
        # 01:30 EDT to 01:10 EST (the second 1 o'clock) is 40 minutes, not "just now".
        (
            _local(TORONTO, 2026, 11, 1, 5, 30),
            _local(TORONTO, 2026, 11, 1, 6, 10),
            "40 minutes ago",
        ),
        # Sydney springs forward on 2026-10-04: 01:55 AEST to 03:05 AEDT is 10 minutes.
        (_local(SYDNEY, 2026, 10, 3, 15, 55), _local(SYDNEY, 2026, 10, 3, 16, 5), "10 minutes ago"),
    ],
)
def test_minutes_are_counted_across_a_change_of_summer_time(
    then: datetime, now: datetime, spoken: str
) -> None:
    assert GRAMMAR.when(then, now) == spoken


@pytest.mark.parametrize(
    ("elapsed", "spoken"),
    [
        (timedelta(seconds=40), "just now"),
        (timedelta(minutes=25), "25 minutes ago"),
        (timedelta(minutes=70), "an hour ago"),
        (timedelta(hours=5), "5 hours ago"),
        (timedelta(hours=30), "a day ago"),
        (timedelta(days=3, hours=2), "3 days ago"),
        (timedelta(hours=47), "2 days ago"),
        (timedelta(minutes=100), "2 hours ago"),
        (timedelta(days=9), "a week ago"),
    ],
)
def test_without_a_time_zone_only_durations_are_said(elapsed: timedelta, spoken: str) -> None:
    now = datetime(2026, 6, 17, 18, 30, tzinfo=UTC)
    assert GRAMMAR.ago(now - elapsed, now) == spoken


@pytest.mark.parametrize(
    ("location", "spoken"),
    [
        ("in my coat pocket", "in your coat pocket"),
        ("the kitchen drawer", "in the kitchen drawer"),
        ("kitchen", "in the kitchen"),
        ("my bag", "in your bag"),
        ("to the safe", "in the safe"),
        ("home", "at home"),
        ("at my dad's place", "at your dad's place"),
        ("mom's house", "at mom's house"),
        ("on the hook", "on the hook"),
        ("back in my jacket", "back in your jacket"),
        ("where I always keep it", "where you always keep it"),
    ],
)
def test_places_are_said_from_the_users_side_with_a_preposition(location: str, spoken: str) -> None:
    assert GRAMMAR.place(location) == spoken


@pytest.mark.parametrize(
    ("text", "non_answer"),
    [
        ("I don't know", True),
        ("not sure", True),
        ("no idea", True),
        ("I can't remember", True),
        ("in the drawer", False),
        ("the knotted bag", False),
    ],
)
def test_non_answers(text: str, non_answer: bool) -> None:
    assert GRAMMAR.is_non_answer(text) is non_answer


def test_say_escapes_user_text_but_not_spoken_parts() -> None:
    text = speech.say(
        "en-US",
        "saved",
        item="salt & <pepper>",
        verb=speech.escaped("is"),
        place="on the 'shelf'",
    )
    assert text == "Got it. Your salt &amp; &lt;pepper&gt; is on the &apos;shelf&apos;."


def test_control_characters_never_reach_ssml() -> None:
    assert speech.escaped("keys\x00\x07 & co") == "keys &amp; co"


def test_unknown_locale_falls_back_to_default() -> None:
    assert speech.say("xx-XX", "goodbye") == speech.say("en-US", "goodbye")
    assert for_locale("en-GB").strings["goodbye"] == "Goodbye."  # en-GB resolves through en


def test_join() -> None:
    language = for_locale("en-US")
    parts = [speech.escaped(p) for p in ("a", "b", "c")]
    assert speech.join(language, parts[:1]) == "a"
    assert speech.join(language, parts[:2]) == "a and b"
    assert speech.join(language, parts, "or") == "a, b, or c"


def test_every_locale_overlay_only_overrides_known_strings() -> None:
    keys = set(for_locale("en-US").strings)
    for locale, overlay in LOCALE_STRINGS.items():
        assert set(overlay) <= keys, locale
