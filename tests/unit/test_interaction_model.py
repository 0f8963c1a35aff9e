"""The interaction models of every locale: the intent/slot contract, coverage, and a consistent
skill manifest."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tools.nlu import LOCALES, Model, model_path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = {locale: json.loads(model_path(locale).read_text("utf-8")) for locale in LOCALES}
MODELS = {locale: Model(document, locale) for locale, document in DOCUMENTS.items()}
MANIFEST = json.loads((ROOT / "skill-package" / "skill.json").read_text())["manifest"]
# Words a place can start with, so that "{item} {location}" splits where Alexa would.
PREPOSITIONS = {
    # "where" starts a place as audibly as a preposition ("I put my keys where my wallet is"),
    # and so do the words people put before one ("back in the box", "probably in the car")
    "en": {"in", "on", "under", "behind", "next", "by", "at", "inside", "beside"}
    | {"between", "where", "back", "away", "up", "down", "out", "over", "to", "into", "onto"}
    | {"underneath", "beneath", "near", "above", "below", "outside", "upstairs", "downstairs"}
    | {"with", "among", "around", "against", "across", "from", "probably", "maybe"}
    | {"somewhere", "plugged", "hanging", "sitting", "opposite", "round", "alongside"},
    "de": {"in", "im", "ins", "am", "an", "auf", "unter", "unterm", "hinter", "neben", "bei"}
    | {"aufm", "aufs", "aufn", "hinters", "hinterm", "vorm", "überm", "unten", "oben", "hinten"}
    | {"draußen", "drüben", "zwischen", "ans", "vor", "über", "wahrscheinlich", "irgendwo", "zu"}
    | {"unters", "übers", "vors", "gegenüber", "beim", "inne", "zum"},
}
# Slots whose values are a few known words: one beside another slot still has an audible edge.
CLOSED = {"hedge", "vehicle", "when"}
# The slots the skill may ask for, per intent (the dialog model's).
ELICITED = {
    "RememberIntent": {"item", "location"},
    "RecallIntent": {"item", "location"},
    "HistoryIntent": {"item"},
    "CheckIntent": {"item", "location"},
    "PlaceIntent": {"location"},
    "CorrectIntent": {"place"},
    "ForgetIntent": {"item"},
    "ForgetCompletelyIntent": {"item"},
    "ParkIntent": {"location"},
    "LendIntent": {"item", "person"},
    "BorrowIntent": {"item", "person"},
    "ReturnedIntent": {"item"},
    "WhoHasIntent": {"item"},
}
# The issue asks for at least 25 natural samples per custom intent in German.
MIN_SAMPLES = {"en": 15, "de": 25}


def language_model(locale: str) -> dict[str, Any]:
    return dict(DOCUMENTS[locale]["interactionModel"]["languageModel"])


def intents(locale: str) -> dict[str, dict[str, Any]]:
    return {intent["name"]: intent for intent in language_model(locale)["intents"]}


CUSTOM = {
    "RememberIntent": {"item", "location", "hedge", "origin", "who"},
    "ParkIntent": {"vehicle", "bike", "location", "hedge"},
    "WhereParkedIntent": {"vehicle", "bike", "when"},
    "LendIntent": {"item", "person"},
    "BorrowIntent": {"item", "person", "owned"},
    "WhoHasIntent": {"item"},
    "LoansIntent": {"person"},
    "ReturnedIntent": {"item", "person", "owned"},
    "RecallIntent": {"item", "location"},
    "HistoryIntent": {"item"},
    "CheckIntent": {"item", "location"},
    "PlaceIntent": {"location"},
    "CorrectIntent": {"place"},
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


@pytest.mark.parametrize("locale", LOCALES)
def test_intents_and_slots_are_the_contract(locale: str) -> None:
    found = intents(locale)
    assert set(found) >= set(CUSTOM) | BUILT_INS
    for name, slots in CUSTOM.items():
        assert {slot["name"] for slot in found[name].get("slots", [])} == slots, name


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("name", sorted(CUSTOM))
def test_every_custom_intent_has_enough_varied_samples(locale: str, name: str) -> None:
    samples = intents(locale)[name]["samples"]
    assert len(samples) >= MIN_SAMPLES[locale.split("-")[0]]
    assert len({s.lower() for s in samples}) == len(samples)
    openings = {MODELS[locale].normalize(s).split()[0] for s in samples}
    assert len(openings) >= 4, f"{name} samples all start alike: {openings}"


@pytest.mark.parametrize("locale", LOCALES)
def test_no_utterance_appears_in_two_intents(locale: str) -> None:
    owners = Counter(
        sample.lower().strip()
        for intent in intents(locale).values()
        for sample in intent["samples"]
    )
    assert [sample for sample, count in owners.items() if count > 1] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_two_slots_side_by_side_only_where_the_second_starts_with_a_preposition(
    locale: str,
) -> None:
    """Alexa fills adjacent slots less reliably; the one exception is "I put {item} {location}",
    where every LOCATION_NAME value starts with a preposition (or "where"), so the boundary is
    audible; so does every German ORIGIN ("ich hab {item} {origin} {location} gelegt": "vom
    Schreibtisch", "aus dem Keller")."""
    types = {t["name"]: t["values"] for t in language_model(locale)["types"]}
    prepositions = PREPOSITIONS[locale.split("-")[0]]
    for value in types["LOCATION_NAME"]:
        assert value["name"]["value"].split()[0] in prepositions, value
    german = locale.startswith("de")
    for value in types["ORIGIN"] if german else []:  # English says "from {origin}"
        assert value["name"]["value"].split()[0] in ("vom", "von", "aus", "ausm"), value
    starts_audibly = {"location", "place", *(("origin",) if german else ())}
    for intent in intents(locale).values():
        for sample in intent["samples"]:
            for first, second in re.findall(r"\{(\w+)\}\s*\{(\w+)\}", sample):
                audible = second in starts_audibly or {first, second} & CLOSED
                assert audible, sample


@pytest.mark.parametrize("locale", LOCALES)
def test_the_help_teaches_only_phrases_the_model_understands(locale: str) -> None:
    from memory_keeper.handlers.builtins import EXAMPLES
    from memory_keeper.language import for_locale

    model = MODELS[locale]
    strings = for_locale(locale).strings
    for key in EXAMPLES:
        assert "{" + key + "}" in strings["help"], key
        assert model.match(strings[key]).intent not in ("AMAZON.FallbackIntent", None), key


@pytest.mark.parametrize("locale", LOCALES)
def test_samples_only_use_declared_slots(locale: str) -> None:
    for intent in intents(locale).values():
        declared = {slot["name"] for slot in intent.get("slots", [])}
        for sample in intent["samples"]:
            assert set(re.findall(r"\{(\w+)\}", sample)) <= declared, sample


@pytest.mark.parametrize("locale", LOCALES)
def test_custom_slot_types_have_broad_values(locale: str) -> None:
    types = {t["name"]: t["values"] for t in language_model(locale)["types"]}
    for slot_type in ("ITEM_NAME", "LOCATION_NAME"):
        assert len(types[slot_type]) >= 25
    for intent in intents(locale).values():
        for slot in intent.get("slots", []):
            assert slot["type"] in types


@pytest.mark.parametrize("locale", LOCALES)
def test_dialog_model_elicits_every_slot_with_a_prompt(locale: str) -> None:
    """Every slot the skill may ask for has a prompt and answers in the model."""
    document = DOCUMENTS[locale]
    prompts = {prompt["id"] for prompt in document["interactionModel"]["prompts"]}
    dialog = {d["name"]: d for d in document["interactionModel"]["dialog"]["intents"]}
    for name, slots in ELICITED.items():
        elicited = {s["name"]: s for s in dialog[name]["slots"]}
        assert set(elicited) == slots
        for slot in elicited.values():
            assert slot["prompts"]["elicitation"] in prompts
        for slot in intents(locale)[name]["slots"]:
            if slot["name"] in slots:
                assert slot.get("samples"), f"{name}.{slot['name']} needs answers for its question"


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
    match = MODELS["en-US"].match(utterance)
    assert match.intent == intent
    assert {k: v for k, v in match.slots.items() if v is not None} == slots


@pytest.mark.parametrize(
    ("utterance", "intent", "slots"),
    [
        (
            "meine schlüssel sind am haken",
            "RememberIntent",
            {"item": "meine schlüssel", "location": "am haken"},
        ),
        (
            "ich habe meinen pass in die schublade gelegt",
            "RememberIntent",
            {"item": "meinen pass", "location": "in die schublade"},
        ),
        (
            "merk dir dass meine brille im bad liegt",
            "RememberIntent",
            {"item": "meine brille", "location": "im bad"},
        ),
        ("wo sind denn meine schlüssel", "RecallIntent", {"item": "meine schlüssel"}),
        ("wo hab ich meinen pass hingelegt", "RecallIntent", {"item": "meinen pass"}),
        ("wo war mein pass vorher", "HistoryIntent", {"item": "mein pass"}),
        ("ich habe meine schlüssel gefunden", "ForgetIntent", {"item": "meine schlüssel"}),
        ("vergiss meinen pass endgültig", "ForgetCompletelyIntent", {"item": "meinen pass"}),
        ("vergiss alles", "ForgetEverythingIntent", {}),
        ("mach das rückgängig", "UndoIntent", {}),
        ("was weißt du alles", "ListIntent", {}),
        ("danke das wars", "DoneIntent", {}),
        ("hilfe", "AMAZON.HelpIntent", {}),
        ("ja", "AMAZON.YesIntent", {}),
        ("bla bla bla", "AMAZON.FallbackIntent", {}),
    ],
)
def test_the_chat_matcher_reads_the_german_model(
    utterance: str, intent: str, slots: dict[str, Any]
) -> None:
    match = MODELS["de-DE"].match(utterance)
    assert match.intent == intent
    assert {k: v for k, v in match.slots.items() if v is not None} == slots


@pytest.mark.parametrize("locale", LOCALES)
def test_manifest_examples_exist_in_the_model(locale: str) -> None:
    published = MANIFEST["publishingInformation"]["locales"][locale]
    model = MODELS[locale]
    invocation = model.invocation_name
    lex = model.lexicon
    assert 1 <= len(published["examplePhrases"]) <= 3
    for phrase in published["examplePhrases"]:
        text = model.normalize(phrase.removeprefix("Alexa, "))
        assert invocation in text, phrase
        rest = re.sub(rf"^({lex.launch}|{lex.one_shot}) {invocation} ?", "", text)
        if rest:
            assert model.match(rest).intent != "AMAZON.FallbackIntent", phrase


def test_skill_disabled_is_subscribed() -> None:
    events = [s["eventName"] for s in MANIFEST["events"]["subscriptions"]]
    assert "SKILL_DISABLED" in events
