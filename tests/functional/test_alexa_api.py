"""The Settings API through the skill's own HTTP client: https only, a timeout, real HTTP."""

from __future__ import annotations

import socket

import pytest
from ask_sdk_model.services import ApiClientRequest

from memory_keeper.alexa_api import InsecureEndpointError, TimeoutApiClient, is_loopback
from tools.settings_api import SettingsApi


def _get(url: str) -> ApiClientRequest:
    return ApiClientRequest(headers=[("Authorization", "Bearer t")], method="GET", url=url)


def test_a_loopback_settings_api_answers_over_http(settings_api: SettingsApi) -> None:
    settings_api.zones["dev-1"] = "Asia/Tokyo"
    url = f"{settings_api.url}/v2/devices/dev-1/settings/System.timeZone"
    response = TimeoutApiClient().invoke(_get(url))
    assert response.status_code == 200
    assert response.body == '"Asia/Tokyo"'


@pytest.mark.parametrize(
    "url",
    [
        "http://api.amazonalexa.com/v2/devices/d/settings/System.timeZone",
        "http://10.0.0.1/v2/devices/d/settings/System.timeZone",
        "ftp://127.0.0.1/x",
    ],
)
def test_anything_but_https_is_refused_unless_it_is_loopback(url: str) -> None:
    with pytest.raises(InsecureEndpointError):
        TimeoutApiClient().invoke(_get(url))


def test_loopback_addresses() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("api.amazonalexa.com") and not is_loopback("192.168.1.2")


def test_a_silent_server_is_given_up_on_after_the_timeout() -> None:
    """Without a timeout this call would wait forever (the server never answers)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)  # accepts the connection, never answers
        port = server.getsockname()[1]
        with pytest.raises(TimeoutError):
            TimeoutApiClient(timeout=0.2).invoke(_get(f"http://127.0.0.1:{port}/x"))
