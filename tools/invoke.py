"""`make invoke EVENT=tests/events/launch.json`: run the handler on an event, print the response.

Only the response JSON goes to stdout (logs go to stderr), so `make invoke ... | jq .` works. A file
that is not a request envelope, or a request for another skill than SKILL_ID, is one line on stderr
and exit status 2 (the skill itself rejects the latter, as Alexa requires, with an exception).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tools.local_app import load_handler, local_settings

PROG = "invoke"


class NotAnEnvelopeError(ValueError):
    """The event file cannot be sent to the skill as it is."""


def read_envelope(path: str) -> dict[str, Any]:
    if not path.strip():
        raise NotAnEnvelopeError("no event file given; e.g. EVENT=tests/events/launch.json")
    try:
        event: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise NotAnEnvelopeError(f"cannot read {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise NotAnEnvelopeError(f"{path} is not JSON: {exc}") from None
    if not isinstance(event, dict):
        event = {}
    request = event.get("request")
    context = event.get("context")
    system = context.get("System") if isinstance(context, dict) else None
    if not (
        isinstance(request, dict)
        and isinstance(request.get("type"), str)
        and isinstance(system, dict)
        and isinstance((system.get("user") or {}).get("userId"), str)
    ):
        raise NotAnEnvelopeError(
            f"{path} is not an Alexa request envelope (it needs request.type and "
            "context.System.user.userId); see tests/events/ for examples"
        )
    envelope: dict[str, Any] = event
    return envelope


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Invoke lambda/app.py:handler with an event file.")
    parser.add_argument("event", help="a request envelope, e.g. tests/events/launch.json")
    args = parser.parse_args(argv)
    try:
        event = read_envelope(args.event)
    except NotAnEnvelopeError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    skill_id = local_settings(PROG, log_level="WARNING").skill_id
    for_skill = event["context"]["System"].get("application", {}).get("applicationId")
    if skill_id is not None and for_skill != skill_id:
        print(
            f"{PROG}: {args.event} is a request for skill {for_skill}, not SKILL_ID {skill_id}: "
            "the skill rejects it, as Alexa requires; set SKILL_ID to the event's skill, or "
            "unset it",
            file=sys.stderr,
        )
        return 2
    handler = load_handler(PROG, log_level="WARNING")
    print(json.dumps(handler(event, None), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
