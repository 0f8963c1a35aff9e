"""`make record USER=alice`: print a user's record, decoded, from the store `make chat` uses: the
settings' store (the SQLite file LOCAL_STORE_PATH, unless TABLE_NAME is set); `make record
STORE=dynamodb`: from the local DynamoDB `make chat STORE=dynamodb` writes to (its server if a chat
is running, else the same server over the same data folder).

Records over 1 KB are stored compressed, so the DynamoDB console shows only bytes; this shows
what the skill sees. Uses GetItem only (a strongly consistent read).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import ExitStack
from typing import Any

from tools.envelopes import Caller
from tools.local_app import local_dynamodb, logs_to_stderr, where_the_notes_are

__all__ = ["main"]

PROG = "record"
STORES = ("sqlite", "dynamodb")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", default="local-user", help="as in make chat USER=...")
    parser.add_argument("--key", help="the raw record key (a userId), instead of --user")
    parser.add_argument(
        "--store",
        default="sqlite",
        help="as make chat STORE=...: sqlite, the store the settings name (the SQLite file "
        "LOCAL_STORE_PATH, unless TABLE_NAME is set); dynamodb, the local DynamoDB of make chat "
        "STORE=dynamodb",
    )
    args = parser.parse_args(argv)
    if args.store not in STORES:
        print(
            f"{PROG}: STORE (--store) {args.store!r} is not a store; use sqlite (the default) or "
            "dynamodb (a local DynamoDB)",
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("ALLOW_ANY_SKILL_ID", "true")  # a local tool, as chat and invoke
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    with ExitStack() as stack:
        if args.store == "dynamodb":
            stack.enter_context(local_dynamodb(PROG, share=True, create_table=False))
        return _print(args.key or Caller(user=args.user).user_id)


def _print(key: str) -> int:
    from attribute_store import StoreError
    from memory_keeper.settings import Settings, SettingsError
    from memory_keeper.skill import build_store

    logs_to_stderr()  # stdout holds the record only

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    try:
        record = build_store(settings).load(key, consistent=True)
    except StoreError as exc:
        print(f"{PROG}: cannot read the store: {exc}", file=sys.stderr)
        return 2
    if not record.version:
        print(
            f"no record for {key} in {where_the_notes_are(settings)}",
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
