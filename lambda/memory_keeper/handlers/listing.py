"""ListIntent: "what do you remember" — the most recent items, a few at a time, and a card in
the Alexa app with every item.

The same pages read any long answer (`read_in_pages`: "what's in the shed" with 200 things): the
"more" question keeps the intent and slots that found the notes, and `ListMoreHandler` finds
them again with that intent's `Reader` (given by the skill), so "yes" reads on from where it
stopped."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..notebook import Note
from ..turn import Card, Question, Turn
from .asking import asking

__all__ = [
    "PAGE_SIZE",
    "Entry",
    "ListHandler",
    "ListMoreHandler",
    "Reader",
    "list_entry",
    "read_in_pages",
]

PAGE_SIZE = 3
CARD_TEXT_LIMIT = 8000  # Alexa's limit for a card's title and content together
_MORE = ("AMAZON.YesIntent", "AMAZON.MoreIntent", "AMAZON.NextIntent")

# How one note is said in a page ("your keys are on the hook").
Entry = Callable[[Turn, Note], speech.Spoken]
# The notes an answer read, found again from its "more" question, and how each is said.
Reader = Callable[[Turn, Question], tuple[list[Note], Entry]]


class ListHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ListIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        notes = turn.notebook.active_notes()
        if not notes:
            return turn.answer(turn.say("list_empty"))
        count = turn.language.grammar.count(len(notes))
        turn.show(_card(turn, notes))
        if len(notes) <= PAGE_SIZE:
            turn.mention_listed([note.item for note in notes])
            entries = speech.join(turn.language, _entries(turn, notes))
            return turn.answer(turn.say("list_all", count_things=count, entries=entries))
        return read_in_pages(turn, notes, list_entry, "list_first", count_things=count)


def read_in_pages(
    turn: Turn,
    notes: list[Note],
    entry: Entry,
    intro: str,
    *,
    intent: str = "ListIntent",
    slots: Mapping[str, str | None] | None = None,
    lead: speech.Spoken | None = None,
    **values: object,
) -> Response:
    """The string `intro` with the first page of `notes` as its {entries}, then "…and 197 more.
    Want to hear more?". The question keeps `intent` and `slots`, so that the `Reader` the skill
    gives `ListMoreHandler` for `intent` finds the notes again and reads on."""
    text = turn.say(intro, entries=_page(turn, notes, 0, entry), **values)
    if lead:
        text = speech.sentences(lead, text)
    question = Question("more", "", intent, slots=dict(slots or {}))
    return _continue(turn, text, notes, PAGE_SIZE, question)


class ListMoreHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / More / Next after "…and 6 more. Want to hear more?"; No ends the listing. What is
    read on is what the question's intent found: everything for the list, else what the skill's
    `readers` find for that intent ("what's in the shed")."""

    def __init__(self, readers: Mapping[str, Reader] | None = None) -> None:
        self._readers: dict[str, Reader] = {"ListIntent": _everything, **(readers or {})}

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return asking(handler_input, "more") and any(
            is_intent_name(name)(handler_input) for name in (*_MORE, "AMAZON.NoIntent")
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if is_intent_name("AMAZON.NoIntent")(handler_input):
            return turn.ask(turn.say("what_next"), turn.say("reprompt"))
        question = turn.session.question or Question("more", "")
        reader = self._readers.get(question.intent or "ListIntent", _everything)
        notes, entry = reader(turn, question)
        offset = turn.session.list_offset or PAGE_SIZE
        text = turn.say("list_next", entries=_page(turn, notes, offset, entry))
        return _continue(turn, text, notes, offset + PAGE_SIZE, question)


def _everything(turn: Turn, question: Question) -> tuple[list[Note], Entry]:
    return turn.notebook.active_notes(), list_entry


def _continue(
    turn: Turn, text: speech.Spoken, notes: list[Note], offset: int, question: Question
) -> Response:
    turn.mention_listed([note.item for note in notes[max(0, offset - PAGE_SIZE) : offset]])
    remaining = len(notes) - offset
    if remaining > 0:
        more = turn.say(
            "list_more",
            remaining=turn.language.grammar.number(remaining),
            things=turn.language.grammar.count(remaining),
        )
        reprompt = turn.say("list_more_reprompt")
        turn.session.list_offset = offset
        asked = Question("more", reprompt, question.intent, slots=question.slots)
        return turn.ask(speech.sentences(text, more), reprompt, asked)
    return turn.answer(speech.sentences(text, turn.say("list_done")))


def _page(turn: Turn, notes: list[Note], offset: int, entry: Entry) -> speech.Spoken:
    entries = [entry(turn, note) for note in notes[offset : offset + PAGE_SIZE]]
    if offset + PAGE_SIZE < len(notes):
        return speech.Spoken(", ".join(entries) + ".")
    return speech.Spoken(speech.join(turn.language, entries) + ".")


def list_entry(turn: Turn, note: Note) -> speech.Spoken:
    """ "your keys are on the hook": one note as the list says it."""
    return turn.say("list_entry", place=turn.where(note.current), **turn.words(note.item))


def _entries(turn: Turn, notes: list[Note]) -> list[speech.Spoken]:
    return [list_entry(turn, note) for note in notes]


def _card(turn: Turn, notes: list[Note]) -> Card:
    """Every active item, one per line, for the Alexa app (as many as a card can hold: with
    200 long names the rest is counted, not cut off mid-line)."""
    title = speech.plain(turn.say("card_list_title"))
    lines: list[str] = []
    size = len(title)
    for number, entry in enumerate(_entries(turn, notes)):
        line = speech.plain(entry)
        if size + len(line) + 1 > CARD_TEXT_LIMIT - 100:
            remaining = len(notes) - number
            things = turn.language.grammar.count(remaining)
            said = turn.language.grammar.number(remaining)
            lines.append(speech.plain(turn.say("card_more", remaining=said, things=things)))
            break
        lines.append(str(speech.capitalized(line)))
        size += len(line) + 1
    return Card(title, "\n".join(lines))
