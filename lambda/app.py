"""Lambda entry point: `app.handler(event, context)`.

The skill (settings, store, handler chain) is built once per execution environment, at import.
"""

from __future__ import annotations

from memory_keeper.settings import Settings
from memory_keeper.skill import build_skill, lambda_handler

settings = Settings.from_env()
handler = lambda_handler(build_skill(settings), settings)
