"""Corpora of natural utterances: how people phrase requests, and what the skill should hear.

A corpus file holds one utterance per line (`tests/data/corpus/README.md` says how they are
written and split):

    utterance | intent | slots | then: <a later question> => <words its answer must contain>

`slots` are `name=value` pairs separated by ";". A line may start with a mark saying which of the
skill's questions it answers: `[where?]` (where is the thing), `[what?]` (what to remember),
`[which?]` (which of several). A file's locale is in its name (`utterances.dev.en-GB.txt`;
`.en.` is en-US), and `# --- locale en-AU` switches the locale for the lines that follow.

`understood` compares what the matcher heard with what the line says, as the skill would use it
(the item and place through the language's own reading), so "to the safe" and "in the safe" are
the same place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "CORPORA",
    "Case",
    "Score",
    "comparable",
    "judge_for",
    "load",
    "load_all",
    "note_trials",
    "notes_come_back",
    "score",
]

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
_LOCALE_IN_NAME = re.compile(r"\.([a-z]{2}-[A-Z]{2}|en|de)\.txt$")
_LOCALE_HEADING = re.compile(r"^#\s*---\s*locale\s+([a-z]{2}-[A-Z]{2})\s*$")
_CONTEXT = re.compile(r"^\[(where|what|which)\?\]\s*")
# The slot a marked line answers, by the intent it is labelled with.
ANSWERS = {
    "where": "location",
    "what": "item",
    "which": "item",
}


@dataclass(frozen=True)
class Case:
    utterance: str
    intent: str
    slots: dict[str, str]
    locale: str
    source: str  # "file:line"
    context: str = ""  # "where", "what", "which": the question it answers
    then: str = ""  # a later question
    expect: str = ""  # words its answer must contain


def _parse_slots(text: str) -> dict[str, str]:
    pairs = (pair.split("=", 1) for pair in text.split(";") if "=" in pair)
    return {name.strip(): value.strip() for name, value in pairs if value.strip()}


def _file_locale(path: Path) -> str:
    found = _LOCALE_IN_NAME.search(path.name)
    code = found.group(1) if found else "en"
    return {"en": "en-US", "de": "de-DE"}.get(code, code)


def load(path: Path) -> list[Case]:
    """The cases of one corpus file, in order."""
    cases = []
    locale = _file_locale(path)
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        heading = _LOCALE_HEADING.match(raw.strip())
        if heading:
            locale = heading.group(1)
            continue
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [part.strip() for part in line.split("|")]
        if len(fields) < 2:
            raise ValueError(f"{path.name}:{number}: no intent after '|'")
        utterance, intent = fields[0], fields[1]
        slots = _parse_slots(fields[2]) if len(fields) > 2 else {}
        then, expect = "", ""
        if len(fields) > 3 and fields[3].startswith("then:"):
            question, _, words = fields[3].removeprefix("then:").partition("=>")
            then, expect = question.strip(), words.strip()
        context = ""
        marked = _CONTEXT.match(utterance)
        if marked:
            context, utterance = marked.group(1), utterance[marked.end() :]
        cases.append(
            Case(utterance, intent, slots, locale, f"{path.name}:{number}", context, then, expect)
        )
    return cases


def load_all(folder: Path) -> list[Case]:
    """Every case of every `utterances*.txt` under `folder`, files in name order."""
    return [case for path in sorted(folder.glob("utterances*.txt")) for case in load(path)]


@dataclass
class Score:
    """How many cases were understood, overall, per locale and per intent; and the misses."""

    total: int = 0
    understood: int = 0
    by_intent: Counter[str] = field(default_factory=Counter)
    missed_by_intent: Counter[str] = field(default_factory=Counter)
    by_locale: Counter[str] = field(default_factory=Counter)
    missed_by_locale: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[Case, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.understood / self.total if self.total else 0.0

    def add(self, case: Case, heard: str | None) -> None:
        """Count `case`; `heard` is None when understood, else what was heard instead."""
        self.total += 1
        self.by_intent[case.intent] += 1
        self.by_locale[case.locale] += 1
        if heard is None:
            self.understood += 1
        else:
            self.missed_by_intent[case.intent] += 1
            self.missed_by_locale[case.locale] += 1
            self.misses.append((case, heard))

    def lines(self, name: str, *, misses: bool = True) -> Iterator[str]:
        yield f"{name}: {self.accuracy:.1%} understood ({self.understood}/{self.total})"
        for locale in sorted(self.by_locale):
            n = self.by_locale[locale]
            yield f"  {locale}: {1 - self.missed_by_locale[locale] / n:.1%} of {n}"
        for intent, n in sorted(self.by_intent.items(), key=lambda pair: -pair[1]):
            missed = self.missed_by_intent[intent]
            if missed:
                yield f"  {intent}: {1 - missed / n:.0%} of {n}"
        if misses:
            for case, heard in self.misses:
                yield f"  missed {case.source}: {case.utterance!r} -> {heard}"


def score(cases: Iterable[Case], judge: object) -> Score:
    """The score of `cases` under `judge(case) -> None | str` (None when understood)."""
    result = Score()
    for case in cases:
        result.add(case, judge(case))  # type: ignore[operator]
    return result


_PLACEHOLDER = "thing"


def _eliciting(case: Case) -> tuple[str, str, dict[str, str | None]] | None:
    """The slot the skill asked for when `case` is an answer to one of its questions."""
    if not case.context:
        return None
    if case.context == "which":
        return case.intent, "item", {"item": None}
    slot = ANSWERS[case.context]
    if case.intent == "ParkIntent" and slot == "location":  # "Where did you park?"
        return "ParkIntent", "location", {"location": None}
    if case.intent in ("LendIntent", "BorrowIntent") and slot == "item":  # "What did you lend?"
        return case.intent, "item", {"item": None, "person": _PLACEHOLDER}
    slots: dict[str, str | None] = {"item": _PLACEHOLDER, "location": None}
    slots[slot] = None
    return "RememberIntent", slot, slots


def comparable(meaning: object, fold: Callable[[str], str], default_vehicle: str = "") -> object:
    """What must agree between what the skill heard and what the line says: the kind of
    meaning and its items, place, person, vehicle, folded as lookups fold them (a hedge, a
    refers-back or how many words were said is not compared; "where did I park" asks for the
    default vehicle, as "where did I park the car" does)."""
    from memory_keeper.meaning import (
        AskLoans,
        AskParked,
        AskPlace,
        Correction,
        Forget,
        Question,
        Returned,
        Tell,
    )

    def folded(text: str | None) -> str:
        # "brother-in-law" is "brother in law": a recognizer writes no hyphens
        return fold(" ".join((text or "").replace("'", "").replace("-", " ").split()))

    def items(names: tuple[str, ...]) -> tuple[str, ...]:
        # "keys and wallet" as one name or two: the same words
        words = {word for name in names for word in folded(name).split() if word != "and"}
        return tuple(sorted(words))

    match meaning:
        case Tell():
            return ("tell", meaning.kind, items(meaning.items), folded(meaning.place),
                    folded(meaning.person))  # fmt: skip
        case Question():
            return ("question", meaning.about, items(meaning.items), folded(meaning.place))
        case AskPlace():
            return ("place", folded(meaning.place))
        case AskParked():
            vehicle = folded(meaning.vehicle)
            named = "" if vehicle == folded(default_vehicle) else vehicle
            if meaning.earlier:  # "where did I park the van last time": the van's history
                return ("question", "history", items((named,)) if named else (), "")
            return ("parked", named)
        case AskLoans():
            return ("loans", folded(meaning.person))
        case Returned():
            return ("returned", items(meaning.items), folded(meaning.person))
        case Correction():
            return ("correct", folded(meaning.place))
        case Forget():
            return ("forget", items(meaning.items), meaning.completely)
        case None:
            return None
        case _:
            return (type(meaning).__name__, getattr(meaning, "why", ""))


def judge_for(locale: str) -> Callable[[Case], str | None]:
    """How `locale`'s model and language judge a case: None when what the matcher hears means
    what the line says (both read by the language, slot by slot); else what it heard."""
    from memory_keeper.language import for_locale
    from memory_keeper.meaning import Context
    from tools.nlu import Model, as_said

    model = Model.load(locale=locale)
    language = for_locale(locale)
    fold = language.grammar.fold

    def judge(case: Case) -> str | None:
        eliciting = _eliciting(case)
        match, _ = model.hear(model.request_of(case.utterance), eliciting)
        heard = {
            k: (as_said(v, case.utterance, model.lexicon) if model.lexicon.capitals else v) or v
            for k, v in match.slots.items()
            if v and v != _PLACEHOLDER
        }
        said = f"{match.intent} {heard}"
        context = Context(
            asked_slot=eliciting[1] if eliciting else None,
            asked_intent=eliciting[0] if eliciting else None,
        )
        default = language.grammar.default_vehicle
        got = _meant(language.read(match.intent, heard, context), match.intent, fold, default)
        wanted = {k: _standard(v, model.lexicon.contractions) for k, v in case.slots.items()}
        want = _meant(language.read(case.intent, wanted, context), case.intent, fold, default)
        if got == want:
            return None  # "that's it for now" heard as a note the skill reads as done is done
        return said if match.intent != case.intent else f"{said} = {got}, not {want}"

    return judge


def _meant(meaning: object, intent: str, fold: Callable[[str], str], default: str) -> object:
    """What the skill does with a request: its reading, or for an intent it does not read (help,
    stop, more, done) the intent itself; a reading of done ("that's it for now" heard as a note)
    is the done intent, one of everything to forget is forget everything."""
    from memory_keeper.meaning import Done, ForgetAll

    if isinstance(meaning, Done):
        return ("intent", "DoneIntent")
    if isinstance(meaning, ForgetAll):  # "delete everything" heard as a forget: asked first
        return ("intent", "ForgetEverythingIntent")
    if meaning is None:
        return ("intent", _SAME_AS.get(intent, intent))
    return comparable(meaning, fold, default)


# Intents the skill handles alike everywhere: "next" reads the next page as "more" does
# (handlers/listing.py, handlers/builtins.py NoMoreHandler).
_SAME_AS = {"AMAZON.NextIntent": "AMAZON.MoreIntent"}


def _standard(value: str | None, contractions: dict[str, str]) -> str | None:
    """A slot value as the line wrote it, regional spellings of single words in their standard
    form, as the matcher reads the utterance ("mei Geldbeutel" is "mein Geldbeutel")."""
    if value is None:
        return None
    words = value.split()
    return " ".join(
        standard
        if (standard := contractions.get(word.lower(), word)) != word.lower()
        and " " not in standard
        else word
        for word in words
    )


NOTES = ("RememberIntent", "ParkIntent", "LendIntent", "BorrowIntent")
_WORD = re.compile(r"[\w']+")


def _told_in_full(case: Case) -> bool:
    """Whether a note line says the thing and where it is (or who has it)."""
    if case.intent in ("LendIntent", "BorrowIntent"):
        return bool(case.slots.get("item") and case.slots.get("person"))
    return bool(case.slots.get("location"))


# The user's words as the skill says them back ("cup on my desk" is "cup on your desk").
_TURNED = {"my": "your", "me": "you", "our": "your", "mein": "dein", "meine": "deine",
           "meinem": "deinem", "meiner": "deiner", "meinen": "deinen", "unser": "euer"}  # fmt: skip


def _contains(reply: str, expected: str) -> bool:
    """Whether a reply says the expected words ("level 3 row B" in "... on level 3, row B."),
    the user's own words turned as the skill says them ("my desk": "your desk")."""
    said = {word.lower().strip("'") for word in _WORD.findall(reply.replace("’", "'"))}
    wanted = [word.lower().strip("'") for word in _WORD.findall(expected.replace("’", "'"))]
    return all(
        any(_same_word(word, other) or _TURNED.get(word) == other for other in said)
        for word in wanted
    )


def _same_word(wanted: str, said: str) -> bool:
    """The same word, its ending aside ("zweite", "zweiten"; "key", "keys")."""
    if wanted == said:
        return True
    stem = max(4, len(wanted) - 2)
    return len(said) >= stem and said[:stem] == wanted[:stem] and abs(len(said) - len(wanted)) <= 2


def note_trials(cases: list[Case]) -> Iterator[tuple[Case, list[str]]]:
    """The conversations that tell each note and ask for it back: for every note line with a
    `then` (and an answer to "where is it?" right after a note said without a place), the
    lines to say, in one session, then `---` and the later question in a new one."""
    index = 0
    while index < len(cases):
        case = cases[index]
        following = cases[index + 1] if index + 1 < len(cases) else None
        index += 1
        if case.intent not in NOTES:
            continue
        if case.context == "where" and case.then:  # an answer alone: first say what it is of
            yield case, [_asked_about(case), case.utterance]
            continue
        if case.context or (not case.then and not (following and following.context == "where")):
            continue
        if not _told_in_full(case) and following and following.context == "where":
            finished = following if following.then else case
            if finished.then:
                yield finished, [case.utterance, following.utterance]
            index += 1
            continue
        if case.then and _told_in_full(case):
            yield case, [case.utterance]


def _asked_about(case: Case) -> str:
    """What makes the skill ask "where is it?" for the thing the line's later question asks
    about ("where is my USB stick" -> "remember my USB stick")."""
    from tools.nlu import Model, as_said

    english = case.locale.startswith("en")
    if case.intent == "ParkIntent":  # "Where did you park?"
        return "I parked" if english else "ich habe geparkt"
    model = Model.load(locale=case.locale)
    item = model.match(case.then).slots.get("item") or ""
    item = (as_said(item, case.then, model.lexicon) or item) if model.lexicon.capitals else item
    if not item:
        return "remember my thing" if english else "merk dir mein Ding"
    return f"remember {item}" if english else f"merk dir {item}"


def notes_come_back(
    cases: list[Case], handler: Callable[[dict[str, Any], Any], dict[str, Any]]
) -> Score:
    """Tell each note to the skill, then days later ask for it back as the line says people
    would: a note comes back when the answer says the expected words."""
    from datetime import UTC, datetime, timedelta

    from tools.chat import Chat
    from tools.envelopes import Caller

    result = Score()
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    for number, (case, lines) in enumerate(note_trials(cases)):
        now = [start]
        user = f"notes-{case.source}-{number}"
        caller = Caller(user=user, locale=case.locale, api_endpoint="http://127.0.0.1:9")
        chat = Chat(handler, caller, clock=lambda now=now: now[0])  # type: ignore[misc]
        for line in lines:
            chat.say(line)
        chat.end_session("USER_INITIATED")
        now[0] = start + timedelta(days=3)
        reply = chat.say(case.then)
        result.add(case, None if _contains(reply.text, case.expect) else reply.text)
    return result
