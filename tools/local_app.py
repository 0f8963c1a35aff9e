"""What the local tools share: the skill's handler, built from lambda/app.py like Lambda does, and
the local DynamoDB of `STORE=dynamodb`.

A settings error becomes one line on stderr naming the variable, and exit status 2 — no traceback.
Logs go to stderr, so stdout holds only what the tool prints (a response, a conversation).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tools.dynamodb_servers import DYNAMODB_LOCAL, SERVERS, LocalServerError, local_server

__all__ = [
    "DEFAULT_LOCAL_DYNAMODB_PATH",
    "Handler",
    "load_handler",
    "local_dynamodb",
    "logs_to_stderr",
]

DEFAULT_LOCAL_DYNAMODB_PATH = ".local"

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def load_handler(prog: str, log_level: str) -> Handler:
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", log_level)
    # The tools send envelopes with their own application id; a local table needs no skill check.
    os.environ.setdefault("ALLOW_ANY_SKILL_ID", "true")
    from attribute_store import StoreError
    from memory_keeper import observability  # noqa: F401  (creates the log handlers)
    from memory_keeper.settings import Settings, SettingsError

    logs_to_stderr()
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


def logs_to_stderr() -> None:
    """The skill's log lines go to stderr (stdout holds what the tool prints)."""
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        for handler in getattr(logger, "handlers", []):
            if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stdout:
                handler.setStream(sys.stderr)


@contextmanager
def local_dynamodb(prog: str, *, share: bool = False, create_table: bool = True) -> Iterator[None]:
    """A local DynamoDB for the skill, persisted under `LOCAL_DYNAMODB_PATH` (default .local/):
    DynamoDB Local when Java is there, else dynalite (`LOCAL_DYNAMODB_SERVER` chooses). It says
    which in one line, sets TABLE_NAME (default memory-keeper), DYNAMODB_ENDPOINT and
    CREATE_TABLE, and stops the server on exit. `share`: a tool that only reads may use the
    server another tool is running over the same data (`make record` beside `make chat`)."""
    root = Path(os.environ.get("LOCAL_DYNAMODB_PATH") or DEFAULT_LOCAL_DYNAMODB_PATH)
    chosen = os.environ.get("LOCAL_DYNAMODB_SERVER") or None
    if chosen not in (None, *SERVERS):
        raise SystemExit(
            _fail(
                prog, f"LOCAL_DYNAMODB_SERVER must be one of {', '.join(SERVERS)}; got {chosen!r}"
            )
        )
    try:
        with local_server(root, chosen, share=share) as server:
            os.environ["TABLE_NAME"] = os.environ.get("TABLE_NAME") or "memory-keeper"
            os.environ["DYNAMODB_ENDPOINT"] = server.url
            if create_table:
                os.environ["CREATE_TABLE"] = "true"
            kind = "DynamoDB Local" if server.name == DYNAMODB_LOCAL else "dynalite"
            whose = " (the running chat's)" if server.shared else ""
            why = "" if server.name == DYNAMODB_LOCAL or chosen else "; no Java for DynamoDB Local"
            print(
                f"({prog}: {kind} on {server.url}{whose}, data in {server.data}/{why})",
                file=sys.stderr,
            )
            yield
    except LocalServerError as exc:
        raise SystemExit(_fail(prog, str(exc))) from None
