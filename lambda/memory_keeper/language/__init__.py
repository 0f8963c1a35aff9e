"""Language as a plug-in: a grammar module per language, a strings table per language and locale.

`for_locale("en-GB")` gives the `Language` for a request: its grammar (perspective, places,
agreement, time phrases, matching forms) and its strings, resolved locale -> language -> default,
so an `en-GB` table only overlays the words that differ from `en`. Adding a locale = an
interaction model + an overlay in `LOCALE_STRINGS`; adding a language = also a grammar module
with its loader in `_LOADERS`.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..meaning import Context, Meaning
from . import en  # the default language: loaded with the skill
from .reading import Slots, Words, read

__all__ = [
    "DEFAULT_LOCALE",
    "LANGUAGES",
    "LOCALE_STRINGS",
    "Grammar",
    "Language",
    "for_locale",
    "language_tables",
]

DEFAULT_LOCALE = "en-US"


class Grammar(Words, Protocol):
    """What the skill needs to know about a language to understand (`Words`, read by
    `reading.read`) and answer in it."""

    code: str  # the language code, "en"

    def clean_item(self, text: str) -> str: ...
    def clean_location(self, text: str) -> str: ...
    def names_a_place(self, text: str) -> bool: ...
    def corrected_place(self, said: str, previous: str | None) -> str: ...
    def completed_place(self, begun: str, answer: str) -> str: ...
    def asked_back(self, location: str) -> tuple[str, bool]: ...
    def key(self, item: str) -> str: ...
    def fold(self, key: str) -> str: ...
    def is_plural(self, item: str) -> bool: ...
    def split_items(self, text: str) -> list[str]: ...
    def choose(self, answer: str, options: Sequence[str]) -> list[str]: ...
    def rest_wanted(self, answer: str, named: int, total: int | None = ...) -> str: ...
    def tells_another_item(self, location: str) -> bool: ...
    def is_pronoun(self, text: str) -> bool: ...
    def is_non_answer(self, text: str) -> bool: ...
    def is_question(self, text: str) -> bool: ...
    def tidy(self, sentence: str) -> str: ...
    def names_a_thing(self, text: str) -> bool: ...
    def is_pause(self, text: str) -> bool: ...
    def item_tells_a_place(self, item: str) -> bool: ...
    def without_opening(self, text: str) -> str: ...
    def starts_like_place(self, text: str) -> bool: ...
    def finished_place(self, location: str) -> str: ...
    def without_time(self, item: str) -> str: ...
    def is_place_modifier(self, word: str) -> bool: ...
    def place_phrases(self, location: str) -> list[tuple[str, tuple[str, ...]]]: ...
    def is_negation(self, text: str) -> bool: ...
    def is_done(self, text: str) -> bool: ...
    def is_dismissal(self, text: str) -> bool: ...
    def means_everything(self, text: str) -> bool: ...
    def flip(self, text: str) -> str: ...
    def place(self, location: str) -> str: ...
    def agreement(self, item: str) -> dict[str, str]: ...
    def when(self, then: datetime, now: datetime, earlier: bool = ...) -> str: ...
    def ago(self, then: datetime, now: datetime, earlier: bool = ...) -> str: ...
    def join(self, parts: Sequence[str], conjunction: str = ...) -> str: ...
    def count(self, n: int) -> str: ...
    def number(self, n: int) -> str: ...


# language -> its grammar and base strings
Tables = tuple[Grammar, Mapping[str, str]]


def _english() -> Tables:
    return en.GRAMMAR, en.STRINGS


def _german() -> Tables:
    from . import de

    return de.GRAMMAR, de.STRINGS


# Each language's grammar module is imported when a request first speaks it (the default
# language's with the skill): an English turn never pays for German. Typed loaders, so the type
# checker still holds every grammar to `Grammar`.
_LOADERS: dict[str, Callable[[], Tables]] = {"en": _english, "de": _german}
LANGUAGES = tuple(_LOADERS)
# locale -> only the strings that differ from its language's
LOCALE_STRINGS: dict[str, Mapping[str, str]] = {"en-US": {}}


@dataclass(frozen=True)
class Language:
    locale: str
    grammar: Grammar
    strings: Mapping[str, str]

    def read(self, intent: str, slots: Slots, context: Context | None = None) -> Meaning | None:
        """What a request of `intent` with these slot words means, in this language."""
        words: Words = self.grammar
        return read(intent, slots, context or Context(), words)


def for_locale(locale: str | None) -> Language:
    """The language of `locale`; an unknown one falls back to its language, then the default."""
    locale = locale or DEFAULT_LOCALE
    code = locale.split("-")[0].lower()
    if code not in _LOADERS:
        locale, code = DEFAULT_LOCALE, DEFAULT_LOCALE.split("-")[0]
    grammar, base = language_tables(code)
    overlay = LOCALE_STRINGS.get(locale, {})
    return Language(locale, grammar, ChainMap(dict(overlay), dict(base)))


def language_tables(code: str) -> Tables:
    """The grammar and strings of language `code` ("en", "de")."""
    return _LOADERS[code]()
