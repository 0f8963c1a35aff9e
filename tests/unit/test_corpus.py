"""The local matcher against natural utterances written independently of the model's samples.

`tests/data/utterances.txt` holds how people actually phrase requests (utterance | intent |
slots). The accuracy is printed in every run (`pytest -s` or the summary below) and must stay at
or above `TARGET`; the misses are listed so the samples can be broadened where people differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from memory_keeper.language import for_locale
from memory_keeper.language.en import GRAMMAR
from tools.nlu import Model

CORPUS = Path(__file__).resolve().parents[1] / "data" / "utterances.txt"
GERMAN_CORPUS = CORPUS.with_name("utterances.de-DE.txt")
TARGET = 0.95
GERMAN_TARGET = 0.90


@dataclass(frozen=True)
class Case:
    utterance: str
    intent: str
    slots: dict[str, str]


def load_corpus(path: Path = CORPUS) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        utterance, intent, slots = (part.strip() for part in (line + "|").split("|")[:3])
        values = dict(
            (pair.split("=", 1)[0].strip(), pair.split("=", 1)[1].strip())
            for pair in slots.split(";")
            if "=" in pair
        )
        cases.append(Case(utterance, intent, values))
    return cases


def _comparable(name: str, value: str | None) -> str | None:
    """A slot value as the skill uses it: the item cleaned, the place as it is said back
    ("to the safe" and "the safe" are both "in the safe")."""
    if value is None:
        return None
    value = value.lower().strip()
    if name == "item":
        return GRAMMAR.clean_item(value)
    return GRAMMAR.place(GRAMMAR.clean_location(value))


def understood(model: Model, case: Case) -> bool:
    match = model.match(case.utterance)
    if match.intent != case.intent:
        return False
    got = {k: _comparable(k, v) for k, v in match.slots.items() if v}
    want = {k: _comparable(k, v) for k, v in case.slots.items()}
    return got == want


def _german_comparable(name: str, value: str | None) -> str | None:
    """A German slot as the skill uses it: the item's key, the place as it is said back."""
    if value is None:
        return None
    grammar = for_locale("de-DE").grammar
    if name == "item":
        return grammar.key(grammar.clean_item(value))
    return grammar.place(grammar.clean_location(value)).lower()


def german_understood(model: Model, case: Case) -> bool:
    match = model.match(case.utterance)
    if match.intent != case.intent:
        return False
    got = {k: _german_comparable(k, v) for k, v in match.slots.items() if v}
    want = {k: _german_comparable(k, v) for k, v in case.slots.items()}
    return got == want


def test_the_corpus_is_large_and_covers_every_intent() -> None:
    cases = load_corpus()
    assert len(cases) >= 300
    intents = {intent["name"] for intent in Model.load().intents}
    assert {case.intent for case in cases} <= intents
    assert {"RememberIntent", "RecallIntent", "HistoryIntent", "ForgetIntent"} <= {
        case.intent for case in cases
    }


def test_natural_utterances_are_understood(capsys: pytest.CaptureFixture[str]) -> None:
    model = Model.load()
    cases = load_corpus()
    misses = [case for case in cases if not understood(model, case)]
    accuracy = 1 - len(misses) / len(cases)
    report = [f"corpus accuracy: {accuracy:.1%} ({len(cases) - len(misses)}/{len(cases)})"]
    for case in misses:
        match = model.match(case.utterance)
        report.append(f"  missed: {case.utterance!r} -> {match.intent} {match.slots}")
    with capsys.disabled():
        print("\n" + "\n".join(report))
    assert accuracy >= TARGET, "\n".join(report)


def test_german_utterances_are_understood(capsys: pytest.CaptureFixture[str]) -> None:
    model = Model.load(locale="de-DE")
    cases = load_corpus(GERMAN_CORPUS)
    assert len(cases) >= 80
    assert {case.intent for case in cases} >= {
        "RememberIntent", "RecallIntent", "HistoryIntent", "ForgetIntent",
        "ForgetCompletelyIntent", "UndoIntent", "ListIntent", "ForgetEverythingIntent",
        "DoneIntent",
    }  # fmt: skip
    misses = [case for case in cases if not german_understood(model, case)]
    accuracy = 1 - len(misses) / len(cases)
    report = [f"German corpus accuracy: {accuracy:.1%} ({len(cases) - len(misses)}/{len(cases)})"]
    for case in misses:
        match = model.match(case.utterance)
        report.append(f"  missed: {case.utterance!r} -> {match.intent} {match.slots}")
    with capsys.disabled():
        print("\n" + "\n".join(report))
    assert accuracy >= GERMAN_TARGET, "\n".join(report)
