"""The sample utterances of an interaction model, written as a small grammar and expanded.

A grammar file (`skill-model/<language>.grammar.txt`) holds, per intent, templates that say many
sentences at once, so coverage comes from carrier phrases x verbs x tenses x contractions rather
than from sentences added one at a time:

    # a comment
    @be = is | are | 's                         a named set of alternatives
    @put = put | left | stuck | <hid>           which may use other sets
    [RememberIntent]                            the samples of this intent follow
    {item} <be> (now |still |) {location}       (a|b|) inline alternatives, "" included
    I <put> {item} [away ]{location}            [x] is optional, as (x|)
    [RememberIntent.location]                   the samples of that slot's elicitation

`{slot}` is a slot, kept as written. Whitespace is collapsed after expansion, and a space before
"'s", "'re", "'ve", "'ll", "'d" or "'m" is dropped ("{item} 's" -> "{item}'s"); a sentence that
would then start with an apostrophe or put one right after a slot ("{person}'s {item}") is
dropped, as Alexa refuses both (the slot's values carry a possessive, and the local matcher
reads "the charger's in" as "is"). Expanding a template into more than `MAX_PER_TEMPLATE`
sentences is an error (a grammar this small should never need it), and so is a sample that two
intents share: Alexa refuses such a model.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MAX_PER_TEMPLATE", "Grammar", "GrammarError", "expand", "load"]

MAX_PER_TEMPLATE = 4000
_DEFINITION = re.compile(r"^@(\w+)\s*=\s*(.*)$")
_SECTION = re.compile(r"^\[([\w.]+)\]$")
_CONTRACTION = re.compile(r" +('(?:s|re|ve|ll|d|m))\b")


class GrammarError(ValueError):
    """A grammar file that cannot be expanded; the message names the file and line."""


@dataclass
class Grammar:
    """Samples per intent (`samples`) and per intent slot (`slot_samples`), in file order."""

    samples: dict[str, list[str]] = field(default_factory=dict)
    slot_samples: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def _split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is not inside (), [] or <>."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _closing(text: str, start: int) -> int:
    """The index of the bracket closing the one at `start`."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "([":
            depth += 1
        elif text[index] in ")]":
            depth -= 1
            if depth == 0:
                return index
    raise GrammarError(f"unclosed {text[start]!r} in {text!r}")


def expand(template: str, sets: dict[str, list[str]]) -> list[str]:
    """Every sentence `template` says, with `<name>` taken from `sets`."""
    return [_tidy(sentence) for sentence in _expand(template, sets, ())]


def _expand(template: str, sets: dict[str, list[str]], using: tuple[str, ...]) -> Iterator[str]:
    pieces: list[list[str]] = []
    index = 0
    literal: list[str] = []
    while index < len(template):
        char = template[index]
        if char in "([":
            end = _closing(template, index)
            inner = template[index + 1 : end]
            alternatives = _split_top(inner, "|") if char == "(" else [inner, ""]
            if literal:
                pieces.append(["".join(literal)])
                literal = []
            pieces.append(
                [text for alternative in alternatives for text in _expand(alternative, sets, using)]
            )
            index = end + 1
        elif char == "<":
            end = template.index(">", index)
            name = template[index + 1 : end]
            if name not in sets:
                raise GrammarError(f"<{name}> is not defined")
            if name in using:
                raise GrammarError(f"<{name}> uses itself")
            if literal:
                pieces.append(["".join(literal)])
                literal = []
            pieces.append(
                [text for option in sets[name] for text in _expand(option, sets, (*using, name))]
            )
            index = end + 1
        elif char in ")]>":
            raise GrammarError(f"unopened {char!r} in {template!r}")
        else:
            literal.append(char)
            index += 1
    if literal:
        pieces.append(["".join(literal)])
    for combination in itertools.product(*pieces):
        yield "".join(combination)


def _tidy(sentence: str) -> str:
    return _CONTRACTION.sub(r"\1", " ".join(sentence.split()))


def _refused(sentence: str) -> bool:
    """Whether Alexa would refuse a sample: an apostrophe first, or touching a slot."""
    return sentence.startswith("'") or "}'" in sentence


def load(path: Path) -> Grammar:
    """The samples of the grammar file at `path`, expanded; each intent's and slot's in file
    order, without repeats."""
    sets: dict[str, list[str]] = {}
    grammar = Grammar()
    target: list[str] | None = None
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{path.name}:{number}"
        definition = _DEFINITION.match(line)
        section = _SECTION.match(line)
        try:
            if definition:
                sets[definition.group(1)] = [
                    option.strip() for option in _split_top(definition.group(2), "|")
                ]
            elif section:
                name = section.group(1)
                intent, _, slot = name.rpartition(".")
                if intent and slot[:1].islower():  # [RememberIntent.location], not AMAZON.…
                    target = grammar.slot_samples.setdefault((intent, slot), [])
                else:
                    target = grammar.samples.setdefault(name, [])
            elif target is None:
                raise GrammarError("a template before any [Intent] section")
            else:
                sentences = expand(line, sets)
                if len(sentences) > MAX_PER_TEMPLATE:
                    raise GrammarError(
                        f"says {len(sentences)} sentences, more than {MAX_PER_TEMPLATE}"
                    )
                intent_of_target = next(
                    (name for name, samples in grammar.samples.items() if samples is target), None
                )
                for sentence in sentences:
                    if not sentence or sentence in target or _refused(sentence):
                        continue
                    if intent_of_target:
                        key = sentence.lower()
                        if owner.setdefault(key, intent_of_target) != intent_of_target:
                            clashes.append(
                                f"{where}: {sentence!r} is also a sample of {owner[key]}"
                            )
                            continue
                    target.append(sentence)
        except GrammarError as exc:
            raise GrammarError(f"{where}: {exc}") from None
    if clashes:
        raise GrammarError("Alexa refuses a sample in two intents:\n" + "\n".join(clashes))
    return grammar
