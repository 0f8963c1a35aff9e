"""`make chat`: talk to the skill in the terminal, as Alexa would relay it.

Typed utterances are matched to intents with the interaction model (tools/nlu.py), sent as real
request envelopes through `lambda/app.py:handler`, and the speech is printed as plain text. The
session is kept between turns; when the skill ends it, the next utterance starts a new one. An
utterance outside a session is a one-shot ("where are my keys" = "ask memory keeper where are my
keys"). At the end of input or on Ctrl-C an open session gets a SessionEndedRequest, like a user
walking away. `--store dynamodb` runs it on a local DynamoDB (`tools.local_app.local_dynamodb`:
DynamoDB Local when Java is there, else dynalite). The device's
time zone (`--time-zone`, default UTC) is served by a loopback Settings API
(tools/settings_api.py), so the skill asks for it exactly as it does on Alexa.
"""

from __future__ import annotations

import argparse
import html
import re
import signal
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tools.envelopes import (
    SKILL_ID,
    Caller,
    Session,
    intent_request,
    launch_request,
    session_ended_request,
)
from tools.local_app import (
    Handler,
    load_handler,
    local_dynamodb,
    local_settings,
    where_the_notes_are,
)
from tools.nlu import LOCALES, Match, Model, as_said
from tools.settings_api import SettingsApi

__all__ = ["Chat", "Reply", "converse", "main", "plain_text"]

PROG = "chat"
STORES = ("sqlite", "dynamodb")

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
        self.model = model or Model.load(locale=self.caller.locale)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.session: Session | None = None
        self._eliciting: tuple[str, str, dict[str, str | None]] | None = None
        name = re.escape(self.model.invocation_name)
        lex = self.model.lexicon
        after = rf"|{name} (?:{lex.launch_after})" if lex.launch_after else ""
        self._launch = re.compile(rf"^(?:alexa )?(?:(?:{lex.launch}) {name}{after})$")
        self._one_shot = re.compile(
            rf"^(?:alexa )?(?:{lex.one_shot}) {name} (?:{lex.joiners})?(.+)$"
        )

    def say(self, utterance: str) -> Reply:
        text = self.model.normalize(utterance)
        if self._launch.match(text):
            self.session = Session()
            return self._send(launch_request(self.caller, self.session, self.clock()))
        one_shot = self._one_shot.match(text)
        if one_shot or self.session is None:
            self.session = Session()
            self._eliciting = None
            text = one_shot.group(1) if one_shot else text
        return self._send(self._intent_envelope(text, utterance))

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

    def _intent_envelope(self, text: str, said: str = "") -> dict[str, Any]:
        assert self.session is not None
        match, answered = self.model.hear(text, self._eliciting)
        if said:  # the capitals said ("Mike", "level 3 row B"), as Alexa writes names
            match = Match(
                match.intent,
                {k: as_said(v, said, self.model.lexicon) for k, v in match.slots.items()},
            )
        state = "IN_PROGRESS" if answered else None
        return intent_request(
            self.caller, match.intent, match.slots, self.session, self.clock(), state
        )

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


def _elicitation(response: dict[str, Any]) -> tuple[str, str, dict[str, str | None]] | None:
    for directive in response.get("directives") or []:
        if directive.get("type") == "Dialog.ElicitSlot":
            intent = directive["updatedIntent"]
            slots = {name: slot.get("value") for name, slot in intent.get("slots", {}).items()}
            return intent["name"], directive["slotToElicit"], slots
    return None


_LATER = re.compile(r"^---\s*(\d+)\s+(minute|hour|day|week)s?\s+later\s*$", re.IGNORECASE)


@dataclass
class ChatClock:
    """The time the skill is told: the real clock, or one started at `--now`; a line such as
    "--- 3 hours later" moves it on."""

    start: datetime | None = None

    def __post_init__(self) -> None:
        self._real_start = datetime.now(UTC)
        self.offset = timedelta()

    def __call__(self) -> datetime:
        now = datetime.now(UTC)
        return (self.start or self._real_start) + (now - self._real_start) + self.offset

    def later(self, line: str) -> bool:
        """Move on if `line` says so ("--- 2 days later"); False for any other line."""
        found = _LATER.match(line)
        if not found:
            return False
        amount, unit = int(found.group(1)), found.group(2).lower()
        self.offset += timedelta(**{f"{unit}s": amount})
        return True


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("no UTC offset")
    return moment.astimezone(UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Talk to Memory Keeper in the terminal.")
    parser.add_argument("--user", default="local-user", help="user id, so sessions can be resumed")
    parser.add_argument(
        "--device", default="terminal", help="device id (PARTITION_KEY_SOURCE=device)"
    )
    parser.add_argument(
        "--store",
        default="sqlite",
        help="sqlite: the store the settings name (the SQLite file LOCAL_STORE_PATH, unless "
        "TABLE_NAME is set); dynamodb: DynamoDB Local (or dynalite without Java), persisted "
        "under LOCAL_DYNAMODB_PATH (.local/)",
    )
    parser.add_argument(
        "--time-zone",
        default="UTC",
        help="the device's time zone, as Alexa's Settings API reports it (America/New_York)",
    )
    parser.add_argument(
        "--locale",
        default="en-US",
        help=f"the device's locale ({', '.join(LOCALES)}): the interaction model matched and "
        "the language answered in",
    )
    parser.add_argument(
        "--now",
        default="",
        help="the time the conversation starts at, with its offset (2026-11-01T05:30Z); "
        'a line "--- 3 hours later" moves the clock on',
    )
    args = parser.parse_args(argv)
    try:
        clock = ChatClock(_instant(args.now) if args.now else None)
    except ValueError:
        print(
            f"{PROG}: NOW (--now) {args.now!r} is not a time with its offset; "
            "use ISO 8601 such as 2026-11-01T05:30Z",
            file=sys.stderr,
        )
        return 2
    if args.store not in STORES:
        print(
            f"{PROG}: STORE (--store) {args.store!r} is not a store; use sqlite (the default) or "
            "dynamodb (a local DynamoDB)",
            file=sys.stderr,
        )
        return 2
    if args.locale not in LOCALES:
        print(
            f"{PROG}: LOCALE (--locale) {args.locale!r} has no interaction model; "
            f"use one of {', '.join(LOCALES)}",
            file=sys.stderr,
        )
        return 2
    try:
        ZoneInfo(args.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        print(
            f"{PROG}: TIME_ZONE (--time-zone) {args.time_zone!r} is not a time zone; "
            "use an IANA name such as Europe/Berlin",
            file=sys.stderr,
        )
        return 2
    # Closing the terminal or `kill` still runs the clean-up below (stopping the server).
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, _exit_cleanly)
    try:
        with ExitStack() as stack:
            if args.store == "dynamodb":
                stack.enter_context(local_dynamodb(PROG))
            settings = local_settings(PROG, log_level="ERROR")
            if args.store == "sqlite":  # the local DynamoDB has said where it keeps them
                print(f"({PROG}: notes in {where_the_notes_are(settings)})", file=sys.stderr)
            handler = load_handler(PROG, log_level="ERROR")
            settings_api = SettingsApi(default_zone=args.time_zone).start()  # loopback
            stack.callback(settings_api.stop)
            caller = Caller(
                user=args.user,
                device=args.device,
                api_endpoint=settings_api.url,
                locale=args.locale,
                # With SKILL_ID set the skill answers that skill only, as on Alexa.
                skill_id=settings.skill_id or SKILL_ID,
            )
            converse(Chat(handler, caller, clock=clock), clock)
    except KeyboardInterrupt:  # Ctrl-C before the conversation started
        return 130
    return 0


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def converse(chat: Chat, clock: ChatClock | None = None) -> None:
    """Read utterances until end of input or Ctrl-C; either way an open session is ended. With
    a `clock`, a line such as "--- 3 hours later" moves it on instead of being said."""
    interactive = sys.stdin.isatty()
    if interactive:
        print("Talk to Memory Keeper. Try: open memory keeper. Ctrl-D or Ctrl-C to leave.")
    try:
        while True:
            try:
                line = input("you> " if interactive else "")
            except EOFError:
                break
            if not line.strip():
                continue
            if clock and line.lstrip().startswith("---"):
                if clock.later(line):
                    print(f"({line.strip(' -')}: {clock():%Y-%m-%d %H:%M} UTC)")
                else:
                    print(
                        f"{PROG}: {line.strip()!r} does not move the clock; say, for example, "
                        "--- 3 hours later (minutes, hours, days, weeks)",
                        file=sys.stderr,
                    )
                continue
            if not interactive:
                print(f"you> {line}")
            reply = chat.say(line)
            print(f"alexa> {reply.text}" if reply.text else "alexa> (no speech)")
            if reply.ended:
                print("(session ended)")
            sys.stdout.flush()
    except KeyboardInterrupt:
        print()  # the user walked away: the same ending as end of input
    chat.end_session()


if __name__ == "__main__":
    sys.exit(main())
