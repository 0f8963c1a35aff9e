"""ForgetIntent {item} (soft delete), UndoIntent, ForgetEverythingIntent (asks to confirm)."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from ..notebook import Forget, ForgetEverything, Undo
from ..turn import Turn
from .asking import awaiting, item_or_question

__all__ = ["ConfirmEraseHandler", "ForgetEverythingHandler", "ForgetHandler", "UndoHandler"]


class ForgetHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ForgetIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        item = item_or_question(turn, "ForgetIntent")
        if isinstance(item, Response):
            return item
        note = turn.notebook.find(item)
        if note is None:
            return turn.answer(turn.say("forget_unknown", **turn.item_words(item)))
        turn.state.change(Forget(note.key, turn.now))
        return turn.answer(turn.say("forgotten", **turn.item_words(note.item)))


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
        words = turn.item_words(note.item)
        if outcome.undone == "forget":
            return turn.answer(turn.say("undone_forget", location=note.current.location, **words))
        taken_back = outcome.previous.location if outcome.previous else ""
        if note.versions and note.active:
            return turn.answer(
                turn.say(
                    "undone_remember_back",
                    location=taken_back,
                    location_before=note.current.location,
                    **words,
                )
            )
        return turn.answer(turn.say("undone_remember", location=taken_back, **words))


class ForgetEverythingHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ForgetEverythingIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if not turn.notebook.notes:
            return turn.answer(turn.say("erase_nothing"))
        return turn.ask(turn.say("confirm_erase"), turn.say("confirm_erase"), awaiting="erase")


class ConfirmEraseHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / No right after "forget everything"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return awaiting(handler_input, "erase") and (
            is_intent_name("AMAZON.YesIntent")(handler_input)
            or is_intent_name("AMAZON.NoIntent")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            turn.state.change(ForgetEverything(turn.now))
            return turn.answer(turn.say("erased"))
        return turn.answer(turn.say("erase_kept"))
