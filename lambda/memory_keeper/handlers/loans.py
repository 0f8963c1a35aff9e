"""Things lent and borrowed: WhoHasIntent {item} ("who has my ladder?"), LoansIntent {person}
("what did I lend to Mike?", "what have I borrowed?") and ReturnedIntent {item, person} ("Mike
gave me my ladder back", "I returned Sarah's tent").

A loan is a note like any other: a thing lent is "with Mike" (kind "lent"), a thing borrowed is
"with you" and named as its owner's ("Sarah's tent", kind "borrowed"). Undo, history, the list and
"forget" work on them as on any note. A thing lent that comes back is "back with you" (kind
"returned"); a thing borrowed that goes back is forgotten, with undo."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..meaning import AskLoans, Returned, Tell
from ..notebook import Forget, Note, Remember
from ..turn import Turn
from .asking import find_note, item_or_question
from .remember import tell

__all__ = ["LoansHandler", "ReturnedHandler", "WhoHasHandler", "same_person"]


def same_person(turn: Turn, one: str, other: str) -> bool:
    """Whether two ways of naming someone name the same one ("my brother", "brother")."""
    grammar = turn.language.grammar

    def words(name: str) -> set[str]:
        return set(grammar.fold(grammar.key(grammar.clean_item(name))).split())

    if not (one and other):
        return False
    first, second = words(one), words(other)
    return bool(first and second) and (first <= second or second <= first)  # "Bob next door"


def _person(turn: Turn, name: str) -> dict[str, speech.Spoken]:
    grammar = turn.language.grammar
    said = grammar.flip(grammar.after_preposition(name))
    return {"person": speech.escaped(said), "Person": speech.capitalized(speech.escaped(said))}


class WhoHasHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Who has my ladder?": who it was lent to, or where it is when no one has it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("WhoHasIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        item = item_or_question(turn, "WhoHasIntent")
        if isinstance(item, Response):
            return item
        note = find_note(turn, "WhoHasIntent", item)
        if isinstance(note, Response):
            return note
        if note is None:
            return turn.answer(turn.say("who_unknown", **turn.words(item)))
        turn.mention(note.item)
        version = note.current
        words = turn.words(note.item)
        when = turn.when(version.saved_at)
        if version.kind == "lent":
            return turn.answer(
                turn.say("who_lent", when=when, **_person(turn, version.person), **words)
            )
        if version.kind == "borrowed":
            return turn.answer(
                turn.say("who_borrowed", when=when, **_person(turn, version.person), **words)
            )
        if version.kind == "returned":
            return turn.answer(
                turn.say("who_returned", when=when, **_person(turn, version.person), **words)
            )
        return turn.answer(turn.say("who_nobody", place=turn.where(version), **words))


class LoansHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "What did I lend to Mike?", "what have I borrowed?": the things lent and borrowed, with
    that person or with anyone."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("LoansIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        meaning = turn.meaning
        person = meaning.person if isinstance(meaning, AskLoans) else ""
        notes = turn.notebook.active_notes()
        lent = [n for n in notes if n.current.kind == "lent" and _with(turn, n, person)]
        borrowed = [n for n in notes if n.current.kind == "borrowed" and _with(turn, n, person)]
        said = []
        if person:
            if lent:
                items = speech.join(turn.language, [_yours(turn, n) for n in lent])
                said.append(turn.say("loans_lent_to", items=items, **_person(turn, person)))
            if borrowed:
                items = speech.join(turn.language, [_named(turn, n) for n in borrowed])
                said.append(turn.say("loans_borrowed_from", items=items, **_person(turn, person)))
            if not said:
                said.append(turn.say("loans_none_with", **_person(turn, person)))
        else:
            if lent:
                entries = [
                    turn.say(
                        "loans_lent_entry", item=_yours(turn, n), **_person(turn, n.current.person)
                    )
                    for n in lent
                ]
                said.append(turn.say("loans_lent_all", entries=speech.join(turn.language, entries)))
            if borrowed:
                entries = [_named(turn, n) for n in borrowed]
                said.append(
                    turn.say("loans_borrowed_all", entries=speech.join(turn.language, entries))
                )
            if not said:
                said.append(turn.say("loans_none"))
        turn.mention_listed([note.item for note in [*lent, *borrowed]])
        return turn.answer(speech.sentences(*said))


def _with(turn: Turn, note: Note, person: str) -> bool:
    return not person or same_person(turn, note.current.person, person)


def _yours(turn: Turn, note: Note) -> speech.Spoken:
    return turn.say("list_option", **turn.words(note.item))


def _named(turn: Turn, note: Note) -> speech.Spoken:
    return turn.say("loans_borrowed_entry", **turn.words(note.item))


class ReturnedHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Mike gave me my ladder back": the loan ends (undo takes that back)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ReturnedIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        meaning = turn.meaning
        if isinstance(meaning, Tell):  # "hat ihn mitgenommen und noch nicht zurückgebracht"
            return tell(turn, meaning)
        returned = meaning if isinstance(meaning, Returned) else Returned(refers_back=True)
        if returned.items:
            item: str | Response = returned.items[0]
        else:
            item = item_or_question(turn, "ReturnedIntent")
        if isinstance(item, Response):
            return item
        note = find_note(turn, "ReturnedIntent", item)
        if isinstance(note, Response):
            return note
        if note is None:
            return turn.answer(turn.say("returned_unknown", **turn.words(item)))
        turn.mention(note.item)
        words = turn.words(note.item)
        version = note.current
        person = version.person or returned.person
        if version.kind == "lent":
            grammar = turn.language.grammar
            change = Remember(
                note.item, grammar.back_with_me, turn.now, key=note.key, kind="returned",
                person=person,
            )  # fmt: skip
            turn.state.change(change)
            return turn.answer(turn.say("returned_lent", **_person(turn, person), **words))
        turn.state.change(Forget(note.key, turn.now))
        if version.kind == "borrowed":
            return turn.answer(turn.say("returned_borrowed", **_person(turn, person), **words))
        return turn.answer(turn.say("returned_found", **words))
