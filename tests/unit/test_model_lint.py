"""`tools/model_lint.py`: every locale's model passes, and each rule finds its one bad model, in
one precise line."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools.model_lint import MAX_MODEL_BYTES, MODELS, Finding, lint_file, lint_model, main

LOCALE_FILES = sorted(MODELS.glob("*.json"))

GOOD: dict[str, Any] = {
    "interactionModel": {
        "languageModel": {
            "invocationName": "memory keeper",
            "intents": [
                {"name": "AMAZON.CancelIntent", "samples": []},
                {"name": "AMAZON.HelpIntent", "samples": []},
                {"name": "AMAZON.StopIntent", "samples": []},
                {"name": "AMAZON.NavigateHomeIntent", "samples": []},
                {"name": "AMAZON.FallbackIntent", "samples": []},
                {
                    "name": "RememberIntent",
                    "slots": [
                        {"name": "item", "type": "ITEM_NAME", "samples": ["my {item}"]},
                        {"name": "location", "type": "LOCATION_NAME"},
                    ],
                    "samples": [
                        "my {item} is {location}",
                        "I put my mother-in-law's {item} {location}",
                        "remember that the {item} is {location}",
                    ],
                },
                {
                    "name": "SearchIntent",
                    "slots": [{"name": "query", "type": "AMAZON.SearchQuery"}],
                    "samples": ["look for {query}"],
                },
                {"name": "ListIntent", "samples": ["what have I put away", "list my things"]},
            ],
            "types": [
                {"name": "ITEM_NAME", "values": [{"name": {"value": "keys", "synonyms": ["key"]}}]},
                {"name": "LOCATION_NAME", "values": [{"name": {"value": "in the drawer"}}]},
            ],
        },
        "dialog": {
            "intents": [
                {
                    "name": "RememberIntent",
                    "prompts": {},
                    "slots": [
                        {
                            "name": "item",
                            "type": "ITEM_NAME",
                            "elicitationRequired": True,
                            "prompts": {"elicitation": "Elicit.item"},
                        }
                    ],
                }
            ]
        },
        "prompts": [{"id": "Elicit.item", "variations": [{"type": "PlainText", "value": "What?"}]}],
    }
}


def _language(model: dict[str, Any]) -> dict[str, Any]:
    language: dict[str, Any] = model["interactionModel"]["languageModel"]
    return language


def _intent(model: dict[str, Any], name: str) -> dict[str, Any]:
    intents: list[dict[str, Any]] = _language(model)["intents"]
    (intent,) = [i for i in intents if i["name"] == name]
    return intent


def _findings(change: Callable[[dict[str, Any]], object], locale: str = "en-US") -> list[str]:
    model = copy.deepcopy(GOOD)
    change(model)
    return [str(finding) for finding in lint_model(model, "m.json", locale)]


@pytest.mark.parametrize("path", LOCALE_FILES, ids=lambda path: path.stem)
def test_every_locales_model_passes(path: Path) -> None:
    assert [str(finding) for finding in lint_file(path)] == []


def test_the_locales_are_all_there() -> None:
    assert {path.stem for path in LOCALE_FILES} >= {"en-US", "en-GB", "de-DE"}


def test_the_good_model_passes() -> None:
    assert _findings(lambda model: None) == []


# --- invocation name --------------------------------------------------------------------------


def _invocation(name: str) -> Callable[[dict[str, Any]], object]:
    return lambda model: _language(model).update(invocationName=name)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Memory Keeper", "must be lower case"),
        ("keeper", "needs at least two words"),
        ("the keeper", 'a two-word name cannot include "the"'),
        ("keeper for", 'a two-word name cannot include "for"'),
        ("alexa note keeper", 'cannot contain the launch or wake word "alexa"'),
        ("open my notes", 'cannot contain the launch or wake word "open"'),
        ("memory keeper two", None),
        ("memory keeper 2", 'only letters, spaces, periods and apostrophes ("2")'),
    ],
)
def test_invocation_name(name: str, message: str | None) -> None:
    expected = [f'm.json: invocation name "{name}": {message} [invocation-name]'] if message else []
    assert _findings(_invocation(name)) == expected


def test_a_german_invocation_name_may_be_one_compound_word() -> None:
    assert _findings(_invocation("gedächtnishüter"), locale="de-DE") == []
    assert _findings(_invocation("gedächtnishüter"), locale="en-US") == [
        'm.json: invocation name "gedächtnishüter": needs at least two words [invocation-name]'
    ]


# --- samples ----------------------------------------------------------------------------------


def _sample(intent: str, sample: str) -> Callable[[dict[str, Any]], object]:
    return lambda model: _intent(model, intent)["samples"].append(sample)


@pytest.mark.parametrize(
    ("sample", "message"),
    [
        ("my {item} is in drawer 2", 'digits must be spelled out ("2")'),
        ("where is my {item}?", 'characters not allowed: "?"'),
        (
            "the {item}'s {location}",
            '"{item}\'s": a slot needs a space on both sides '
            "(a possessive or contraction belongs in the slot's values)",
        ),
        ("'til the {item} is {location}", "an apostrophe that is not possessive or a contraction"),
        ("my {item} is } {location}", "a brace outside a {slot} reference"),
    ],
)
def test_sample_characters(sample: str, message: str) -> None:
    assert _findings(_sample("RememberIntent", sample)) == [
        f"m.json: intent RememberIntent, sample {json.dumps(sample)}: {message} [sample-characters]"
    ]


def test_letters_of_any_language_periods_hyphens_and_underscores_are_allowed() -> None:
    assert _findings(_sample("RememberIntent", "merk dir den {item} über der tür")) == []
    assert _findings(_sample("RememberIntent", "the t. v. remote_control {item} is here")) == []


def test_a_slot_sample_is_checked_like_an_intents() -> None:
    slot = lambda model: _intent(model, "RememberIntent")["slots"][0]["samples"].append("it's #1")  # noqa: E731
    assert _findings(slot) == [
        'm.json: intent RememberIntent, slot item, sample "it\'s #1": digits must be spelled out '
        '("1") [sample-characters]',
        'm.json: intent RememberIntent, slot item, sample "it\'s #1": characters not allowed: "#" '
        "[sample-characters]",
    ]


def test_a_slot_in_a_sample_is_declared_on_its_intent() -> None:
    assert _findings(_sample("RememberIntent", "my {thing} is {location}")) == [
        'm.json: intent RememberIntent, sample "my {thing} is {location}": {thing} is not a slot '
        "of the intent [undeclared-slot]"
    ]


def test_a_slot_in_a_slot_sample_is_declared_on_its_intent() -> None:
    def change(model: dict[str, Any]) -> None:
        _intent(model, "RememberIntent")["slots"][0]["samples"].append("the {query}")

    assert _findings(change) == [
        'm.json: intent RememberIntent, slot item, sample "the {query}": {query} is not a slot of '
        "the intent [undeclared-slot]"
    ]


def test_no_sample_twice_in_one_intent() -> None:
    assert _findings(_sample("RememberIntent", "My  {item} is {location} ")) == [
        'm.json: intent RememberIntent, sample "My  {item} is {location} ": appears twice in this '
        "intent [duplicate-sample]"
    ]


def test_no_sample_in_two_intents() -> None:
    assert _findings(_sample("ListIntent", "List my things")) == [
        'm.json: intent ListIntent, sample "List my things": appears twice in this intent '
        "[duplicate-sample]"
    ]
    assert _findings(_sample("SearchIntent", "list my things")) == [
        'm.json: intent ListIntent, sample "list my things": also a sample of SearchIntent '
        "[duplicate-sample]"
    ]


def test_no_sample_twice_in_one_slot() -> None:
    def change(model: dict[str, Any]) -> None:
        _intent(model, "RememberIntent")["slots"][0]["samples"].append("My {item}")

    assert _findings(change) == [
        'm.json: intent RememberIntent, slot item, sample "My {item}": appears twice in this slot '
        "[duplicate-sample]"
    ]


def test_a_search_query_is_never_alone() -> None:
    assert _findings(_sample("SearchIntent", "{query}")) == [
        'm.json: intent SearchIntent, sample "{query}": {query} is an AMAZON.SearchQuery slot: '
        "the sample needs words around it [search-query-alone]"
    ]


# --- names, values, built-ins, dialog, size ----------------------------------------------------


def test_intent_names() -> None:
    def change(model: dict[str, Any]) -> None:
        _intent(model, "ListIntent")["name"] = "List-Intent"

    assert _findings(change) == [
        'm.json: intent "List-Intent": an intent name is ASCII letters and underscores, starting '
        "with a letter (built-ins: AMAZON. and such a name) [name]"
    ]


def test_slot_names_and_types() -> None:
    def change(model: dict[str, Any]) -> None:
        _intent(model, "RememberIntent")["slots"][1].update(name="location2", type="PLACES")

    def sample_uses_new_name(model: dict[str, Any]) -> None:
        change(model)
        _intent(model, "RememberIntent")["samples"] = ["my {item} is {location2}"]

    assert _findings(sample_uses_new_name) == [
        'm.json: intent RememberIntent, slot "location2": a slot name is ASCII letters and '
        "underscores, starting with a letter [name]",
        'm.json: intent RememberIntent, slot "location2": type "PLACES" is neither AMAZON.* nor a '
        "custom type of the model [name]",
    ]


def test_custom_type_names() -> None:
    def change(model: dict[str, Any]) -> None:
        _language(model)["types"].append({"name": "AMAZON.MyType", "values": []})

    assert _findings(change) == [
        'm.json: slot type "AMAZON.MyType": a custom type name is ASCII letters and underscores, '
        "starting with a letter [name]"
    ]


def test_values_and_synonyms_are_at_most_140_characters() -> None:
    long = "a" * 141

    def change(model: dict[str, Any]) -> None:
        values = _language(model)["types"][0]["values"]
        values.append({"name": {"value": long}})
        values.append({"name": {"value": "wallet", "synonyms": ["purse", long]}})
        values.append({"name": {"value": "b" * 140}})

    shown = json.dumps("a" * 40 + "…", ensure_ascii=False)
    assert _findings(change) == [
        f"m.json: slot type ITEM_NAME, value {shown}: 141 characters, more than 140 [value-length]",
        f"m.json: slot type ITEM_NAME, synonym {shown}: 141 characters, more than 140 "
        "[value-length]",
    ]


def test_the_required_built_ins_are_there_and_fallback_is_advised() -> None:
    def without(*names: str) -> Callable[[dict[str, Any]], object]:
        def change(model: dict[str, Any]) -> None:
            language = _language(model)
            language["intents"] = [i for i in language["intents"] if i["name"] not in names]

        return change

    assert _findings(without("AMAZON.NavigateHomeIntent")) == [
        "m.json: intents: AMAZON.NavigateHomeIntent is required [required-built-in]"
    ]
    assert _findings(without("AMAZON.FallbackIntent")) == [
        "m.json: intents: warning: AMAZON.FallbackIntent is advised [required-built-in]"
    ]


def test_the_dialog_model_names_what_exists() -> None:
    def change(model: dict[str, Any]) -> None:
        dialog = model["interactionModel"]["dialog"]["intents"]
        dialog[0]["slots"][0]["prompts"]["elicitation"] = "Elicit.missing"
        dialog[0]["slots"].append({"name": "colour", "type": "ITEM_NAME", "prompts": {}})
        dialog.append({"name": "ParkIntent", "prompts": {}, "slots": []})

    assert _findings(change) == [
        'm.json: dialog intent RememberIntent, slot item: prompt "Elicit.missing" is not in '
        "prompts [dialog]",
        "m.json: dialog intent RememberIntent, slot colour: is not a slot of RememberIntent "
        "[dialog]",
        "m.json: dialog intent ParkIntent: is not an intent of the language model [dialog]",
    ]


def test_a_dialog_slot_has_the_intents_type_and_validation_prompts_exist() -> None:
    def change(model: dict[str, Any]) -> None:
        slot = model["interactionModel"]["dialog"]["intents"][0]["slots"][0]
        slot["type"] = "LOCATION_NAME"
        slot["validations"] = [{"type": "hasEntityResolutionMatch", "prompt": "Slot.Validation"}]

    assert _findings(change) == [
        'm.json: dialog intent RememberIntent, slot item: type "LOCATION_NAME" differs from the '
        'intent\'s "ITEM_NAME" [dialog]',
        'm.json: dialog intent RememberIntent, slot item: prompt "Slot.Validation" is not in '
        "prompts [dialog]",
    ]


def test_a_model_is_under_one_and_a_half_megabytes(tmp_path: Path) -> None:
    model = copy.deepcopy(GOOD)
    values = [{"name": {"value": f"thing number {n:08d}".replace("0", "o")}} for n in range(40_000)]
    _language(model)["types"][0]["values"] = values
    path = tmp_path / "en-US.json"
    path.write_text(json.dumps(model, indent=2))
    size = path.stat().st_size
    assert size >= MAX_MODEL_BYTES
    assert [str(finding) for finding in lint_file(path)] == [
        f"{path}: file: {size:,} bytes, over the 1.5 MB a model may have [size]"
    ]


def test_a_file_that_is_not_json_is_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "en-US.json"
    path.write_text('{"interactionModel": ')
    assert lint_file(path) == [Finding(str(path), "line 1", "not JSON: Expecting value", "json")]


# --- the command ---------------------------------------------------------------------------------


def test_the_command_prints_one_line_per_finding_and_fails_on_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = copy.deepcopy(GOOD)
    _intent(model, "ListIntent")["samples"].append("list my 2 things")
    _language(model)["intents"] = [
        i for i in _language(model)["intents"] if i["name"] != "AMAZON.FallbackIntent"
    ]
    path = tmp_path / "en-GB.json"
    path.write_text(json.dumps(model))
    assert main([str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f'{path}: intent ListIntent, sample "list my 2 things": digits must be spelled out ("2") '
        "[sample-characters]",
        f"{path}: intents: warning: AMAZON.FallbackIntent is advised [required-built-in]",
    ]
    assert "1 model(s), 1 error(s), 1 warning(s)" in err


def test_a_warning_alone_does_not_fail(tmp_path: Path) -> None:
    model = copy.deepcopy(GOOD)
    _language(model)["intents"] = [
        i for i in _language(model)["intents"] if i["name"] != "AMAZON.FallbackIntent"
    ]
    path = tmp_path / "de-DE.json"
    path.write_text(json.dumps(model))
    assert main([str(path)]) == 0


def test_without_files_the_command_checks_every_locale(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert f"{len(LOCALE_FILES)} model(s), 0 error(s), 0 warning(s)" in capsys.readouterr().err
