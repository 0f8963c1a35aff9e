"""`make invoke EVENT=tests/events/launch.json`: run the handler on an event, print the response."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Invoke lambda/app.py:handler with an event file.")
    parser.add_argument(
        "event", type=Path, help="a request envelope, e.g. tests/events/launch.json"
    )
    args = parser.parse_args(argv)
    try:
        event = json.loads(args.event.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"invoke: cannot read {args.event}: {exc}", file=sys.stderr)
        return 2
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    import app

    print(json.dumps(app.handler(event, None), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
