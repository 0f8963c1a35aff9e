"""Everything the skill says, per locale, and the helpers that make user text safe to speak.

Templates are `str.format` strings. Values passed to `say` are user text (items, locations) and are
escaped for SSML here, so "salt & pepper <jar>" cannot break the response.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

__all__ = [
    "DEFAULT_LOCALE",
    "STRINGS",
    "Spoken",
    "ago",
    "count_things",
    "join_words",
    "say",
    "ssml_escape",
    "word",
]

DEFAULT_LOCALE = "en-US"

STRINGS: dict[str, dict[str, str]] = {
    "en-US": {
        "welcome_new": (
            "Welcome to Memory Keeper. I remember where you put things. "
            "For example, say: my passport is in the top drawer. "
            "What would you like me to remember?"
        ),
        "welcome_back": "Welcome back. {count_phrase} What would you like to do?",
        "welcome_back_empty": (
            "Welcome back. You haven't got anything saved right now. "
            "What would you like me to remember?"
        ),
        "offer_resume": (
            "Welcome back. Last time you were telling me where your {item} {verb}. "
            "Want to finish that?"
        ),
        "offer_resume_no_item": (
            "Welcome back. Last time you were telling me about something you put away. "
            "Want to finish that?"
        ),
        "resume_declined": "Okay, let's leave that. What would you like to do?",
        "count_one": "You've saved one thing.",
        "count_many": "You've saved {count} things.",
        "ask_item": "What would you like me to remember?",
        "ask_item_reprompt": "Tell me the thing, for example: my passport.",
        "ask_which": "Which thing do you mean?",
        "ask_which_reprompt": "Tell me the thing, for example: my keys.",
        "what_next": "Okay. What would you like to do?",
        "ask_location": "Where {verb} your {item}?",
        "ask_location_reprompt": "Where did you put your {item}?",
        "saved": "Got it. Your {item} {verb} {location}.",
        "moved": "Got it. Your {item} {verb} {location} now. Before, {pronoun} {past} {previous}.",
        "unchanged": "I already have that: your {item} {verb} {location}.",
        "recall": "Your {item} {verb} {location}. You told me that {when}.",
        "recall_forgotten": (
            "You asked me to forget your {item} {when}. Before that, {pronoun} {past} {location}."
        ),
        "recall_unknown": (
            "I don't know where your {item} {verb} yet. When you put {object} away, tell me, "
            "for example: my {item} {verb} in the top drawer."
        ),
        "history_none": "I only know one place for your {item}: {location}, since {when}.",
        "history": "Your {item} {verb} {location} now. Before that, {pronoun} {past} {places}.",
        "history_place": "{location} {when}",
        "forgotten": (
            "Okay, I've forgotten where your {item} {verb}. Say undo if that was a mistake."
        ),
        "forget_unknown": "I don't have anything saved for your {item}.",
        "forgotten_completely": (
            "Done. I've erased your {item} and every place you told me, for good."
        ),
        "undone_remember": "Undone. I've taken back that your {item} {verb} {location}.",
        "undone_remember_back": (
            "Undone. I've taken back that your {item} {verb} {location}. "
            "I have {location_before} again."
        ),
        "undone_forget": "Undone. I remember your {item} again: {location}.",
        "nothing_to_undo": "There's nothing to undo.",
        "list_empty": (
            "You haven't told me about anything yet. Try saying: my keys are on the hook."
        ),
        "list_all": "You've told me about {count_things}: {entries}.",
        "list_first": "You've told me about {count_things}. The most recent: {entries}",
        "list_next": "Next: {entries}",
        "list_more": "…and {remaining} more. Want to hear more?",
        "list_done": "That's everything.",
        "list_entry": "your {item} {verb} {location}",
        "confirm_erase": (
            "Are you sure you want me to forget everything you've told me? This can't be undone."
        ),
        "erase_nothing": "There's nothing to forget.",
        "erased": "Done. I've forgotten everything you told me.",
        "erase_kept": "Okay, I'll keep everything.",
        "help": (
            "I remember where you put things. Say, for example: my passport is in the top "
            "drawer. Later, ask: where is my passport? You can also ask what I remember, "
            "what was my passport before, or say: forget my passport. "
            "What would you like to do?"
        ),
        "fallback": (
            "Sorry, I didn't get that. You can tell me where you put something, or ask me "
            "where something is. What would you like to do?"
        ),
        "goodbye": "Goodbye.",
        "anything_else": "Anything else?",
        "reprompt": (
            "You can tell me where you put something, or ask me where something is. "
            "What would you like to do?"
        ),
        "too_long": "That's a bit long for me to remember. Can you say it more briefly?",
        "too_long_reprompt": "Please say it in a few words.",
        "notebook_full": (
            "You've already got {limit} things saved, which is as many as I can keep. "
            "Forget something first, then try again."
        ),
        "memory_full": (
            "Your memory is full, so I couldn't save that. Forget something first, then try again."
        ),
        "save_conflict": "Sorry, I couldn't save that just now. Please try again.",
        "save_unsure": (
            "Sorry, I'm not sure that was saved: my notes didn't answer in time. "
            "In a moment, could you say that again, so I can check?"
        ),
        "saved_after_all": "I've checked: that was saved after all, so there's nothing more to do.",
        "store_unavailable": "Sorry, I can't reach my notes right now. Please try again later.",
        "error": "Sorry, something went wrong on my side. Please try again.",
        "today": "today",
        "yesterday": "yesterday",
        "days_ago": "{n} days ago",
        "weeks_ago": "{n} weeks ago",
        "months_ago": "{n} months ago",
        "over_a_year_ago": "over a year ago",
        "and": "and",
        "one_thing": "one thing",
        "n_things": "{n} things",
        "is": "is",
        "are": "are",
        "was": "was",
        "were": "were",
        "it": "it",
        "they": "they",
        "them": "them",
    },
}


def _table(locale: str | None) -> dict[str, str]:
    return STRINGS.get(locale or DEFAULT_LOCALE, STRINGS[DEFAULT_LOCALE])


def ssml_escape(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def say(locale: str | None, key: str, **values: object) -> Spoken:
    """The template `key` for `locale`, with every value escaped for SSML.

    Values that are already speech (built by `say` itself) are passed as `Spoken`.
    """
    safe = {
        name: value if isinstance(value, Spoken) else ssml_escape(str(value))
        for name, value in values.items()
    }
    return Spoken(_table(locale)[key].format(**safe))


class Spoken(str):
    """Text that is already escaped speech and must not be escaped again."""


def word(locale: str | None, key: str) -> Spoken:
    return Spoken(_table(locale)[key])


def join_words(locale: str | None, parts: Sequence[str]) -> Spoken:
    """ "a", "a and b", "a, b, and c" (parts are already speech)."""
    conjunction = _table(locale)["and"]
    if len(parts) <= 1:
        return Spoken("".join(parts))
    if len(parts) == 2:
        return Spoken(f"{parts[0]} {conjunction} {parts[1]}")
    return Spoken(", ".join(parts[:-1]) + f", {conjunction} {parts[-1]}")


def ago(locale: str | None, then: datetime, now: datetime) -> Spoken:
    """A spoken distance in days: today, yesterday, 3 days ago, 2 weeks ago, ..."""
    days = (now.date() - then.date()).days
    if days <= 0:
        return word(locale, "today")
    if days == 1:
        return word(locale, "yesterday")
    if days < 14:
        return say(locale, "days_ago", n=days)
    if days < 60:
        return say(locale, "weeks_ago", n=days // 7)
    if days < 365:
        return say(locale, "months_ago", n=days // 30)
    return word(locale, "over_a_year_ago")


def count_things(locale: str | None, n: int) -> Spoken:
    return word(locale, "one_thing") if n == 1 else say(locale, "n_things", n=n)
