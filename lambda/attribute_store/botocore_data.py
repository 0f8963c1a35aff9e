"""botocore's data loader, told that DynamoDB is the one service this process will ask it for.

Building a client costs two things this store does not need, together most of a cold client:

- botocore lists every service it knows (some 400 directories) to check that the one asked for
  exists;
- it parses `endpoints.json` (1.2 MB, about 27 ms), the legacy endpoint data of every service, for
  one lookup: DynamoDB's region, which the endpoint rules (`endpoint-rule-set-1.json`, loaded
  from the runtime's own botocore as always) then turn into the URL and the signing scope.

`DynamoDbOnlyLoader` answers the first with DynamoDB alone, and the second with
`endpoints_dynamodb.json`: botocore's `endpoints.json` with every partition kept whole but its
services cut down to DynamoDB (`endpoints_slice`). It hands botocore that slice only where
botocore would have read its own bundled file; a customer file (`~/.aws/models`,
`AWS_DATA_PATH`) is read as botocore reads it. `tests/unit/test_botocore_data.py` proves, on the
pinned botocore and on 1.35, that every region resolves to the same URL and signing scope as a
stock client does, and that the shipped slice is the pinned botocore's own.

Regenerate the slice after upgrading botocore: `make endpoints-slice`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import botocore.loaders

__all__ = ["SERVICE", "SLICE_PATH", "DynamoDbOnlyLoader", "endpoints_slice"]

SERVICE = "dynamodb"
SLICE_PATH = Path(__file__).with_name("endpoints_dynamodb.json")


def endpoints_slice(endpoints: dict[str, Any]) -> dict[str, Any]:
    """`endpoints.json` with each partition's services cut down to DynamoDB's entry."""
    return {
        **endpoints,
        "partitions": [
            {
                **partition,
                "services": {
                    name: service
                    for name, service in partition.get("services", {}).items()
                    if name == SERVICE
                },
            }
            for partition in endpoints["partitions"]
        ],
    }


class DynamoDbOnlyLoader(botocore.loaders.Loader):
    """A `botocore.loaders.Loader` for a process that builds DynamoDB clients only."""

    def list_available_services(self, type_name: str) -> list[str]:
        return [SERVICE]

    def load_data_with_path(self, name: str) -> tuple[Any, str]:
        if name == "endpoints":
            path = self._first_endpoints_path()
            if path is not None and self.is_builtin_path(path):
                return json.loads(SLICE_PATH.read_text(encoding="utf-8")), path
        found: tuple[Any, str] = super().load_data_with_path(name)
        return found

    def _first_endpoints_path(self) -> str | None:
        """Where botocore would read `endpoints` from: the first search path holding it."""
        for directory in self.search_paths:
            path = os.path.join(os.path.expanduser(directory), "endpoints")
            if os.path.isfile(path + ".json") or os.path.isfile(path + ".json.gz"):
                return path
        return None
