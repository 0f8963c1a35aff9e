"""`make chat`: talk to the skill in the terminal, as Alexa would relay it.

Typed utterances are matched to intents with the interaction model (tools/nlu.py), sent as real
request envelopes through `lambda/app.py:handler`, and the speech is printed as plain text. The
session is kept between turns; when the skill ends it, the next utterance starts a new one. An
utterance outside a session is a one-shot ("where are my keys" = "ask memory keeper where are my
keys"). At the end of input an open session gets a SessionEndedRequest, like a user walking away.
The device's time zone (`--time-zone`, default UTC) is served by a loopback Settings API
(tools/settings_api.py), so the skill asks for it exactly as it does on Alexa.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tools.envelopes import (
    Caller,
    Session,
    intent_request,
    launch_request,
    session_ended_request,
)
from tools.nlu import Match, Model, normalize_utterance
from tools.settings_api import SettingsApi

__all__ = ["Chat", "Reply", "main", "plain_text"]

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]

_TAG = re.compile(r"<[^>]+>")


def plain_text(ssml: str | None) -> str:
    return html.unescape(_TAG.sub("", ssml or "")).strip()


@dataclass(frozen=True)
class Reply:
    text: str
    reprompt: str | None
    ended: bool
    request: dict[str, Any]
    response: dict[str, Any]


class Chat:
    """A conversation with the skill: utterances in, replies out, sessions kept like Alexa does."""

    def __init__(
        self,
        handler: Handler,
        caller: Caller | None = None,
        model: Model | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.handler = handler
        self.caller = caller or Caller()
        self.model = model or Model.load()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.session: Session | None = None
        self._eliciting: tuple[str, str, dict[str, str | None]] | None = None
        name = re.escape(self.model.invocation_name)
        self._launch = re.compile(rf"^(?:alexa )?(?:open|launch|start|begin) {name}$")
        self._one_shot = re.compile(rf"^(?:alexa )?(?:ask|tell) {name} (?:to |that |about )?(.+)$")

    def say(self, utterance: str) -> Reply:
        text = normalize_utterance(utterance)
        if self._launch.match(text):
            self.session = Session()
            return self._send(launch_request(self.caller, self.session, self.clock()))
        one_shot = self._one_shot.match(text)
        if one_shot or self.session is None:
            self.session = Session()
            self._eliciting = None
            text = one_shot.group(1) if one_shot else text
        return self._send(self._intent_envelope(text))

    def send_intent(self, name: str, slots: dict[str, str | None] | None = None) -> Reply:
        """An intent as Alexa would resolve it, in the current session (or a new one-shot)."""
        if self.session is None:
            self.session = Session()
        envelope = intent_request(self.caller, name, slots or {}, self.session, self.clock())
        return self._send(envelope)

    def end_session(self, reason: str = "EXCEEDED_MAX_REPROMPTS") -> Reply | None:
        """What Alexa sends when the user stops answering an open session."""
        if self.session is None:
            return None
        return self._send(session_ended_request(self.caller, self.session, reason, self.clock()))

    def _intent_envelope(self, text: str) -> dict[str, Any]:
        assert self.session is not None
        match = self.model.match(text)
        if self._eliciting and match.intent not in _BUILT_INS_FIRST:
            intent, slot, slots = self._eliciting
            value = self.model.match_slot(intent, slot, text)
            if value is not None and not _stronger(match, intent, slot, slots):
                slots = {**slots, slot: value}
                return intent_request(
                    self.caller, intent, slots, self.session, self.clock(), "IN_PROGRESS"
                )
        return intent_request(self.caller, match.intent, match.slots, self.session, self.clock())

    def _send(self, envelope: dict[str, Any]) -> Reply:
        result = self.handler(envelope, None)
        response = result.get("response", {})
        ended = bool(response.get("shouldEndSession", True)) or (
            envelope["request"]["type"] == "SessionEndedRequest"
        )
        self._eliciting = _elicitation(response)
        if ended:
            self.session = None
        elif self.session is not None:
            self.session.follow(result)
        speech = plain_text((response.get("outputSpeech") or {}).get("ssml"))
        reprompt_speech = ((response.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml")
        return Reply(speech, plain_text(reprompt_speech) or None, ended, envelope, result)


_BUILT_INS_FIRST = {
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.NavigateHomeIntent",
}


def _stronger(match: Match, intent: str, slot: str, slots: dict[str, str | None]) -> bool:
    """True when the utterance reads better as a new request than as an answer to the question:
    another intent, the asked slot itself, or another value for a slot already filled."""
    if match.intent == "AMAZON.FallbackIntent":
        return False
    changed = any(value and value != slots.get(name) for name, value in match.slots.items())
    return match.intent != intent or bool(match.slots.get(slot)) or changed


def _elicitation(response: dict[str, Any]) -> tuple[str, str, dict[str, str | None]] | None:
    for directive in response.get("directives") or []:
        if directive.get("type") == "Dialog.ElicitSlot":
            intent = directive["updatedIntent"]
            slots = {name: slot.get("value") for name, slot in intent.get("slots", {}).items()}
            return intent["name"], directive["slotToElicit"], slots
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Talk to Memory Keeper in the terminal.")
    parser.add_argument("--user", default="local-user", help="user id, so sessions can be resumed")
    parser.add_argument(
        "--device", default="terminal", help="device id (PARTITION_KEY_SOURCE=device)"
    )
    parser.add_argument(
        "--time-zone",
        default="UTC",
        help="the device's time zone, as Alexa's Settings API reports it (America/New_York)",
    )
    args = parser.parse_args(argv)
    try:
        ZoneInfo(args.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        parser.error(f"--time-zone: unknown time zone {args.time_zone!r}, e.g. Europe/Berlin")
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "ERROR")
    import app  # after the environment is set: the skill is built at import

    settings_api = SettingsApi(default_zone=args.time_zone).start()  # on loopback, this process
    caller = Caller(user=args.user, device=args.device, api_endpoint=settings_api.url)
    chat = Chat(app.handler, caller)
    interactive = sys.stdin.isatty()
    if interactive:
        print("Talk to Memory Keeper. Try: open memory keeper. Ctrl-D to leave.")
    while True:
        try:
            line = input("you> " if interactive else "")
        except EOFError:
            break
        if not line.strip():
            continue
        if not interactive:
            print(f"you> {line}")
        reply = chat.say(line)
        print(f"alexa> {reply.text}" if reply.text else "alexa> (no speech)")
        if reply.ended:
            print("(session ended)")
    chat.end_session()
    settings_api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
