"""What the local tools share: the skill's handler, built from lambda/app.py like Lambda does.

A settings error becomes one line on stderr naming the variable, and exit status 2 — no traceback.
Logs go to stderr, so stdout holds only what the tool prints (a response, a conversation).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["Handler", "load_handler"]

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def load_handler(prog: str, log_level: str) -> Handler:
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", log_level)
    # The tools send envelopes with their own application id; a local table needs no skill check.
    os.environ.setdefault("ALLOW_ANY_SKILL_ID", "true")
    from attribute_store import StoreError
    from memory_keeper import observability  # noqa: F401  (creates the log handlers)
    from memory_keeper.settings import Settings, SettingsError

    _logs_to_stderr()
    try:
        Settings.from_env()
    except SettingsError as exc:
        raise SystemExit(_fail(prog, str(exc))) from None
    try:
        import app  # the skill is built at import, as in Lambda
    except StoreError as exc:
        raise SystemExit(_fail(prog, f"cannot open the store: {exc}")) from None
    handler: Handler = app.handler
    return handler


def _fail(prog: str, message: str) -> int:
    print(f"{prog}: {message}", file=sys.stderr)
    return 2


def _logs_to_stderr() -> None:
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        for handler in getattr(logger, "handlers", []):
            if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stdout:
                handler.setStream(sys.stderr)
