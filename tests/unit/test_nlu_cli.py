"""`python -m tools.nlu`: what the model hears, and a corpus file scored the way the suite does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.nlu import main

CORPUS = """\
# a corpus written by someone else, in the format of tools/corpus.py
my passport is in the top drawer | RememberIntent | item=passport; location=in the top drawer \
| then: where is my passport => top drawer
where'd i leave my wallet | RecallIntent | item=wallet
play some jazz | RememberIntent | item=jazz; location=in the kitchen
"""


def test_an_utterance_prints_its_intent_and_slots(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["where'd i leave my wallet"]) == 0
    assert (
        capsys.readouterr().out
        == "\"where'd i leave my wallet\" -> RecallIntent {'item': 'wallet'}\n"
    )


def test_a_corpus_is_scored_and_its_notes_asked_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "utterances.other.en-US.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "--misses", "--notes"]) == 0
    out = capsys.readouterr().out
    assert "utterances.other.en-US.txt: 66.7% understood (2/3)" in out
    assert "missed utterances.other.en-US.txt:4: 'play some jazz'" in out
    assert "utterances.other.en-US.txt: 100.0% of notes come back (1/1)" in out


def test_a_line_without_an_intent_is_one_precise_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "utterances.bad.en-US.txt"
    corpus.write_text("where are my keys\n", encoding="utf-8")
    assert main(["--corpus", str(corpus)]) == 2
    assert capsys.readouterr().err == "nlu: utterances.bad.en-US.txt:1: no intent after '|'\n"
