"""`make record USER=alice`: print a user's record, decoded, from the store the settings choose.

Records over 1 KB are stored compressed, so the DynamoDB console shows only bytes; this shows
what the skill sees. Uses GetItem only (a strongly consistent read).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from tools.envelopes import Caller

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", default="local-user", help="as in make chat USER=...")
    parser.add_argument("--key", help="the raw record key (a userId), instead of --user")
    args = parser.parse_args(argv)
    os.environ.setdefault("ALLOW_ANY_SKILL_ID", "true")  # a local tool, as chat and invoke
    from memory_keeper.settings import Settings, SettingsError
    from memory_keeper.skill import build_store

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"record: {exc}", file=sys.stderr)
        return 2
    key = args.key or Caller(user=args.user).user_id
    record = build_store(settings).load(key, consistent=True)
    if not record.version:
        print(
            f"no record for {key} in {settings.table_name or settings.local_store_path}",
            file=sys.stderr,
        )
        return 1
    document: dict[str, Any] = {
        "key": key,
        "store": settings.table_name or settings.local_store_path,
        "version": record.version,
        "createdAt": record.created_at,
        "updatedAt": record.updated_at,
        "writeIds": list(record.write_ids),
        "attributes": record.attributes,
    }
    try:
        print(json.dumps(document, indent=2, default=str, ensure_ascii=False))
        sys.stdout.flush()
    except BrokenPipeError:  # `make record | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
