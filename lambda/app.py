"""Lambda entry point: `app.handler(event, context)`.

The skill (settings, store, handler chain) is built once per execution environment, at import.
A configuration error is one log line and a failed init: the traceback would add nothing to a
message that already names the variable and the fix.
"""

from __future__ import annotations

from memory_keeper.observability import logger
from memory_keeper.settings import Settings, SettingsError
from memory_keeper.skill import build_skill, lambda_handler

try:
    settings = Settings.from_env()
except SettingsError as exc:
    logger.error(f"configuration error: {exc}")
    raise SystemExit(2) from None

handler = lambda_handler(build_skill(settings), settings)
