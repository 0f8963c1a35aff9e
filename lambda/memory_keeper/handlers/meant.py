"""Yes / No to "Did you want to know where your keys are?", asked when a question was heard as a
note ("wear are my keys"): yes answers the question, no drops it. Nothing was saved either way."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from ..turn import Turn
from .asking import answering_yes_or_no
from .recall import recall

__all__ = ["MeantHandler"]


class MeantHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return answering_yes_or_no(handler_input, "meant")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        question = turn.session.question
        item = (question.slots.get("item") if question else None) or ""
        if is_intent_name("AMAZON.YesIntent")(handler_input) and item:
            return recall(turn, item)
        return turn.ask(turn.say("what_next"), turn.say("reprompt"))
