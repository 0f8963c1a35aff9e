"""The certification check itself: limits it enforces on every response the tests produce."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.certification import CertificationError, check_response
from tools.envelopes import Caller, launch_request


def _closed(ssml: str, **extra: Any) -> dict[str, Any]:
    return {"response": {"outputSpeech": {"ssml": ssml}, "shouldEndSession": True, **extra}}


def test_speech_over_8000_characters_is_refused() -> None:
    with pytest.raises(CertificationError, match="8000"):
        check_response(launch_request(Caller()), _closed("<speak>" + "a" * 8_000 + "</speak>"))


def test_a_response_over_24_kilobytes_is_refused() -> None:
    big_card = {"type": "Simple", "title": "t", "content": "x" * 7_000}
    result = _closed("<speak>Hi.</speak>", card=big_card)
    result["sessionAttributes"] = {"blob": "y" * 20_000}
    with pytest.raises(CertificationError, match="24 KB"):
        check_response(launch_request(Caller()), result)


def test_a_card_needs_title_and_content() -> None:
    result = _closed("<speak>Hi.</speak>", card={"type": "Simple", "title": "", "content": "x"})
    with pytest.raises(CertificationError, match="card"):
        check_response(launch_request(Caller()), result)


def test_control_characters_make_speech_ill_formed() -> None:
    with pytest.raises(CertificationError, match="well-formed"):
        check_response(launch_request(Caller()), _closed("<speak>keys\x00</speak>"))
