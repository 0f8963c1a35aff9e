"""ForgetIntent {item} (soft delete; a bare "forget it" is never one), UndoIntent,
ForgetEverythingIntent (asks to confirm)."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..meaning import Forget as Forgotten
from ..notebook import MAX_UNDO, Forget, ForgetEverything, Note, Undo
from ..speech import Spoken
from ..turn import Question, Turn
from .asking import (
    answering_yes_or_no,
    chosen_options,
    find_note,
    item_or_question,
    several_items,
    slot_value,
)
from .builtins import never_mind

__all__ = [
    "ConfirmEraseHandler",
    "ConfirmForgetHandler",
    "ForgetEverythingHandler",
    "ForgetHandler",
    "UndoHandler",
    "forget_named",
    "meant_item",
]


class ForgetHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ForgetIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        raw = slot_value(handler_input, "item")
        # "Delete all my stuff"; but "all of them", to "Which do you mean …?", is those notes.
        if raw and turn.language.grammar.means_everything(raw) and chosen_options(turn) is None:
            return confirm_erase(turn)
        grammar = turn.language.grammar
        # "Forget it" is never a deletion; nor is "forget that" while the skill asks something.
        if raw and (
            grammar.is_dismissal(raw) or (turn.session.question and grammar.is_pronoun(raw))
        ):
            return _never_mind_or_ask(turn)
        several = several_items(turn, them_means_all=False)  # "forget them" asks which
        if several:
            return forget_named(turn, several)
        item = item_or_question(turn, "ForgetIntent")
        if isinstance(item, Response):
            return item
        item = meant_item(turn, item)
        note = find_note(turn, "ForgetIntent", item)
        if isinstance(note, Response):
            return note
        if note is None:
            gone = find_note(turn, "ForgetIntent", item, include_forgotten=True)
            if isinstance(gone, Response):
                return gone
            if gone is not None:
                return turn.answer(turn.say("forget_already", **turn.words(gone.item)))
            return turn.answer(turn.say("forget_unknown", **turn.words(item)))
        return turn.answer(_forget(turn, note))


def meant_item(turn: Turn, item: str) -> str:
    """The one thing the reading found in a forget ("the note about the presents": the
    presents; "my specs, they were on my head": the specs), else `item` as named."""
    meaning = turn.meaning
    one = isinstance(meaning, Forgotten) and len(meaning.items) == 1 and not meaning.refers_back
    if one and isinstance(meaning, Forgotten) and chosen_options(turn) is None:
        return meaning.items[0]
    return item


def _forget(turn: Turn, note: Note) -> Spoken:
    turn.state.change(Forget(note.key, turn.now))
    turn.mention(note.item)
    return turn.say("forgotten", **turn.words(note.item))


def forget_named(turn: Turn, items: list[str]) -> Response:
    """ "Forget my keys and my wallet": each one found is forgotten (undo brings them back one
    at a time); one that could mean several notes is asked about first, before any is
    forgotten; one not known is said so."""
    found: list[Note] = []
    unknown: list[str] = []
    for index, item in enumerate(items):
        note = find_note(turn, "ForgetIntent", item)
        if isinstance(note, Response):
            turn.ask_with_the_rest(items, index)  # "both" forgets them too
            return note
        if note is None:
            unknown.append(item)
        elif note not in found:
            found.append(note)
    if len(found) > MAX_UNDO:  # undo could not bring them all back: forget none
        return turn.answer(turn.say("forget_too_many", count=len(found), limit=MAX_UNDO))
    texts = [turn.say("forget_unknown", **turn.words(item)) for item in unknown]
    if len(found) == 1:
        texts.insert(0, _forget(turn, found[0]))
    elif found:
        for note in found:
            turn.state.change(Forget(note.key, turn.now))
        names = [turn.say("list_option", **turn.words(note.item)) for note in found]
        texts.insert(0, turn.say("forgotten_several", items=speech.join(turn.language, names)))
        turn.mention_several([note.item for note in found])
    return turn.answer(speech.sentences(*texts))


def _never_mind_or_ask(turn: Turn) -> Response:
    """ "Forget it" is "never mind" (Alexa may hear it as ForgetIntent {item: "it"}): with a
    question open it drops that question; it deletes nothing without a yes. With no question
    open and a note just talked about, it asks whether to forget that note ("forget about it"
    is how some people say so); else it ends, as "cancel" does."""
    last = turn.session.last_item
    note = turn.notebook.find(last, turn.language.grammar.fold) if last else None
    if turn.session.question or note is None:
        return never_mind(turn)
    words = turn.words(note.item)
    reprompt = turn.say("confirm_forget_reprompt", **words)
    question = Question("forget", reprompt, slots={"item": note.item})
    return turn.ask(turn.say("confirm_forget", **words), reprompt, question)


class ConfirmForgetHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / No to "Do you want me to forget where your keys are?" after "forget about it"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return answering_yes_or_no(handler_input, "forget")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        question = turn.session.question
        item = (question.slots.get("item") if question else None) or ""
        note = turn.notebook.find(item, turn.language.grammar.fold)
        if note is None:  # forgotten meanwhile, on another device
            return turn.answer(turn.say("forget_unknown", **turn.words(item)))
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            return turn.answer(_forget(turn, note))
        return turn.answer(turn.say("forget_kept", **turn.words(note.item)))


class UndoHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("UndoIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        target = turn.notebook.last_undo_id
        outcome = turn.state.change(Undo(target, turn.now)) if target else None
        if outcome is None or outcome.kind != "undone" or outcome.note is None:
            return turn.answer(turn.say("nothing_to_undo"))
        note = outcome.note
        turn.mention(note.item)
        words = turn.words(note.item)
        if outcome.undone == "forget":
            place = turn.where(note.current)
            return turn.answer(turn.say("undone_forget", place=place, **words))
        taken_back = turn.where(outcome.previous) if outcome.previous else ""
        if note.versions and note.active:
            place = turn.where(note.current)
            return turn.answer(
                turn.say("undone_remember_back", place=place, taken_back=taken_back, **words)
            )
        return turn.answer(turn.say("undone_remember", place=taken_back, **words))


class ForgetEverythingHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ForgetEverythingIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return confirm_erase(Turn.of(handler_input))


def confirm_erase(turn: Turn) -> Response:
    if not turn.notebook.notes:
        return turn.answer(turn.say("erase_nothing"))
    reprompt = turn.say("confirm_erase_reprompt")
    return turn.ask(turn.say("confirm_erase"), reprompt, Question("erase", reprompt))


class ConfirmEraseHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / No right after "forget everything"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return answering_yes_or_no(handler_input, "erase")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            turn.state.change(ForgetEverything(turn.now))
            return turn.answer(turn.say("erased"))
        return turn.answer(turn.say("erase_kept"))
