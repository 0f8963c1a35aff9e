"""Writes every locale's interaction model from a base, a sample grammar and a small overlay.

A language has a base model (`skill-model/<language>.base.json`: intents, slots, types, dialog,
prompts) and a sample grammar (`skill-model/<language>.grammar.txt`, expanded by
`tools.sample_grammar`: carrier phrases x verbs x tenses x contractions), whose samples join the
base's. `skill-model/<locale>.json` says only where a locale speaks differently: `words` replaced
everywhere (the American "flashlight" is a "torch" in the UK), extra `samples` per intent ("where
have I kept my keys") and extra slot `values` per type ("in the almirah"). The result goes to
`skill-package/interactionModels/custom/<locale>.json`, which is what Alexa builds. Run
`python -m tools.build_models` (`make models`) after editing any of them; a test checks that the
committed models are what this writes and that every locale of a language keeps its intents and
slots.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

from tools.sample_grammar import Grammar, load

__all__ = [
    "ENGLISH_LOCALES",
    "LANGUAGE_OF",
    "LOCALES",
    "OVERLAYS",
    "build",
    "render",
    "with_grammar",
]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "skill-model"
BASE = SOURCES / "en.base.json"
MODELS = ROOT / "skill-package" / "interactionModels" / "custom"
ENGLISH_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
LOCALES = (*ENGLISH_LOCALES, "de-DE")
LANGUAGE_OF = {locale: locale.split("-")[0] for locale in LOCALES}
OVERLAYS = {locale: SOURCES / f"{locale}.json" for locale in LOCALES}


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


def with_grammar(base: dict[str, Any], grammar: Grammar) -> dict[str, Any]:
    """The base model with the grammar's samples after its own (intent and slot samples); a
    sample that two intents would share is refused, as Alexa refuses it."""
    model = copy.deepcopy(base)
    language = model["interactionModel"]["languageModel"]
    declared = {intent["name"] for intent in language["intents"]}
    unknown = (set(grammar.samples) | {name for name, _ in grammar.slot_samples}) - declared
    if unknown:
        raise ValueError(f"the grammar has samples for undeclared intents: {sorted(unknown)}")
    owner: dict[str, str] = {}
    for intent in language["intents"]:
        extra = grammar.samples.get(intent["name"], [])
        if extra or "samples" in intent:
            intent["samples"] = _unique(intent.get("samples", []) + extra)
        for sample in intent.get("samples", []):
            first = owner.setdefault(" ".join(sample.lower().split()), intent["name"])
            if first != intent["name"]:
                raise ValueError(f"{sample!r} is a sample of both {first} and {intent['name']}")
        for slot in intent.get("slots", []):
            more = grammar.slot_samples.get((intent["name"], slot["name"]), [])
            if more:
                slot["samples"] = _unique(slot.get("samples", []) + more)
    return model


def render(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


def base_of(language: str) -> dict[str, Any]:
    """A language's base model with its grammar's samples."""
    base = json.loads((SOURCES / f"{language}.base.json").read_text(encoding="utf-8"))
    return with_grammar(base, load(SOURCES / f"{language}.grammar.txt"))


def models() -> dict[str, str]:
    """Every locale's model as the file it should be."""
    bases = {language: base_of(language) for language in sorted(set(LANGUAGE_OF.values()))}
    return {
        locale: render(
            build(bases[LANGUAGE_OF[locale]], json.loads(path.read_text(encoding="utf-8")))
        )
        for locale, path in OVERLAYS.items()
    }


def main() -> int:
    for locale, text in models().items():
        (MODELS / f"{locale}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(OVERLAYS)} models to {MODELS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
