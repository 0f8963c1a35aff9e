"""Amazon's built-ins and everything said that is not a request: help, repeat, start over,
stop/cancel/home, thanks, fallback, stray yes/no/more/next, and session ended.

While the skill waits for an answer (a place, which item, yes or no), `QuestionStrayHandler`
answers help, a misunderstanding or a stray yes/no/more and asks the same question again, and
`NeverMindHandler` drops the question on "never mind", "forget it" or "cancel".
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from .. import speech
from ..notebook import ClearPending, PendingDialog, SetPending
from ..speech import Spoken
from ..turn import WELCOME, Turn

__all__ = [
    "EXAMPLES",
    "DoneHandler",
    "FallbackHandler",
    "HelpHandler",
    "NeverMindHandler",
    "NoMoreHandler",
    "QuestionStrayHandler",
    "RepeatHandler",
    "SessionEndedHandler",
    "StartOverHandler",
    "StopHandler",
    "StrayNoHandler",
    "StrayYesHandler",
    "help_speech",
    "never_mind",
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


def _open_question(handler_input: HandlerInput) -> bool:
    """Whether the skill waits for an answer; the welcome's "What would you like me to
    remember?" is answered by any request, so help, no or cancel there are as ever."""
    session = handler_input.request_envelope.session
    question = (session.attributes or {}).get("question") if session else None
    return isinstance(question, dict) and bool(question) and question.get("kind") != WELCOME


class QuestionStrayHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Help, "sorry?", yes, no or more while a question is open: answer, then ask it again.
    "No" to a question for a missing piece drops that request."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _open_question(handler_input) and _intent(handler_input, *_STRAYS)

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


class NeverMindHandler(AbstractRequestHandler):  # type: ignore[misc]
    """ "Never mind", "forget it", "cancel" (AMAZON.CancelIntent) while a question is open."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _open_question(handler_input) and _intent(handler_input, "AMAZON.CancelIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return never_mind(Turn.of(handler_input))


def never_mind(turn: Turn) -> Response:
    """Drop the open question and stay in the skill, as Amazon describes CancelIntent ("cancel a
    transaction or task, but remain in the skill"): the user dropped the question, not the
    skill, and "stop" still ends it. Nothing is saved, erased or forgotten, and an unfinished
    note kept for the next launch is dropped too. With no question open, goodbye, as cancel."""
    question = turn.session.question
    if question is None or question.kind == WELCOME:
        return turn.end(turn.say("goodbye"))
    if question.kind == "erase":
        text = turn.say("erase_kept")
    elif question.kind == "forget":
        text = turn.say("forget_kept", **turn.words(question.slots.get("item") or ""))
    elif question.kind == "resume" or question.intent == "RememberIntent":
        if turn.notebook.pending:
            turn.state.change(ClearPending())
        text = turn.say("not_saved")
    else:
        text = turn.say("never_mind")
    return turn.ask(speech.sentences(text, turn.say("what_now")), turn.say("reprompt"))


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
    "example_check",
    "example_place",
    "example_list",
    "example_history",
    "example_forget",
    "example_undo",
    "example_park",
    "example_where_parked",
    "example_lend",
    "example_who_has",
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
