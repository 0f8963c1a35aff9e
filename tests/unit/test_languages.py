"""Language as a plug-in: every language says everything, every locale resolves to its language."""

from __future__ import annotations

import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

from memory_keeper.language import LANGUAGES, LOCALE_STRINGS, for_locale, language_tables

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "de-DE")


def test_every_language_has_every_string_another_has() -> None:
    keys = {code: set(language_tables(code)[1]) for code in LANGUAGES}
    every = set().union(*keys.values())
    missing = {code: sorted(every - have) for code, have in keys.items() if every - have}
    assert missing == {}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_template_is_well_formed(code: str) -> None:
    _, strings = language_tables(code)
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


def test_the_skill_loads_a_language_only_when_a_request_speaks_it(tmp_path: Path) -> None:
    events = ROOT / "tests" / "events"
    code = (
        "import json, sys; from memory_keeper.settings import Settings; "
        "from memory_keeper.skill import build_skill, lambda_handler; "
        f"settings = Settings(local_store_path={str(tmp_path / 'store.sqlite3')!r}); "
        "handler = lambda_handler(build_skill(settings), settings); "
        "loaded = lambda: 'memory_keeper.language.de' in sys.modules; "
        "before = loaded(); "
        f"english = handler(json.load(open({str(events / 'launch.json')!r})), None); "
        "after_english = loaded(); "
        f"german = handler(json.load(open({str(events / 'launch-de-DE.json')!r})), None); "
        "print(before, after_english, loaded(), german['response']['outputSpeech']['ssml'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": "lambda:.", "POWERTOOLS_LOG_LEVEL": "ERROR"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    before, after_english, after_german, german = done.stdout.split(maxsplit=3)
    assert (before, after_english, after_german) == ("False", "False", "True")
    assert "Willkommen" in german
