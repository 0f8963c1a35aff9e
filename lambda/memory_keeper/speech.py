"""Speech: the `Spoken` type, SSML escaping, and templates filled from the request's language.

Only `say` and `join` make `Spoken` text, and the reply methods (`Turn.ask`, `Turn.answer`, ...)
accept nothing else, so the type checker proves that every piece of user text spoken was escaped.
Control characters are removed before escaping: they are not allowed in XML, so one saved in a
note would otherwise break every later answer that mentions it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, unescape

from .language import DEFAULT_LOCALE, Language, for_locale

__all__ = [
    "DEFAULT_LOCALE",
    "Spoken",
    "capitalized",
    "escaped",
    "join",
    "plain",
    "say",
    "sentences",
    "ssml_escape",
    "strip_control",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_ENTITIES = {"&quot;": '"', "&apos;": "'"}


class Spoken(str):
    """Text that is already escaped speech and must not be escaped again."""


def strip_control(text: str) -> str:
    """The text without control characters (tabs and newlines become spaces)."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))


def ssml_escape(text: str) -> str:
    return escape(strip_control(text), {'"': "&quot;", "'": "&apos;"})


def escaped(text: str) -> Spoken:
    """User text (or any plain text) made safe to speak."""
    return Spoken(ssml_escape(text))


def plain(text: Spoken) -> str:
    """Spoken text as plain text again, for a card in the Alexa app."""
    return unescape(text, _ENTITIES)


def say(language: Language | str | None, key: str, **values: object) -> Spoken:
    """The template `key` in `language` (or a locale), with every value escaped for SSML.

    Values that are already speech (built by `say` itself) are passed as `Spoken`.
    """
    if not isinstance(language, Language):
        language = for_locale(language)
    safe = {
        name: value if isinstance(value, Spoken) else ssml_escape(str(value))
        for name, value in values.items()
    }
    return Spoken(language.grammar.tidy(language.strings[key].format(**safe)))


def join(language: Language, parts: Sequence[Spoken], conjunction: str = "and") -> Spoken:
    """Spoken parts joined the way the language lists things ("a, b, and c"); `conjunction`
    names the string for the joining word ("and", "or")."""
    return Spoken(language.grammar.join(parts, language.strings[conjunction]))


def capitalized(text: str) -> Spoken:
    """Spoken text as a sentence starts it: "your keys and your wallet" -> "Your keys …"."""
    return Spoken(text[:1].upper() + text[1:])


def sentences(*parts: Spoken) -> Spoken:
    """Spoken sentences one after another."""
    return Spoken(" ".join(part for part in parts if part))
