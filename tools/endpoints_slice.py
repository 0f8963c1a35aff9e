"""`make endpoints-slice`: rewrite `lambda/attribute_store/endpoints_dynamodb.json`
from the installed botocore's `endpoints.json` (run it after upgrading botocore; a unit test
fails until the shipped slice matches the pinned botocore's data).

`--check` only compares, and exits 1 when the slice is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import botocore
import botocore.loaders

from attribute_store.botocore_data import SLICE_PATH, endpoints_slice

__all__ = ["main", "render"]


def render() -> str:
    """The slice of the installed botocore's bundled endpoint data, as the file holds it."""
    loader = botocore.loaders.Loader(include_default_search_paths=False)
    source = Path(loader.BUILTIN_DATA_PATH, "endpoints.json")
    endpoints = json.loads(source.read_text(encoding="utf-8"))
    sliced = endpoints_slice(endpoints, botocore.__version__)
    return json.dumps(sliced, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only")
    args = parser.parse_args(argv)
    wanted = render()
    if args.check:
        current = SLICE_PATH.read_text(encoding="utf-8") if SLICE_PATH.exists() else ""
        if current != wanted:
            print(f"{SLICE_PATH} is out of date: make endpoints-slice", file=sys.stderr)
            return 1
        return 0
    SLICE_PATH.write_text(wanted, encoding="utf-8")
    print(f"wrote {SLICE_PATH} ({len(wanted)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
