"""A small stand-in for Alexa's language understanding, driven by the interaction model.

Custom intents and slot elicitation use the sample utterances in
`skill-package/interactionModels/custom/en-US.json` — nothing here repeats them. Each sample becomes
a pattern ("where is {item}" -> `where is (?P<item>.+)`); the matching sample with the most literal
text wins, as the more specific reading. Amazon's built-in intents need no samples in the model
(Alexa supplies their phrases), so their common phrases are listed below.

Alexa understands more than its samples; three simple rules stand in for that here, applied to the
samples and the utterance alike: contractions are expanded ("where'd" = "where did", "the
charger's in" = "the charger is in"), filler words are dropped ("um", "please", "the heck"), and
when no sample fits, one word of the utterance may be left out. A slot never starts with a
question word, so "where the heck are my keys" cannot become an item "where".
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
    "AMAZON.YesIntent": (
        "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "yes please", "please do",
        "of course", "go ahead", "do it", "absolutely",
    ),
    "AMAZON.NoIntent": ("no", "nope", "nah", "no thanks", "not now", "no thank you", "no don't"),
    "AMAZON.MoreIntent": ("more", "tell me more", "keep going", "continue"),
    "AMAZON.NextIntent": ("next", "skip"),
    "AMAZON.RepeatIntent": ("repeat", "say it again"),
    "AMAZON.StartOverIntent": ("start over",),
}  # fmt: skip

_CONTRACTIONS = {
    "where's": "where is", "what's": "what is", "it's": "it is", "that's": "that is",
    "there's": "there is", "here's": "here is", "who's": "who is", "how's": "how is",
    "they're": "they are", "we're": "we are", "you're": "you are", "i'm": "i am",
    "i've": "i have", "we've": "we have", "i'll": "i will", "i'd": "i would",
    "where'd": "where did", "where're": "where are", "can't": "cannot", "don't": "do not",
    "didn't": "did not", "doesn't": "does not", "isn't": "is not", "aren't": "are not",
    "wasn't": "was not", "haven't": "have not", "won't": "will not", "let's": "let us",
}  # fmt: skip
# "the charger's in the drawer": a noun's "'s" before one of these words is "is"
_IS_BEFORE = frozenset(
    {
        "in", "on", "under", "behind", "by", "at", "next", "inside", "up", "down", "back",
        "now", "still", "over", "near", "beside", "with",
    }
)  # fmt: skip
_FILLERS = ("um", "uh", "uhm", "er", "erm", "hmm", "oh", "hey", "alexa", "please", "fyi")
_FILLER_PHRASES = ("the heck", "the hell", "on earth")
_LEADING_FILLERS = ("so", "well", "ok", "okay", "alright", "actually")
_MARK = "zzslot"  # a slot while a sample is normalized like an utterance
_MARKED = re.compile(rf"{_MARK}(\w+?)zz")
_QUESTION_WORDS = frozenset(["where", "what", "who", "how", "why", "when", "which", "whose"])

_SLOT = re.compile(r"\{(\w+)\}")


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s'&-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalize_utterance(text: str) -> str:
    """Lower case, no punctuation, contractions expanded, filler words dropped."""
    words = [_CONTRACTIONS.get(word, word) for word in _clean(text).split()]
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if word.endswith("'s") and (following in _IS_BEFORE or following.startswith(_MARK)):
            words[index] = word[:-2] + " is"
    text = " " + " ".join(words) + " "
    for phrase in _FILLER_PHRASES:
        text = text.replace(f" {phrase} ", " ")
    kept = [word for word in text.split() if word not in _FILLERS]
    while len(kept) > 1 and kept[0] in _LEADING_FILLERS:
        kept = kept[1:]
    return " ".join(kept) if kept else _clean(text)


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
    marked = normalize_utterance(_SLOT.sub(lambda m: f" {_MARK}{m.group(1)}zz ", sample))
    for index, part in enumerate(_MARKED.split(marked)):
        if index % 2:
            leads = lead_words.get(part)
            if previous_was_slot and leads:
                alternatives = "|".join(re.escape(word) for word in sorted(leads))
                pieces.append(f"(?P<{part}>(?:{alternatives})\\b.*?)")
            else:
                pieces.append(f"(?P<{part}>.+?)")
            previous_was_slot = True
        else:
            text = part.strip()
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
            values = {k: v.strip() for k, v in matched.groupdict().items()}
            if not any(v.split()[0] in _QUESTION_WORDS for v in values.values() if v):
                found.append((pattern, values))
    if not found:
        return None
    return max(found, key=lambda pair: pair[0].literal_length)


def _tolerant(patterns: list[_Pattern], utterance: str) -> tuple[_Pattern, dict[str, str]] | None:
    """The best match with one word of the utterance left out, if any."""
    words = utterance.split()
    if len(words) < 3:
        return None
    found = [
        best
        for index in range(len(words))
        if words[index] not in _QUESTION_WORDS
        and (best := _best(patterns, " ".join(words[:index] + words[index + 1 :])))
    ]
    return max(found, key=lambda pair: pair[0].literal_length) if found else None


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
        best = _best(self._patterns, text) or _tolerant(self._patterns, text)
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
