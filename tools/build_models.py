"""Writes the English interaction models from one base and a small overlay per locale.

`skill-model/en.base.json` is the English model; `skill-model/<locale>.json` says only where that
locale speaks differently: `words` replaced everywhere (the American "flashlight" is a "torch" in
the UK), extra `samples` per intent ("where have I kept my keys") and extra slot `values` per type
("in the almirah"). The result goes to `skill-package/interactionModels/custom/<locale>.json`,
which is what Alexa builds. Run `python -m tools.build_models` after editing either; a test checks
that the committed models are what this writes and that every English locale keeps en-US's intents
and slots. The German model (`de-DE.json`) is written by hand: it is another language, not an
overlay.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["ENGLISH_LOCALES", "OVERLAYS", "build", "render"]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "skill-model"
BASE = SOURCES / "en.base.json"
MODELS = ROOT / "skill-package" / "interactionModels" / "custom"
ENGLISH_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
OVERLAYS = {locale: SOURCES / f"{locale}.json" for locale in ENGLISH_LOCALES}


def _replace_words(text: str, words: dict[str, str]) -> str:
    """Each word replaced by the locale's own, keeping a capital ("Flashlight?" -> "Torch?")."""
    for old, new in words.items():

        def same_case(found: re.Match[str], new: str = new) -> str:
            return new[:1].upper() + new[1:] if found.group(0)[0].isupper() else new

        text = re.sub(rf"\b{re.escape(old)}\b", same_case, text, flags=re.IGNORECASE)
    return text


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for value in values:
        if value.lower() not in seen:
            seen.add(value.lower())
            kept.append(value)
    return kept


def build(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """The base model with the overlay's words replaced and its samples and values added."""
    model = copy.deepcopy(base)
    words: dict[str, str] = overlay.get("words", {})
    interaction = model["interactionModel"]
    language = interaction["languageModel"]
    taken = {s.lower() for intent in language["intents"] for s in intent.get("samples", [])}
    for intent in language["intents"]:
        samples = [_replace_words(s, words) for s in intent.get("samples", [])]
        extra = [s for s in overlay.get("samples", {}).get(intent["name"], []) if s not in taken]
        if "samples" in intent:
            intent["samples"] = _unique(samples + extra)
        for slot in intent.get("slots", []):
            if "samples" in slot:
                slot["samples"] = _unique([_replace_words(s, words) for s in slot["samples"]])
    for slot_type in language.get("types", []):
        values = [_replace_words(v["name"]["value"], words) for v in slot_type["values"]]
        values += overlay.get("values", {}).get(slot_type["name"], [])
        slot_type["values"] = [{"name": {"value": value}} for value in _unique(values)]
    for prompt in interaction.get("prompts", []):
        for variation in prompt["variations"]:
            variation["value"] = _replace_words(variation["value"], words)
    return model


def render(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


def models() -> dict[str, str]:
    """Every English locale's model as the file it should be."""
    base = json.loads(BASE.read_text(encoding="utf-8"))
    return {
        locale: render(build(base, json.loads(path.read_text(encoding="utf-8"))))
        for locale, path in OVERLAYS.items()
    }


def main() -> int:
    for locale, text in models().items():
        (MODELS / f"{locale}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(OVERLAYS)} English models to {MODELS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
