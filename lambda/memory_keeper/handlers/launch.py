"""LaunchRequest: welcome, welcome back, or offer to finish a dialog the last session left open."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from ..notebook import ClearPending
from ..turn import WELCOME, Question, Turn
from .asking import answering_yes_or_no
from .remember import elicit_remember

__all__ = ["LaunchHandler", "ResumeAnswerHandler"]


class LaunchHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        notebook = turn.notebook
        pending = notebook.pending
        if pending and pending.fresh_at(turn.now):
            if pending.item:
                words = turn.words(pending.item)
                text = turn.say("offer_resume", **words)
                reprompt = turn.say("offer_resume_reprompt", **words)
            else:
                text = turn.say("offer_resume_no_item")
                reprompt = turn.say("offer_resume_no_item_reprompt")
            return turn.ask(text, reprompt, Question("resume", reprompt))
        if pending:
            turn.state.change(ClearPending())
        if not notebook.notes and not notebook.undo_stack:
            return _ask_what_to_remember(turn, "welcome_new")
        count = len(notebook.active_notes())
        if count == 0:
            return _ask_what_to_remember(turn, "welcome_back_empty")
        phrase = turn.say("count_one") if count == 1 else turn.say("count_many", count=count)
        return turn.ask(turn.say("welcome_back", count_phrase=phrase), turn.say("reprompt"))


def _ask_what_to_remember(turn: Turn, welcome: str) -> Response:
    """ "… What would you like me to remember?": "my passport" answers it (the item slot of
    RememberIntent is elicited, so Alexa hears a bare item as one); any other request wins."""
    slots: dict[str, str | None] = {"item": None, "location": None}
    text, reprompt = turn.say(welcome), turn.say("reprompt")
    return turn.elicit("RememberIntent", slots, "item", text, reprompt, kind=WELCOME)


class ResumeAnswerHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Yes / No to "Want to finish that?" (an answer with the place itself goes to Remember)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return answering_yes_or_no(handler_input, "resume")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        pending = turn.notebook.pending
        turn.state.change(ClearPending())
        if pending is None or is_intent_name("AMAZON.NoIntent")(handler_input):
            return turn.ask(turn.say("resume_declined"), turn.say("reprompt"))
        return elicit_remember(turn, {"item": pending.item, "location": pending.location})
