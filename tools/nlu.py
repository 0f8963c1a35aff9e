"""A small stand-in for Alexa's language understanding, driven by the interaction model.

Custom intents and slot elicitation use the sample utterances in
`skill-package/interactionModels/custom/en-US.json` — nothing here repeats them. Each sample becomes
a pattern ("where is {item}" -> `where is (?P<item>.+)`); the matching sample with the most literal
text wins, as the more specific reading. Amazon's built-in intents carry no samples in the model
(Alexa supplies their phrases), so their common phrases are listed below.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BUILT_IN_PHRASES", "MODEL_PATH", "Match", "Model", "normalize_utterance"]

MODEL_PATH = (
    Path(__file__).resolve().parent.parent
    / "skill-package"
    / "interactionModels"
    / "custom"
    / "en-US.json"
)

# Alexa's own phrases for the built-in intents the model declares without samples.
BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.HelpIntent": (
        "help",
        "help me",
        "what can i say",
        "what can you do",
        "how does this work",
    ),
    "AMAZON.StopIntent": ("stop", "exit", "quit", "bye", "goodbye", "shut up"),
    "AMAZON.CancelIntent": ("cancel", "never mind", "forget it"),
    "AMAZON.NavigateHomeIntent": ("go home", "go to the home screen"),
    "AMAZON.YesIntent": ("yes", "yeah", "yep", "sure", "ok", "okay", "yes please", "please do"),
    "AMAZON.NoIntent": ("no", "nope", "no thanks", "not now", "no thank you"),
    "AMAZON.MoreIntent": ("more", "tell me more", "keep going", "continue", "next"),
}

_SLOT = re.compile(r"\{(\w+)\}")


def normalize_utterance(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s'&-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Match:
    intent: str
    slots: dict[str, str | None]


@dataclass(frozen=True)
class _Pattern:
    intent: str
    regex: re.Pattern[str]
    literal_length: int
    sample: str


def _compile(intent: str, sample: str, lead_words: dict[str, set[str]]) -> _Pattern:
    """A regex for one sample. A slot that directly follows another must start with one of the
    first words of its type's sample values ("I put {item} {location}": location starts "in",
    "on", "under", ...), so "I put my passport in the drawer" splits where Alexa would."""
    pieces = []
    literal = 0
    previous_was_slot = False
    for index, part in enumerate(_SLOT.split(sample)):
        if index % 2:
            leads = lead_words.get(part)
            if previous_was_slot and leads:
                alternatives = "|".join(re.escape(word) for word in sorted(leads))
                pieces.append(f"(?P<{part}>(?:{alternatives})\\b.*?)")
            else:
                pieces.append(f"(?P<{part}>.+?)")
            previous_was_slot = True
        else:
            text = normalize_utterance(part)
            previous_was_slot = previous_was_slot and not text
            literal += len(text)
            if text:
                pieces.append(re.escape(text))
    regex = re.compile("^" + r"\s+".join(pieces) + "$")
    return _Pattern(intent, regex, literal, sample)


def _best(patterns: list[_Pattern], utterance: str) -> tuple[_Pattern, dict[str, str]] | None:
    found = []
    for pattern in patterns:
        matched = pattern.regex.match(utterance)
        if matched:
            found.append((pattern, {k: v.strip() for k, v in matched.groupdict().items()}))
    if not found:
        return None
    return max(found, key=lambda pair: pair[0].literal_length)


class Model:
    def __init__(self, document: dict[str, Any]) -> None:
        language = document["interactionModel"]["languageModel"]
        self.invocation_name: str = language["invocationName"]
        self.intents: list[dict[str, Any]] = language["intents"]
        self.slot_names = {
            intent["name"]: [slot["name"] for slot in intent.get("slots", [])]
            for intent in self.intents
        }
        first_words = {
            slot_type["name"]: {
                value["name"]["value"].split()[0].lower() for value in slot_type.get("values", [])
            }
            for slot_type in language.get("types", [])
        }
        leads = {
            slot["name"]: first_words.get(slot["type"], set())
            for intent in self.intents
            for slot in intent.get("slots", [])
        }
        self._patterns = [
            _compile(intent["name"], sample, leads)
            for intent in self.intents
            for sample in intent.get("samples", [])
        ]
        self._slot_patterns = {
            (intent["name"], slot["name"]): [
                _compile(intent["name"], sample, leads) for sample in slot.get("samples", [])
            ]
            for intent in self.intents
            for slot in intent.get("slots", [])
        }
        declared = {intent["name"] for intent in self.intents}
        self._built_ins = {
            normalize_utterance(phrase): name
            for name, phrases in BUILT_IN_PHRASES.items()
            if name in declared
            for phrase in phrases
        }

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Model:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def match(self, utterance: str) -> Match:
        """The intent and slots for an utterance; AMAZON.FallbackIntent when nothing fits."""
        text = normalize_utterance(utterance)
        if text in self._built_ins:
            return Match(self._built_ins[text], {})
        best = _best(self._patterns, text)
        if best is None:
            return Match("AMAZON.FallbackIntent", {})
        pattern, values = best
        slots: dict[str, str | None] = dict.fromkeys(self.slot_names.get(pattern.intent, []))
        slots.update(values)
        return Match(pattern.intent, slots)

    def match_slot(self, intent: str, slot: str, utterance: str) -> str | None:
        """The value of `slot` when the user answers the skill's question for it."""
        best = _best(self._slot_patterns.get((intent, slot), []), normalize_utterance(utterance))
        return best[1].get(slot) if best else None
