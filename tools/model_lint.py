"""`python -m tools.model_lint [files]`: what Alexa's model build would refuse, checked offline.

Checks interaction models (default: every `skill-package/interactionModels/custom/*.json`) and
prints one line per finding, `file: where: what [rule]`, e.g.

    skill-package/interactionModels/custom/en-US.json: intent ParkIntent, sample "I parked on
    level 2": digits must be spelled out ("2") [sample-characters]

(on one line).

Exit status 1 if any finding is an error, else 0 (a warning alone, such as a missing
AMAZON.FallbackIntent, does not fail). `make lint` runs it on every locale; the generated samples
and new intents of the models must pass it.

Rules, each checked against Amazon's documentation (Alexa Skills Kit, developer.amazon.com):

- `invocation-name`: lower case; only letters (non-ASCII letters too), spaces, periods (for
  abbreviations such as "a. b. c.") and possessive apostrophes; at least two words (a German
  skill may use one compound word); a two-word name without "the", "a", "an", "for", "to", "of";
  no launch or wake words (alexa, amazon, echo, computer, launch, ask, tell, open, start, load,
  begin, enable). "Invocation name requirements" in
  https://developer.amazon.com/docs/custom-skills/choose-the-invocation-name-for-a-custom-skill.html
  and https://developer.amazon.com/en-US/docs/alexa/interaction-model-design/design-the-invocation-name-for-your-skill.html
- `sample-characters`: samples (of intents and of slots) hold only letters (non-ASCII letters
  too, for German), spaces, periods, underscores, possessive apostrophes and hyphens besides
  `{slot}` references; numbers are spelled out, other punctuation is left out; a `{slot}` has a
  space on both sides ("do not add 's after the closing bracket": a possessive goes into the
  slot's values). https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-intents-utterances-and-slots.html
  (formerly "Rules for Sample Utterances" of the Custom Interaction Model Reference,
  https://developer.amazon.com/docs/custom-skills/custom-interaction-model-reference.html, whose
  text the build echoes: "Each token must consist only of unicode characters, spaces and valid
  punctuation marks. Valid punctuation marks are periods for abbreviations, underscores,
  possessive apostrophes, and hyphens.") and
  https://developer.amazon.com/docs/custom-skills/best-practices-for-sample-utterances-and-custom-slot-type-values.html
- `undeclared-slot`: every `{slot}` in an intent's samples, and in its slots' samples (what the
  dialog model's elicitation hears), is a slot of that intent (same page).
- `duplicate-sample`: no sample twice in one intent (or one slot), nor in two intents, compared
  case-insensitively with whitespace normalized (same page: an utterance maps to one intent).
- `search-query-alone`: a sample with an `AMAZON.SearchQuery` slot needs a carrier phrase: it
  cannot consist of slots only (the build's MissingCarrierPhraseWithPhraseSlot).
  https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#amazonsearchquery
- `name`: intent, slot and custom slot type names are ASCII letters and underscores, starting with
  a letter; built-in intents and slot types are `AMAZON.` plus such a name, and only they start
  with `AMAZON.`; every slot's type is a built-in one or a custom type of the model.
  "Intent and slot name requirements", linked from
  https://developer.amazon.com/docs/smapi/interaction-model-schema.html
- `value-length`: custom slot values and synonyms are at most 140 characters.
  https://developer.amazon.com/docs/custom-skills/create-and-edit-custom-slot-types.html
- `required-built-in`: AMAZON.CancelIntent, AMAZON.HelpIntent, AMAZON.StopIntent and
  AMAZON.NavigateHomeIntent are present; AMAZON.FallbackIntent is advised (a warning).
  https://developer.amazon.com/docs/custom-skills/standard-built-in-intents.html
- `dialog`: the dialog model's intents are intents of the language model, their slots are slots
  of that intent (of the same type), and every prompt id they use is in `prompts`.
  https://developer.amazon.com/docs/smapi/interaction-model-schema.html
- `size`: the model file is under 1.5 MB ("Interaction model limits" in
  https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html).

How far each was confirmed (2026-12, from the pages' text as a search index holds it, which is
not always the whole page): the invocation-name rules, German compounds included, are in the two
invocation pages; the sample characters, the space around a slot and the carrier phrase of a
phrase slot are in Amazon's rules and in the build's own error messages as developers quote them
("Each token must consist only of ...", "Sample intent utterances with phrase types cannot
consist of only slots"); the custom type name rule is the build's InvalidSlotTypeName message
("must begin with an alphabetic character and can consist only of alphabetic characters or
underscores"). The 140-character values, the 1.5 MB size and the required built-ins are as issue
#16 states them; the pages named above are where Amazon documents them, but the text at hand did
not show those figures (140 characters is also Amazon Lex's limit for a slot value).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["MAX_MODEL_BYTES", "Finding", "lint_file", "lint_model", "main"]

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "skill-package" / "interactionModels" / "custom"
MAX_MODEL_BYTES = 1_500_000
MAX_VALUE_CHARS = 140
REQUIRED_BUILT_INS = (
    "AMAZON.CancelIntent",
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.NavigateHomeIntent",
)
ADVISED_BUILT_INS = ("AMAZON.FallbackIntent",)
SEARCH_QUERY = "AMAZON.SearchQuery"
TWO_WORD_FILLERS = frozenset({"the", "a", "an", "for", "to", "of"})
LAUNCH_AND_WAKE_WORDS = frozenset(
    {"alexa", "amazon", "echo", "computer"}
    | {"launch", "ask", "tell", "open", "start", "load", "begin", "enable"}
)
SLOT_REFERENCE = re.compile(r"\{([^{}]*)\}")
NAME = re.compile(r"[A-Za-z][A-Za-z_]*")
BUILT_IN = re.compile(r"AMAZON\.[A-Za-z][A-Za-z_]*")


@dataclass(frozen=True)
class Finding:
    """One thing the model build would refuse (or, as a warning, advises against)."""

    file: str
    where: str
    message: str
    rule: str
    severity: str = "error"

    def __str__(self) -> str:
        warning = "warning: " if self.severity == "warning" else ""
        return f"{self.file}: {self.where}: {warning}{self.message} [{self.rule}]"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _normalized(sample: str) -> str:
    return " ".join(sample.lower().split())


def _bad_characters(sample: str) -> list[str]:
    """What makes a sample unspeakable as written: something attached to a `{slot}` reference,
    digits, other punctuation, an apostrophe that is not inside or at the end of a word, stray
    braces."""
    problems: list[str] = []
    for token in sample.split():
        rest = SLOT_REFERENCE.sub("", token)
        touching = len(SLOT_REFERENCE.findall(token)) > 1 or any(
            c.isalnum() or c in "._-'" for c in rest
        )  # anything else is reported as a character not allowed
        if SLOT_REFERENCE.search(token) and touching:
            hint = " (a possessive or contraction belongs in the slot's values)" * ("'" in token)
            problems.append(f"{_quoted(token)}: a slot needs a space on both sides{hint}")
    text = SLOT_REFERENCE.sub("x", sample)  # a word, for the checks below
    digits = sorted({c for c in text if c.isdigit()})
    if digits:
        problems.append(f"digits must be spelled out ({_quoted(''.join(digits))})")
    if "{" in text or "}" in text:
        problems.append("a brace outside a {slot} reference")
    others = sorted({c for c in text if not (c.isalpha() or c.isdigit() or c in " ._-'{}")})
    if others:
        problems.append("characters not allowed: " + " ".join(_quoted(c) for c in others))
    if re.search(r"(?<![^\W\d_])'|^'", text):
        problems.append("an apostrophe that is not possessive or a contraction")
    return problems


class _Model:
    """The parts of one interaction model document the rules read."""

    def __init__(self, document: dict[str, Any]) -> None:
        interaction = document.get("interactionModel", {})
        self.language = interaction.get("languageModel", {})
        self.dialog = interaction.get("dialog", {})
        self.prompts = {prompt.get("id") for prompt in interaction.get("prompts", [])}
        self.intents: list[dict[str, Any]] = self.language.get("intents", [])
        self.types: list[dict[str, Any]] = self.language.get("types", [])

    def slots(self, intent: dict[str, Any]) -> dict[str, str]:
        return {slot.get("name", ""): slot.get("type", "") for slot in intent.get("slots", [])}


def lint_model(document: dict[str, Any], file: str, locale: str = "") -> list[Finding]:
    """Every finding in one model document; `locale` (e.g. "de-DE") selects language rules."""
    model = _Model(document)
    checks = (
        _invocation_name(model, locale),
        _names(model),
        _samples(model),
        _duplicates(model),
        _values(model),
        _built_ins(model),
        _dialog(model),
    )
    return [
        Finding(file, where, message, rule, severity)
        for check in checks
        for where, message, rule, severity in check
    ]


Raw = Iterator[tuple[str, str, str, str]]


def _invocation_name(model: _Model, locale: str) -> Raw:
    name = model.language.get("invocationName", "")
    where = f"invocation name {_quoted(name)}"
    rule = "invocation-name"
    if name != name.lower():
        yield where, "must be lower case", rule, "error"
    others = sorted({c for c in name if not (c.isalpha() or c in " .'")})
    if others:
        listed = " ".join(_quoted(c) for c in others)
        yield where, f"only letters, spaces, periods and apostrophes ({listed})", rule, "error"
    words = name.lower().split()
    german = locale.lower().startswith("de")
    if len(words) < 2 and not (german and len(words) == 1):
        yield where, "needs at least two words", rule, "error"
    if len(words) == 2 and TWO_WORD_FILLERS & set(words):
        filler = sorted(TWO_WORD_FILLERS & set(words))[0]
        yield where, f"a two-word name cannot include {_quoted(filler)}", rule, "error"
    for word in words:
        bare = word.strip(".'").removesuffix("'s")
        if bare in LAUNCH_AND_WAKE_WORDS:
            yield where, f"cannot contain the launch or wake word {_quoted(bare)}", rule, "error"


def _names(model: _Model) -> Raw:
    custom_types = {custom.get("name", "") for custom in model.types}
    for custom in model.types:
        name = custom.get("name", "")
        if not NAME.fullmatch(name):
            yield (
                f"slot type {_quoted(name)}",
                "a custom type name is ASCII letters and underscores, starting with a letter",
                "name",
                "error",
            )
    for intent in model.intents:
        name = intent.get("name", "")
        if not (BUILT_IN.fullmatch(name) or NAME.fullmatch(name)):
            yield (
                f"intent {_quoted(name)}",
                "an intent name is ASCII letters and underscores, starting with a letter "
                "(built-ins: AMAZON. and such a name)",
                "name",
                "error",
            )
        for slot, slot_type in model.slots(intent).items():
            where = f"intent {name}, slot {_quoted(slot)}"
            if not NAME.fullmatch(slot):
                yield (
                    where,
                    "a slot name is ASCII letters and underscores, starting with a letter",
                    "name",
                    "error",
                )
            if not (BUILT_IN.fullmatch(slot_type) or slot_type in custom_types):
                yield (
                    where,
                    f"type {_quoted(slot_type)} is neither AMAZON.* nor a custom type of the model",
                    "name",
                    "error",
                )


def _all_samples(model: _Model) -> Iterator[tuple[dict[str, Any], str | None, str]]:
    """(intent, slot name or None, sample) for every intent sample and slot sample."""
    for intent in model.intents:
        for sample in intent.get("samples", []):
            yield intent, None, sample
        for slot in intent.get("slots", []):
            for sample in slot.get("samples", []):
                yield intent, slot.get("name", ""), sample


def _sample_where(intent: dict[str, Any], slot: str | None, sample: str) -> str:
    slot_part = f", slot {slot}" if slot is not None else ""
    return f"intent {intent.get('name', '')}{slot_part}, sample {_quoted(sample)}"


def _samples(model: _Model) -> Raw:
    for intent, slot, sample in _all_samples(model):
        where = _sample_where(intent, slot, sample)
        for problem in _bad_characters(sample):
            yield where, problem, "sample-characters", "error"
        declared = model.slots(intent)
        referenced = SLOT_REFERENCE.findall(sample)
        for name in referenced:
            if name not in declared:
                yield where, f"{{{name}}} is not a slot of the intent", "undeclared-slot", "error"
        carrier = SLOT_REFERENCE.sub("", sample).strip()
        searching = [name for name in referenced if declared.get(name) == SEARCH_QUERY]
        if slot is None and searching and not carrier:
            yield (
                where,
                f"{{{searching[0]}}} is an {SEARCH_QUERY} slot: the sample needs words around it",
                "search-query-alone",
                "error",
            )


def _duplicates(model: _Model) -> Raw:
    owners: dict[str, str] = {}
    for intent in model.intents:
        name = intent.get("name", "")
        seen: set[str] = set()
        for sample in intent.get("samples", []):
            key = _normalized(sample)
            where = f"intent {name}, sample {_quoted(sample)}"
            if key in seen:
                yield where, "appears twice in this intent", "duplicate-sample", "error"
            elif key in owners and owners[key] != name:
                yield where, f"also a sample of {owners[key]}", "duplicate-sample", "error"
            seen.add(key)
            owners.setdefault(key, name)
        for slot in intent.get("slots", []):
            slot_seen: set[str] = set()
            for sample in slot.get("samples", []):
                key = _normalized(sample)
                if key in slot_seen:
                    yield (
                        _sample_where(intent, slot.get("name", ""), sample),
                        "appears twice in this slot",
                        "duplicate-sample",
                        "error",
                    )
                slot_seen.add(key)


def _values(model: _Model) -> Raw:
    for slot_type in model.types:
        for value in slot_type.get("values", []):
            name = value.get("name", {})
            for text, what in [(name.get("value", ""), "value")] + [
                (synonym, "synonym") for synonym in name.get("synonyms", [])
            ]:
                if len(text) > MAX_VALUE_CHARS:
                    yield (
                        f"slot type {slot_type.get('name', '')}, {what} {_quoted(text[:40] + '…')}",
                        f"{len(text)} characters, more than {MAX_VALUE_CHARS}",
                        "value-length",
                        "error",
                    )


def _built_ins(model: _Model) -> Raw:
    present = {intent.get("name") for intent in model.intents}
    for name in REQUIRED_BUILT_INS:
        if name not in present:
            yield "intents", f"{name} is required", "required-built-in", "error"
    for name in ADVISED_BUILT_INS:
        if name not in present:
            yield "intents", f"{name} is advised", "required-built-in", "warning"


def _prompt_ids(prompts: dict[str, Any], validations: list[dict[str, Any]]) -> Iterator[str]:
    yield from (value for value in prompts.values() if isinstance(value, str))
    yield from (v["prompt"] for v in validations if isinstance(v.get("prompt"), str))


def _dialog(model: _Model) -> Raw:
    intents = {intent.get("name"): intent for intent in model.intents}
    for dialog_intent in model.dialog.get("intents", []):
        name = dialog_intent.get("name", "")
        where = f"dialog intent {name}"
        if name not in intents:
            yield where, "is not an intent of the language model", "dialog", "error"
            continue
        declared = model.slots(intents[name])
        for prompt in _prompt_ids(dialog_intent.get("prompts", {}), []):
            if prompt not in model.prompts:
                yield where, f"prompt {_quoted(prompt)} is not in prompts", "dialog", "error"
        for slot in dialog_intent.get("slots", []):
            slot_name = slot.get("name", "")
            slot_where = f"{where}, slot {slot_name}"
            if slot_name not in declared:
                yield slot_where, f"is not a slot of {name}", "dialog", "error"
            elif slot.get("type", declared[slot_name]) != declared[slot_name]:
                yield (
                    slot_where,
                    f"type {_quoted(slot.get('type', ''))} differs from the intent's "
                    f"{_quoted(declared[slot_name])}",
                    "dialog",
                    "error",
                )
            for prompt in _prompt_ids(slot.get("prompts", {}), slot.get("validations", [])):
                if prompt not in model.prompts:
                    yield (
                        slot_where,
                        f"prompt {_quoted(prompt)} is not in prompts",
                        "dialog",
                        "error",
                    )


def lint_file(path: Path) -> list[Finding]:
    """Every finding in one model file, its size included; the locale is the file's stem."""
    inside = path.is_absolute() and path.is_relative_to(ROOT)
    shown = str(path.relative_to(ROOT) if inside else path)
    data = path.read_bytes()
    try:
        document = json.loads(data)
    except json.JSONDecodeError as exc:
        return [Finding(shown, f"line {exc.lineno}", f"not JSON: {exc.msg}", "json")]
    findings = lint_model(document, shown, path.stem)
    if len(data) >= MAX_MODEL_BYTES:
        findings.append(
            Finding(
                shown,
                "file",
                f"{len(data):,} bytes, over the 1.5 MB a model may have",
                "size",
            )
        )
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.model_lint", description=__doc__)
    parser.add_argument(
        "files", nargs="*", type=Path, help="model files (default: every locale's model)"
    )
    args = parser.parse_args(argv)
    files: list[Path] = args.files or sorted(MODELS.glob("*.json"))
    findings = [finding for path in files for finding in lint_file(path)]
    for finding in findings:
        print(finding)
    errors = sum(finding.severity == "error" for finding in findings)
    print(
        f"model_lint: {len(files)} model(s), {errors} error(s), "
        f"{len(findings) - errors} warning(s)",
        file=sys.stderr,
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
