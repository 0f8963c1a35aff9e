"""A loopback stand-in for the Alexa Settings API: `GET /v2/devices/{id}/settings/System.timeZone`.

`make chat TIME_ZONE=America/Los_Angeles` and the tests point the envelope's `apiEndpoint` at it,
so the skill's real service client and HTTP client run end to end without the internet. Each
device answers its own zone (`zones`), else `default_zone`; `requests` counts the calls, so a test
can see that the skill asks only when it needs to.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

__all__ = ["SettingsApi"]

_PATH = re.compile(r"^/v2/devices/([^/]+)/settings/System\.timeZone$")


class SettingsApi:
    def __init__(self, default_zone: str = "UTC") -> None:
        self.default_zone = default_zone
        self.zones: dict[str, str] = {}
        self.requests = 0
        self.fail = False
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                api.requests += 1
                matched = _PATH.match(self.path)
                authorized = self.headers.get("Authorization", "").startswith("Bearer ")
                if api.fail or not matched or not authorized:
                    self.send_response(500 if api.fail else 404 if not matched else 403)
                    self.end_headers()
                    return
                device = unquote(matched.group(1))
                body = json.dumps(api.zones.get(device, api.default_zone)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> SettingsApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
