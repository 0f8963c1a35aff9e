"""RecallIntent {item}: "where is my passport"; HistoryIntent {item}: "where was it before".

Both answer with a card in the Alexa app too.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import TypeAlias

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..language import Grammar
from ..meaning import Question as AskedAbout
from ..notebook import Note
from ..speech import Spoken
from ..turn import Card, Question, Turn
from .asking import (
    ask_one_at_a_time,
    find_note,
    item_or_question,
    location_said,
    named_together,
    same_item,
    several_items,
    slot_value,
)
from .listing import Entry, list_entry, read_in_pages

__all__ = [
    "HistoryHandler",
    "RecallHandler",
    "history_of",
    "reader_of_all",
    "recall",
    "recall_several",
    "recall_since",
    "same_place",
    "told_once",
]

# "All of them" answered in one reply; more are read a few at a time.
_AT_ONCE = 5


class RecallHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Where is my passport?"; with a place, "when did I put my passport in the safe?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("RecallIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        several = several_items(turn)
        if several:
            return recall_several(turn, several)
        item = item_or_question(turn, "RecallIntent")
        if isinstance(item, Response):
            return item
        if slot_value(handler_input, "location"):  # "when did I put my passport in the safe"
            return recall_since(turn, item)
        return recall(turn, _without_time(turn, item))


def _without_time(turn: Turn, item: str) -> str:
    """ "Where was my toque on Tuesday", "where did I put my keys yesterday": the question is
    about the toque, the keys, so it is answered for them. A note named with those words ("the
    toque on Tuesday" saved as such) keeps them."""
    grammar = turn.language.grammar
    bare = grammar.clean_item(grammar.without_time(item))
    if not bare or bare == item:
        return item
    notes = turn.notebook.lookup(item, grammar.fold, include_forgotten=True)
    if any(same_item(grammar, item, note.key) for note in notes):
        return item
    return bare


# What one item's question gets: the words and the note they are about, or a question back
# (which one?); `_answered` and `_answered_each` turn it into the reply.
Answer: TypeAlias = tuple[Spoken, Note | None] | Response


def recall(turn: Turn, item: str) -> Response:
    """Where `item` is, when it was said; that it was forgotten; or that it is not known."""
    return _answered(turn, _recall_answer(turn, item))


def recall_several(turn: Turn, items: list[str]) -> Response:
    """ "Where are my keys and my wallet?": each item's answer in turn, when it was said only
    once if that is the same for all. An item that could mean several notes is asked about on
    its own. "All of them", to "Which do you mean …?" about more than five notes, is read a
    few at a time as the list is."""
    paged = _all_in_pages(turn, items)
    if paged is not None:
        return paged
    answers = []
    for index, item in enumerate(items):
        found = _recall_answer(turn, item)
        if isinstance(found, Response):
            turn.ask_with_the_rest(items, index)
            return found
        answers.append(found)
    turn.mention_several(items)
    return turn.answer(speech.sentences(*_told_once(turn, answers)))


def _told_once(turn: Turn, answers: list[tuple[Spoken, Note | None]]) -> list[Spoken]:
    """Each answer, items at one place said together ("Your keys and your wallet are in the
    drawer."); when each is a place told at the same time, that time once at the end ("… You
    told me all that just now."), else with each place."""
    notes = [note for _, note in answers if note and note.active]
    whens = {turn.when(note.current.saved_at) for note in notes}
    if len(answers) < 2 or len(notes) != len(answers) or len(whens) != 1:
        return _by_place(turn, answers, told=True)
    key = "recall_told_both" if len(notes) == 2 else "recall_told_all"
    return [*_by_place(turn, answers, told=False), turn.say(key, when=whens.pop())]


def told_once(turn: Turn, notes: list[Note]) -> Spoken:
    """Where each of several notes is, items at one place said together, and when it was told
    ("Your keys and your wallet are on the table. You told me both just now."); they are the
    items last talked about."""
    turn.mention_several([note.item for note in notes])
    answers: list[tuple[Spoken, Note | None]] = [(_recalled(turn, note), note) for note in notes]
    return speech.sentences(*_told_once(turn, answers))


def _recalled(turn: Turn, note: Note) -> Spoken:
    return turn.say(
        "recall",
        place=turn.where(note.current),
        when=turn.when(note.current.saved_at),
        **turn.words(note.item),
    )


def _by_place(turn: Turn, answers: list[tuple[Spoken, Note | None]], *, told: bool) -> list[Spoken]:
    """The answers with the items at one place (`told`: and told at one time, which is said)
    in one sentence, where the first of them was; any other answer as it is."""
    groups: dict[tuple[str, str], list[tuple[Spoken, Note]]] = {}
    order: list[tuple[str, str] | Spoken] = []
    for text, note in answers:
        if note is None or not note.active:
            order.append(text)
            continue
        when = turn.when(note.current.saved_at) if told else ""
        key = (turn.where(note.current).casefold(), when)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((text, note))
    said = []
    for entry in order:
        if isinstance(entry, Spoken):
            said.append(entry)
            continue
        group = groups[entry]
        first = group[0][1]
        place = turn.where(first.current)
        if len(group) > 1:
            named = _named_together(turn, [note for _, note in group])
            template = "recall_several" if told else "recall_place_several"
            said.append(turn.say(template, place=place, when=entry[1], **named))
        elif told:
            said.append(group[0][0])
        else:
            said.append(turn.say("recall_place", place=place, **turn.words(first.item)))
    return said


def _named_together(turn: Turn, notes: list[Note]) -> dict[str, Spoken]:
    """ "your keys and your wallet" (`items`), and as a sentence starts (`Items`)."""
    items = named_together(turn, [note.item for note in notes])
    return {"items": items, "Items": speech.capitalized(items)}


def _all_in_pages(turn: Turn, items: list[str]) -> Response | None:
    """ "All of them" to "I know 200 things that could be your box …": where each one is, read
    as the list's pages are; None when the items are not such an answer or are few."""
    question = turn.session.question
    if len(items) <= _AT_ONCE or not (question and question.kind == "which" and question.among):
        return None
    notes, entry = _found_by(turn, question.among)
    names = [note.item for note in notes]
    if not names or any(name not in items for name in names):  # forgotten ones: each answered
        return None
    # The other items of the question ("… and my wallet") first, each in a sentence; then the
    # notes "all of them" chose, a page at a time.
    others = [item for item in items if item not in names]
    lead = []
    for item in others:
        found = _recall_answer(turn, item)
        if isinstance(found, Response):
            return None
        lead.append(found[0])
    return read_in_pages(
        turn, notes, entry, "recall_all_first", intent="RecallIntent",
        slots={"item": question.among}, count=len(notes),
        lead=speech.sentences(*lead) if lead else None,
    )  # fmt: skip


def _found_by(turn: Turn, item: str) -> tuple[list[Note], Entry]:
    return turn.notebook.lookup(item, turn.language.grammar.fold), list_entry


def reader_of_all(turn: Turn, question: Question) -> tuple[list[Note], Entry]:
    """What the pages of "all of them" read on from: the notes the name in the question finds."""
    return _found_by(turn, question.slots.get("item") or "")


def _answered(turn: Turn, answer: Answer) -> Response:
    """The reply, with a card when it is about a note."""
    if isinstance(answer, Response):
        return answer
    text, note = answer
    return turn.answer(text, _card(turn, note, text) if note else None)


def _answered_each(turn: Turn, items: list[str], answer: Callable[[Turn, str], Answer]) -> Response:
    """Each item's answer in turn, in one reply; the first question back, if any, instead."""
    texts = []
    for index, item in enumerate(items):
        found = answer(turn, item)
        if isinstance(found, Response):
            turn.ask_with_the_rest(items, index)
            return found
        texts.append(found[0])
    turn.mention_several(items)
    return turn.answer(speech.sentences(*texts))


def _recall_answer(turn: Turn, item: str) -> Answer:
    """Where `item` is and when the user said so, that it was forgotten, or that it is not
    known."""
    note = find_note(turn, "RecallIntent", item)
    if isinstance(note, Response):
        return note
    if note:
        turn.mention(note.item)
        return _recalled(turn, note), note
    forgotten = find_note(turn, "RecallIntent", item, include_forgotten=True)
    if isinstance(forgotten, Response):
        return forgotten
    if forgotten and forgotten.forgotten_at:
        turn.mention(forgotten.item)
        text = turn.say(
            "recall_forgotten",
            place=turn.where(forgotten.current),
            when=turn.when(forgotten.forgotten_at),
            **turn.words(forgotten.item),
        )
        return text, forgotten
    turn.mention(item)
    return turn.say("recall_unknown", **turn.words(item)), None


class HistoryHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("HistoryIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        several = several_items(turn)
        if len(several) > _AT_ONCE:  # "all of them", of 200: one at a time
            return ask_one_at_a_time(turn, "history_one_at_a_time")
        if several:  # "both", to "Which do you mean: …?": each one's history in turn
            return _answered_each(turn, several, _history_answer)
        meaning = turn.meaning
        if isinstance(meaning, AskedAbout) and meaning.parked and not meaning.items:
            # "where did I park before": the history of the vehicle parked last
            notes = [n for n in turn.notebook.active_notes() if n.current.kind == "parked"]
            if notes:
                return history_of(turn, notes[0])
            return turn.answer(turn.say("parked_unknown"))
        item = item_or_question(turn, "HistoryIntent")
        if isinstance(item, Response):
            return item
        return _answered(turn, _history_answer(turn, _without_time(turn, item)))


def _history_answer(turn: Turn, item: str) -> Answer:
    note = find_note(turn, "HistoryIntent", item)
    if isinstance(note, Response):
        return note
    if note is None:  # forgotten (recall says so, and where it was) or never told
        return _recall_answer(turn, item)
    return _history_of_note(turn, note)


def history_of(turn: Turn, note: Note) -> Response:
    """Where a note's thing was before, with a card."""
    return _answered(turn, _history_of_note(turn, note))


def _history_of_note(turn: Turn, note: Note) -> tuple[Spoken, Note]:
    turn.mention(note.item)
    words = turn.words(note.item)
    place = turn.where(note.current)
    if not note.earlier:
        when = turn.when(note.current.saved_at)
        return turn.say("history_none", place=place, when=when, **words), note
    return turn.say("history", place=place, places=_earlier_places(turn, note), **words), note


def _earlier_places(turn: Turn, note: Note) -> Spoken:
    """Earlier places newest first, each time phrase said once: "in the drawer and in the car
    on Tuesday, and before that in the safe 3 weeks ago"."""
    dated = [(turn.when(v.saved_at, earlier=True), turn.where(v)) for v in note.earlier]
    groups = [
        turn.say(
            "history_group",
            places=speech.join(turn.language, [speech.escaped(p) for _, p in group]),
            when=when,
        )
        for when, group in groupby(dated, key=lambda pair: pair[0])
    ]
    rest = [turn.say("history_before", group=group) for group in groups[1:]]
    return speech.Spoken(groups[0] + "".join(rest))


def _card(turn: Turn, note: Note, text: Spoken) -> Card:
    title = speech.plain(turn.say("card_title_item", **turn.words(note.item)))
    return Card(title, speech.plain(text))


def same_place(grammar: Grammar, asked: str, noted: str) -> bool:
    """Whether the place asked about is certainly the noted one: the same place, or one phrase
    of it with the same preposition ("inside" is "in") and the words asked, save words that
    only say which one ("in the drawer" is "in the top drawer"; "in the cupboard" is "in the
    drawer in the cupboard"). "In the park" is not "in the car park", "in my bag" not "in my
    wife's bag", "on the table" not "on the chair by the table", "in the bedroom" not "in the
    kitchen, not the bedroom"."""
    wanted, phrases = grammar.place_phrases(asked), grammar.place_phrases(noted)
    if wanted == phrases:
        return True
    if len(wanted) != 1 or not wanted[0][1]:
        return False
    preposition, words = wanted[0]
    return any(
        their == preposition
        and noun[-len(words) :] == words
        and all(grammar.is_place_modifier(word) for word in noun[: -len(words)])
        for their, noun in phrases
    )


def recall_since(turn: Turn, item: str) -> Response:
    """ "When did I put my passport in the safe?", "how long have my keys been on the hook?"
    (RecallIntent with a place): answered as "where is …" is (where, and when told); when the
    place asked is one the item was at before, when that was and where it is now. Never a yes:
    the question asks when, not whether."""
    location = location_said(turn)
    note = find_note(turn, "RecallIntent", item)
    if isinstance(note, Response):
        return note
    grammar = turn.language.grammar
    if note is None or location is None:
        return recall(turn, note.item if note else item)
    if same_place(grammar, location, note.current.location):
        return recall(turn, note.item)
    then = next((v for v in note.earlier if same_place(grammar, location, v.location)), None)
    if then is None:
        return recall(turn, note.item)  # where it is, which says it is not the place asked
    turn.mention(note.item)
    text = turn.say(
        "recall_was_there",
        old_place=turn.where(then),
        then=turn.when(then.saved_at, earlier=True),
        place=turn.where(note.current),
        when=turn.when(note.current.saved_at),
        **turn.words(note.item),
    )
    return turn.answer(text)
