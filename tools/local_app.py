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
from typing import TYPE_CHECKING, Any

from tools.dynamodb_servers import DYNAMODB_LOCAL, SERVERS, LocalServerError, local_server

if TYPE_CHECKING:
    from memory_keeper.settings import Settings

__all__ = [
    "DEFAULT_LOCAL_DYNAMODB_PATH",
    "Handler",
    "load_handler",
    "local_dynamodb",
    "local_settings",
    "logs_to_stderr",
    "where_the_notes_are",
]

DEFAULT_LOCAL_DYNAMODB_PATH = ".local"

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def local_settings(prog: str, log_level: str) -> Settings:
    """The settings the skill reads, as the local tools run it; a bad one is one line on stderr
    naming the variable, and exit status 2."""
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", log_level)
    # The tools send envelopes with their own application id; a local table needs no skill check.
    os.environ.setdefault("ALLOW_ANY_SKILL_ID", "true")
    from memory_keeper import observability  # noqa: F401  (creates the log handlers)
    from memory_keeper.settings import Settings, SettingsError

    logs_to_stderr()
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise SystemExit(_fail(prog, str(exc))) from None


def load_handler(prog: str, log_level: str) -> Handler:
    local_settings(prog, log_level)
    from attribute_store import StoreError

    try:
        import app  # the skill is built at import, as in Lambda
    except StoreError as exc:
        raise SystemExit(_fail(prog, f"cannot open the store: {exc}")) from None
    handler: Handler = app.handler
    return handler


def where_the_notes_are(settings: Settings) -> str:
    """The file or table that holds the notes, for a tool's first line."""
    if settings.table_name is None:
        return f"the SQLite file {settings.local_store_path}"
    where = settings.dynamodb_endpoint or settings.dax_endpoint or settings.region
    return f"the DynamoDB table {settings.table_name} ({where})"


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
    root = Path(os.environ.get("LOCAL_DYNAMODB_PATH", "").strip() or DEFAULT_LOCAL_DYNAMODB_PATH)
    if root != Path(DEFAULT_LOCAL_DYNAMODB_PATH) and not root.is_dir():
        # A mistyped folder would otherwise be created and answer like an empty notebook.
        raise SystemExit(
            _fail(
                prog,
                f"LOCAL_DYNAMODB_PATH is {str(root)!r}, but that folder does not exist: create "
                f"it, or unset LOCAL_DYNAMODB_PATH for {DEFAULT_LOCAL_DYNAMODB_PATH}",
            )
        )
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
