"""Amazon built-ins: help, stop/cancel, navigate home, fallback, stray yes/no, session ended."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from ..notebook import PendingDialog, SetPending
from ..turn import Turn
from .remember import elicit_remember

__all__ = [
    "FallbackHandler",
    "HelpHandler",
    "SessionEndedHandler",
    "StopHandler",
    "StrayNoHandler",
    "StrayYesHandler",
]


class HelpHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.HelpIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(turn.say("help"), turn.say("reprompt"))


class StopHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(
            is_intent_name(name)(handler_input)
            for name in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.end(turn.say("goodbye"))


class FallbackHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Unmatched speech. In the middle of "Where is your passport?", ask that again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.FallbackIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        pending = turn.session.get("pending")
        if pending:
            return elicit_remember(turn, dict(pending))
        return turn.ask(turn.say("fallback"), turn.say("reprompt"))


class StrayYesHandler(AbstractRequestHandler):  # type: ignore[misc]
    """A yes the skill did not ask for."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.YesIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(turn.say("what_next"), turn.say("reprompt"))


class StrayNoHandler(AbstractRequestHandler):  # type: ignore[misc]
    """A no the skill did not ask for: the user is done."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.NoIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.end(turn.say("goodbye"))


class SessionEndedHandler(AbstractRequestHandler):  # type: ignore[misc]
    """No speech allowed. A RememberIntent still waiting for a slot is kept for the next launch."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        pending = turn.session.get("pending")
        if pending:
            dialog = PendingDialog(pending.get("item"), pending.get("location"), turn.now)
            turn.state.change(SetPending(dialog))
        return turn.end()
