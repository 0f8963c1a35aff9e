"""Every locale: English variants are en-US plus an overlay, and the manifest publishes them all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tools import build_models
from tools.nlu import LOCALES, model_path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = json.loads((ROOT / "skill-package" / "skill.json").read_text())["manifest"]
ENGLISH = [locale for locale in LOCALES if locale.startswith("en-")]


def _contract(locale: str) -> dict[str, Any]:
    """What the skill's code relies on: intents, their slots and slot types, the dialog model."""
    document = json.loads(model_path(locale).read_text("utf-8"))["interactionModel"]
    language = document["languageModel"]
    return {
        "invocation": language["invocationName"],
        "intents": {
            intent["name"]: sorted((s["name"], s["type"]) for s in intent.get("slots", []))
            for intent in language["intents"]
        },
        "types": sorted(t["name"] for t in language["types"]),
        "dialog": document["dialog"],
        "prompts": sorted(p["id"] for p in document["prompts"]),
    }


def test_the_committed_english_models_are_what_the_generator_writes() -> None:
    assert set(build_models.ENGLISH_LOCALES) == set(ENGLISH)
    for locale, text in build_models.models().items():
        committed = model_path(locale).read_text("utf-8")
        assert committed == text, f"{locale}: run `make models` and commit the result"


@pytest.mark.parametrize("locale", ENGLISH)
def test_every_english_model_keeps_the_intents_and_slots_of_en_us(locale: str) -> None:
    assert _contract(locale) == _contract("en-US")


def test_german_keeps_the_intents_and_slots_too() -> None:
    german, american = _contract("de-DE"), _contract("en-US")
    assert german["intents"] == american["intents"]
    assert german["types"] == american["types"]
    assert german["dialog"] == american["dialog"]


def test_regional_words_are_in_the_regional_models() -> None:
    def values(locale: str) -> set[str]:
        document = json.loads(model_path(locale).read_text("utf-8"))
        types = document["interactionModel"]["languageModel"]["types"]
        return {v["name"]["value"] for t in types for v in t["values"]}

    assert {"torch", "mobile", "handbag", "in the cupboard"} <= values("en-GB")
    assert {"in the almirah", "in the drawing room", "mobile"} <= values("en-IN")
    assert {"torch", "in the boot"} <= values("en-AU")
    assert "flashlight" not in values("en-GB") and "flashlight" in values("en-US")


def test_an_overlay_only_adds_or_replaces() -> None:
    base = {
        "interactionModel": {
            "languageModel": {
                "invocationName": "memory keeper",
                "intents": [{"name": "RecallIntent", "samples": ["where is my flashlight"]}],
                "types": [{"name": "ITEM_NAME", "values": [{"name": {"value": "flashlight"}}]}],
            },
            "prompts": [{"id": "p", "variations": [{"type": "PlainText", "value": "Flashlight?"}]}],
        }
    }
    overlay = {
        "words": {"flashlight": "torch"},
        "samples": {"RecallIntent": ["where have I kept it", "where is my flashlight"]},
        "values": {"ITEM_NAME": ["mobile", "torch"]},
    }
    built = build_models.build(base, overlay)["interactionModel"]
    language = built["languageModel"]
    assert language["intents"][0]["samples"] == ["where is my torch", "where have I kept it"]
    assert [v["name"]["value"] for v in language["types"][0]["values"]] == ["torch", "mobile"]
    assert built["prompts"][0]["variations"][0]["value"] == "Torch?"


def test_every_locale_is_published_with_its_own_words() -> None:
    published = MANIFEST["publishingInformation"]["locales"]
    assert set(published) == set(LOCALES)
    for locale, info in published.items():
        assert info["name"] and info["summary"] and info["description"], locale
        assert 1 <= len(info["keywords"]) <= 30, locale
        assert len(info["summary"]) <= 160 and len(info["description"]) <= 4000, locale
    assert "Schlüssel" in published["de-DE"]["description"]
    countries = set(MANIFEST["publishingInformation"]["distributionCountries"])
    assert {"US", "GB", "CA", "AU", "IN", "DE"} <= countries
