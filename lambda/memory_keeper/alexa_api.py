"""The HTTP client the ASK service clients (the Settings API) use: a timeout, and https only.

ask-sdk-core's `DefaultApiClient` has no timeout, so a slow Alexa API could use up the 8 seconds
Alexa gives a turn. This client gives every call `TIMEOUT_SECONDS` and refuses any endpoint that
is not https, except a loopback address (the tests' and `make chat`'s local Settings API), so an
access token is never sent in the clear.
"""

from __future__ import annotations

import ipaddress
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

__all__ = ["TIMEOUT_SECONDS", "InsecureEndpointError", "TimeoutApiClient", "is_loopback"]

TIMEOUT_SECONDS = 1.0  # a time phrase is worth at most this much of a turn; then UTC


class InsecureEndpointError(ValueError):
    """An Alexa API endpoint that is neither https nor on this machine."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class TimeoutApiClient(ApiClient):  # type: ignore[misc]
    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self.timeout = timeout

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        url = str(request.url)
        parts = urlsplit(url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and is_loopback(parts.hostname or "")
        ):
            raise InsecureEndpointError(f"refusing a non-https Alexa API endpoint: {url}")
        body = request.body.encode("utf-8") if isinstance(request.body, str) else request.body
        http_request = urllib.request.Request(
            url, data=body, method=request.method, headers=dict(request.headers or [])
        )
        try:
            with urllib.request.urlopen(http_request, timeout=self.timeout) as reply:
                return ApiClientResponse(
                    headers=list(reply.headers.items()),
                    body=reply.read().decode("utf-8"),
                    status_code=reply.status,
                )
        except urllib.error.HTTPError as error:  # a status the service client turns into an error
            return ApiClientResponse(
                headers=list(error.headers.items()),
                body=error.read().decode("utf-8"),
                status_code=error.code,
            )
