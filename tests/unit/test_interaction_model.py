"""The interaction model: the intent/slot contract, coverage, and a consistent skill manifest."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tools.nlu import MODEL_PATH, Model, normalize_utterance

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
LANGUAGE = DOCUMENT["interactionModel"]["languageModel"]
INTENTS = {intent["name"]: intent for intent in LANGUAGE["intents"]}
CUSTOM = {
    "RememberIntent": {"item", "location"},
    "RecallIntent": {"item"},
    "HistoryIntent": {"item"},
    "ForgetIntent": {"item"},
    "ForgetCompletelyIntent": {"item"},
    "UndoIntent": set(),
    "ListIntent": set(),
    "ForgetEverythingIntent": set(),
    "DoneIntent": set(),
}
BUILT_INS = {
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.FallbackIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.MoreIntent",
    "AMAZON.NextIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.StartOverIntent",
}


def test_intents_and_slots_are_the_contract() -> None:
    assert set(INTENTS) >= set(CUSTOM) | BUILT_INS
    for name, slots in CUSTOM.items():
        assert {slot["name"] for slot in INTENTS[name].get("slots", [])} == slots, name


@pytest.mark.parametrize("name", sorted(CUSTOM))
def test_every_custom_intent_has_fifteen_varied_samples(name: str) -> None:
    samples = INTENTS[name]["samples"]
    assert len(samples) >= 15
    assert len({s.lower() for s in samples}) == len(samples)
    openings = {normalize_utterance(s).split()[0] for s in samples}
    assert len(openings) >= 4, f"{name} samples all start alike: {openings}"


def test_no_utterance_appears_in_two_intents() -> None:
    owners = Counter(
        sample.lower().strip() for intent in INTENTS.values() for sample in intent["samples"]
    )
    assert [sample for sample, count in owners.items() if count > 1] == []


def test_two_slots_side_by_side_only_where_the_second_starts_with_a_preposition() -> None:
    """Alexa fills adjacent slots less reliably; the one exception is "I put {item} {location}",
    where every LOCATION_NAME value starts with a preposition, so the boundary is audible."""
    types = {t["name"]: t["values"] for t in LANGUAGE["types"]}
    prepositions = {"in", "on", "under", "behind", "next", "by", "at", "inside", "beside"}
    for value in types["LOCATION_NAME"]:
        assert value["name"]["value"].split()[0] in prepositions, value
    for intent in INTENTS.values():
        for sample in intent["samples"]:
            for first, second in re.findall(r"\{(\w+)\}\s*\{(\w+)\}", sample):
                assert (first, second) == ("item", "location"), sample


def test_the_help_teaches_only_phrases_the_model_understands() -> None:
    from memory_keeper.handlers.builtins import EXAMPLES
    from memory_keeper.language import for_locale

    model = Model.load()
    strings = for_locale("en-US").strings
    for key in EXAMPLES:
        assert "{" + key + "}" in strings["help"], key
        assert model.match(strings[key]).intent not in ("AMAZON.FallbackIntent", None), key


def test_samples_only_use_declared_slots() -> None:
    for intent in INTENTS.values():
        declared = {slot["name"] for slot in intent.get("slots", [])}
        for sample in intent["samples"]:
            assert set(re.findall(r"\{(\w+)\}", sample)) <= declared, sample


def test_custom_slot_types_have_broad_values() -> None:
    types = {t["name"]: t["values"] for t in LANGUAGE["types"]}
    for slot_type in ("ITEM_NAME", "LOCATION_NAME"):
        assert len(types[slot_type]) >= 25
    for intent in INTENTS.values():
        for slot in intent.get("slots", []):
            assert slot["type"] in types


def test_dialog_model_elicits_every_slot_with_a_prompt() -> None:
    prompts = {prompt["id"] for prompt in DOCUMENT["interactionModel"]["prompts"]}
    dialog = {d["name"]: d for d in DOCUMENT["interactionModel"]["dialog"]["intents"]}
    for name, slots in CUSTOM.items():
        if not slots:
            continue
        elicited = {s["name"]: s for s in dialog[name]["slots"]}
        assert set(elicited) == slots
        for slot in elicited.values():
            assert slot["prompts"]["elicitation"] in prompts
        for slot in INTENTS[name]["slots"]:
            assert slot["samples"], f"{name}.{slot['name']} needs answers for its question"


@pytest.mark.parametrize(
    ("utterance", "intent", "slots"),
    [
        ("my keys are on the hook", "RememberIntent", {"item": "keys", "location": "on the hook"}),
        (
            "I put my passport in the top drawer",
            "RememberIntent",
            {"item": "passport", "location": "in the top drawer"},
        ),
        ("where did I put my wallet", "RecallIntent", {"item": "wallet"}),
        ("where was my passport before", "HistoryIntent", {"item": "passport"}),
        ("I found my keys", "ForgetIntent", {"item": "keys"}),
        ("forget my keys completely", "ForgetCompletelyIntent", {"item": "keys"}),
        ("delete my passport for good", "ForgetCompletelyIntent", {"item": "passport"}),
        ("forget everything", "ForgetEverythingIntent", {}),
        ("take that back", "UndoIntent", {}),
        ("what have I told you", "ListIntent", {}),
        ("help", "AMAZON.HelpIntent", {}),
        ("blah blah blah", "AMAZON.FallbackIntent", {}),
    ],
)
def test_the_chat_matcher_reads_the_model(
    utterance: str, intent: str, slots: dict[str, Any]
) -> None:
    match = Model.load().match(utterance)
    assert match.intent == intent
    assert {k: v for k, v in match.slots.items() if v is not None} == slots


def test_manifest_examples_exist_in_the_model_and_skill_disabled_is_subscribed() -> None:
    manifest = json.loads((ROOT / "skill-package" / "skill.json").read_text())["manifest"]
    locale = manifest["publishingInformation"]["locales"]["en-US"]
    model = Model.load()
    invocation = model.invocation_name
    for phrase in locale["examplePhrases"]:
        text = normalize_utterance(phrase.removeprefix("Alexa, "))
        assert invocation in text, phrase
        rest = re.sub(rf"^(open|ask|tell) {invocation} ?", "", text)
        if rest:
            assert model.match(rest).intent != "AMAZON.FallbackIntent", phrase
    events = [s["eventName"] for s in manifest["events"]["subscriptions"]]
    assert "SKILL_DISABLED" in events
