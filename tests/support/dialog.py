"""Dialog tests as readable scripts, run through the real handler and the interaction model.

user: my passport is in the top drawer      what the user says (matched with the model)
alexa: Your passport is in the top drawer   the reply contains this text
alexa ends the session                      the reply closed the session
alexa keeps the session open                the reply left it open
--- 3 days later                            the clock moves on (hours, days)
--- the session times out                   Alexa sends SessionEndedRequest
--- on the phone                            same user, another device
--- the device is in America/Los_Angeles    the Settings API reports this device's time zone
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from memory_keeper.skill import LambdaHandler
from tools.chat import Chat, Reply
from tools.envelopes import Caller
from tools.settings_api import SettingsApi

__all__ = ["START", "Dialog"]

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
# Without a Settings API the dialog's device points at a closed loopback port: the call is refused
# at once and the skill, knowing no time zone, says only how long ago ("3 days ago"), without ever
# reaching for the internet.
NO_SETTINGS_API = "http://127.0.0.1:9"
_LATER = re.compile(r"^(\d+) (hour|hours|day|days|minute|minutes) later$")


@dataclass
class Dialog:
    handler: LambdaHandler
    user: str = "dialog-user"
    now: datetime = START
    replies: list[Reply] = field(default_factory=list)
    settings_api: SettingsApi | None = None
    locale: str = "en-US"  # the device's locale: the model matched and the language spoken

    def __post_init__(self) -> None:
        self.chat = self._chat("kitchen-echo")

    def _chat(self, device: str) -> Chat:
        caller = Caller(
            user=self.user, device=device, api_endpoint=NO_SETTINGS_API, locale=self.locale
        )
        if self.settings_api:
            caller.api_endpoint = self.settings_api.url
        return Chat(self.handler, caller, clock=lambda: self.now)

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    def run(self, script: str) -> Dialog:
        for number, raw in enumerate(textwrap.dedent(script).strip().splitlines(), start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            try:
                self._step(line)
            except AssertionError as exc:
                transcript = "\n".join(
                    f"  {r.request['request'].get('type')}: {r.text}" for r in self.replies[-6:]
                )
                raise AssertionError(
                    f"line {number} `{line}`: {exc}\nlast replies:\n{transcript}"
                ) from None
        return self

    def _step(self, line: str) -> None:
        if line.startswith("user:"):
            self.replies.append(self.chat.say(line.removeprefix("user:").strip()))
        elif line.startswith("alexa:"):
            expected = line.removeprefix("alexa:").strip()
            assert expected in self.last.text, f"expected {expected!r} in {self.last.text!r}"
        elif line == "alexa ends the session":
            assert self.last.ended, f"session still open after {self.last.text!r}"
        elif line == "alexa keeps the session open":
            assert not self.last.ended, f"session ended after {self.last.text!r}"
        elif line.startswith("---"):
            self._scene(line.removeprefix("---").strip())
        else:
            raise ValueError(f"unknown script line: {line!r}")

    def _scene(self, scene: str) -> None:
        later = _LATER.match(scene)
        if later:
            amount, unit = int(later.group(1)), later.group(2).rstrip("s")
            self.now += timedelta(**{f"{unit}s": amount})
        elif scene == "the session times out":
            reply = self.chat.end_session("EXCEEDED_MAX_REPROMPTS")
            assert reply is not None, "no session to time out"
            self.replies.append(reply)
        elif scene.startswith("on the "):
            self.chat = self._chat(scene.removeprefix("on the "))
        elif scene.startswith("the device is in "):
            assert self.settings_api is not None, "this dialog has no Settings API"
            device = self.chat.caller.context()["System"]["device"]["deviceId"]
            self.settings_api.zones[device] = scene.removeprefix("the device is in ")
        else:
            raise ValueError(f"unknown scene: {scene!r}")
