"""Amazon's built-ins and everything said that is not a request: help, repeat, start over,
stop/cancel/home, thanks, fallback, stray yes/no/more/next, and session ended.

While the skill waits for an answer (a place, which item, yes or no), `QuestionStrayHandler`
answers help, a misunderstanding or a stray yes/no/more and asks the same question again.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from ..notebook import PendingDialog, SetPending
from ..speech import Spoken
from ..turn import Turn

__all__ = [
    "EXAMPLES",
    "DoneHandler",
    "FallbackHandler",
    "HelpHandler",
    "NoMoreHandler",
    "QuestionStrayHandler",
    "RepeatHandler",
    "SessionEndedHandler",
    "StartOverHandler",
    "StopHandler",
    "StrayNoHandler",
    "StrayYesHandler",
    "help_speech",
]

_STRAYS = (
    "AMAZON.HelpIntent",
    "AMAZON.FallbackIntent",
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.MoreIntent",
    "AMAZON.NextIntent",
)


def _intent(handler_input: HandlerInput, *names: str) -> bool:
    return any(is_intent_name(name)(handler_input) for name in names)


class QuestionStrayHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Help, "sorry?", yes, no or more while a question is open: answer, then ask it again.
    "No" to a question for a missing piece drops that request."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        session = handler_input.request_envelope.session
        question = (session.attributes or {}).get("question") if session else None
        return bool(question) and _intent(handler_input, *_STRAYS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        question = turn.session.question
        assert question is not None  # can_handle saw it
        words = turn.words(question.slots.get("item") or "")
        if _intent(handler_input, "AMAZON.HelpIntent", "AMAZON.YesIntent"):
            return turn.reask(turn.say(f"help_{question.kind}", **words))
        if _intent(handler_input, "AMAZON.FallbackIntent"):
            return turn.reask(turn.say("fallback_short"))
        if _intent(handler_input, "AMAZON.NoIntent") and question.intent:
            return turn.ask(turn.say("what_next"), turn.say("reprompt"))
        return turn.reask(turn.say("finish_first"))


class HelpHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.HelpIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(help_speech(turn), turn.say("reprompt"))


def help_speech(turn: Turn) -> Spoken:
    examples = {key: turn.say(key) for key in EXAMPLES}
    return turn.say("help", **examples)


EXAMPLES = (
    "example_remember",
    "example_recall",
    "example_list",
    "example_history",
    "example_forget",
)


class RepeatHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Say that again": the last reply, word for word, still waiting for the same answer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.RepeatIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return Turn.of(handler_input).repeat()


class StartOverHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Drops the open question; never erases anything (that is "forget everything")."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.StartOverIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(turn.say("start_over"), turn.say("reprompt"))


class StopHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(
            handler_input,
            "AMAZON.StopIntent",
            "AMAZON.CancelIntent",
            "AMAZON.NavigateHomeIntent",
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.end(turn.say("goodbye"))


class DoneHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Thanks", "that's all": end politely."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "DoneIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.end(turn.say("thanks_goodbye"))


class FallbackHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.FallbackIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(turn.say("fallback"), turn.say("reprompt"))


class StrayYesHandler(AbstractRequestHandler):  # type: ignore[misc]
    """A yes the skill did not ask for."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.YesIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(turn.say("what_next"), turn.say("reprompt"))


class StrayNoHandler(AbstractRequestHandler):  # type: ignore[misc]
    """A no the skill did not ask for (as to "Anything else?"): the user is done."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.NoIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.end(turn.say("goodbye"))


class NoMoreHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "More" or "next" when nothing is being read out."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _intent(handler_input, "AMAZON.MoreIntent", "AMAZON.NextIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        return turn.ask(turn.say("nothing_more"), turn.say("reprompt"))


class SessionEndedHandler(AbstractRequestHandler):  # type: ignore[misc]
    """No speech allowed. A RememberIntent still waiting for a slot is kept for the next launch."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        pending = turn.session.pending
        if pending:
            dialog = PendingDialog(pending.get("item"), pending.get("location"), turn.now)
            turn.state.change(SetPending(dialog))
        return turn.end()
