"""Language as a plug-in: every language says everything, every locale resolves to its language."""

from __future__ import annotations

import string

import pytest

from memory_keeper.language import _GRAMMARS, LOCALE_STRINGS, for_locale

LANGUAGES = sorted(_GRAMMARS)
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "de-DE")


def test_every_language_has_every_string_another_has() -> None:
    keys = {code: set(strings) for code, (_, strings) in _GRAMMARS.items()}
    every = set().union(*keys.values())
    missing = {code: sorted(every - have) for code, have in keys.items() if every - have}
    assert missing == {}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_template_is_well_formed(code: str) -> None:
    _, strings = _GRAMMARS[code]
    for key, template in strings.items():
        list(string.Formatter().parse(template))  # raises on a stray brace
        assert template.strip(), key


@pytest.mark.parametrize("locale", LOCALES)
def test_every_supported_locale_speaks_its_own_language(locale: str) -> None:
    language = for_locale(locale)
    assert language.locale == locale
    assert language.grammar.code == locale.split("-")[0]


def test_overlays_resolve_locale_then_language_then_default() -> None:
    assert for_locale("de-AT").strings["goodbye"] == for_locale("de-DE").strings["goodbye"]
    assert for_locale("fr-FR").locale == "en-US"
    for locale, overlay in LOCALE_STRINGS.items():
        for key, text in overlay.items():
            assert for_locale(locale).strings[key] == text
