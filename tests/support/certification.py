"""Alexa certification basics, checked on every response a test produces.

- Open session: speech asks something (has a "?") and a reprompt is present.
- Closed session: no reprompt.
- Speech is never empty, except for SessionEndedRequest and skill events (no speech allowed there).
- Speech is well-formed SSML, so user text with &, < or > (or a control character) was escaped.
- Speech and reprompt are at most 8,000 characters each, and the whole response at most 24 KB.
- A card has a title and content within Alexa's 8,000 characters.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from typing import Any

from memory_keeper.skill import LambdaHandler

__all__ = ["CertificationError", "certified", "check_response"]

SILENT_REQUESTS = ("SessionEndedRequest", "AlexaSkillEvent.")
MAX_SPEECH_CHARACTERS = 8_000
MAX_RESPONSE_BYTES = 24 * 1024
MAX_CARD_CHARACTERS = 8_000


class CertificationError(AssertionError):
    pass


def _ssml(speech: dict[str, Any] | None) -> str:
    if not speech:
        return ""
    ssml = str(speech.get("ssml") or "")
    if len(ssml) > MAX_SPEECH_CHARACTERS:
        raise CertificationError(f"speech is {len(ssml)} characters; Alexa allows 8000")
    try:
        root = ElementTree.fromstring(ssml)
    except ElementTree.ParseError as exc:
        raise CertificationError(f"speech is not well-formed SSML: {ssml!r}") from exc
    return "".join(root.itertext()).strip()


def check_response(request: dict[str, Any], result: dict[str, Any]) -> None:
    request_type = str(request["request"]["type"])
    response = result.get("response")
    if response is None:
        raise CertificationError(f"no response object for {request_type}")
    size = len(json.dumps(result).encode("utf-8"))
    if size > MAX_RESPONSE_BYTES:
        raise CertificationError(f"response is {size} bytes; Alexa allows 24 KB")
    card = response.get("card")
    if card:
        text = f"{card.get('title', '')}{card.get('content', '')}"
        if not card.get("title") or not card.get("content") or len(text) > MAX_CARD_CHARACTERS:
            raise CertificationError(f"card without title/content or over 8000 characters: {card}")
    speech = _ssml(response.get("outputSpeech"))
    reprompt = _ssml((response.get("reprompt") or {}).get("outputSpeech"))
    if request_type.startswith(SILENT_REQUESTS):
        if speech or reprompt:
            raise CertificationError(f"{request_type} must not speak; got {speech!r}")
        return
    if not speech:
        raise CertificationError(f"empty speech for {request_type}")
    if response.get("shouldEndSession") is False:
        if "?" not in speech:
            raise CertificationError(f"open session but the speech asks nothing: {speech!r}")
        if not reprompt:
            raise CertificationError(f"open session without a reprompt: {speech!r}")
    elif reprompt:
        raise CertificationError(f"closed session with a reprompt: {speech!r}")


def certified(handler: LambdaHandler) -> LambdaHandler:
    """The handler, with `check_response` applied to every response it gives."""

    def checked(event: dict[str, Any], context: Any) -> dict[str, Any]:
        result = handler(event, context)
        check_response(event, result)
        return result

    return checked
