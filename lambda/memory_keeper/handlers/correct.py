"""CorrectIntent {place}: "no, I meant the blue drawer" right after a save (or while the skill
asks where something is) moves the item in context there, as a normal save ("Before, …"; undo
takes it back). With nothing in context it says how to correct."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..meaning import Tell
from ..notebook import EmptyTextError, TextTooLongError, check_text
from ..turn import WELCOME, Question, Turn
from .asking import ask_which_again, choice_of, slot_value
from .recall import recall, recall_several
from .remember import (
    ask_to_finish_place,
    item_in_context,
    remember_several,
    save_note,
    unfinished_place,
)

__all__ = ["CorrectHandler"]


class CorrectHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("CorrectIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        grammar = turn.language.grammar
        raw = slot_value(handler_input, "place") or ""
        if grammar.is_done(raw):  # "no, that's it", heard as "no, {place}"
            return turn.end(turn.say("goodbye"))
        question = turn.session.question
        if question and question.kind not in ("location", WELCOME):
            return _while_asked(turn, question, raw)
        tests = (grammar.is_non_answer, grammar.is_pronoun, grammar.is_question)
        if not raw or any(test(raw) for test in tests) or not grammar.starts_like_place(raw):
            return _how_to_correct(turn, "")  # no place said: "no, I'm good"
        if grammar.item_tells_a_place(raw):
            # "No, I meant my glasses are on the sofa": a whole statement, not a place (it was
            # saved as "on your glasses are on the sofa"); said again on its own, it is saved.
            return _how_to_correct(turn, "")
        asked_about = question is None and not turn.saved_before
        if asked_about and (turn.session.last_item or turn.session.last_items):
            # After "where are my keys?" or "are they in the car?": the user corrects the
            # question, or tells a move; neither is certain, so nothing is moved.
            return _how_to_correct(turn, "")
        if not grammar.names_a_place(raw) and turn.notebook.lookup(
            grammar.clean_item(raw), grammar.fold
        ):  # "No, I meant my keys": another item, not a place
            return _how_to_correct(turn, "")
        item = item_in_context(turn)
        several = [] if item else list(turn.session.last_items)
        note = turn.notebook.find(item or (several or [""])[0], grammar.fold)
        try:
            location = check_text(
                "location", grammar.corrected_place(raw, note.current.location if note else None)
            )
        except (EmptyTextError, TextTooLongError):
            return _how_to_correct(turn, "")
        if not grammar.finished_place(location):  # "no, in the": cut off before the place
            if item:  # "In the what? Where are your keys?": the answer completes it
                return ask_to_finish_place(turn, item, location)
            text = speech.sentences(unfinished_place(turn, location), turn.say("what_now"))
            return turn.ask(text, turn.say("reprompt"))
        location = grammar.finished_place(location)
        if item:
            return save_note(turn, item, location)
        if several:
            return remember_several(turn, several, Tell(tuple(several), location))
        return _how_to_correct(turn, location)


def _while_asked(turn: Turn, question: Question, said: str) -> Response:
    """ "Which do you mean: your car keys or your house keys?" "No, I meant the car keys": an
    answer to where-is picks as any answer does; otherwise (or to another question) the question
    is asked again. No note is moved while the skill waits for an answer."""
    chosen = choice_of(turn, said, question) if question.kind == "which" else []
    if question.kind == "which" and question.intent == "RecallIntent" and chosen:
        items = [*question.before, *chosen, *question.after]  # the question's other items too
        return recall(turn, items[0]) if len(items) == 1 else recall_several(turn, items)
    if question.kind == "which":
        return ask_which_again(turn)
    return turn.reask(turn.say("fallback_short"))


def _how_to_correct(turn: Turn, location: str) -> Response:
    """Nothing to move: how to say it so it can be saved."""
    example = turn.place(location) if location else turn.say("correct_example_place")
    text = speech.sentences(turn.say("correct_how", place=example), turn.say("what_now"))
    return turn.ask(text, turn.say("reprompt"))
