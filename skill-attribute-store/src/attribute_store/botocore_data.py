"""botocore's data loader, told that DynamoDB is the service this process builds clients for.

Building a client costs two things this store does not need, together most of a cold client:

- botocore opens each of its some 400 service directories to check that the one asked for has a
  model: `list_available_services` here lists the directories only;
- it parses `endpoints.json` (1.2 MB, about 27 ms and 8 MB), the legacy endpoint data of every
  service, for one lookup: DynamoDB's region, which the endpoint rules
  (`endpoint-rule-set-1.json`, loaded from the runtime's own botocore as always) then turn into
  the URL and the signing scope.

`DynamoDbOnlyLoader` answers the second with `endpoints_dynamodb.json`: botocore's
`endpoints.json` with every partition kept whole but its services cut down to DynamoDB
(`endpoints_slice`), taken from the pinned botocore. It hands botocore that slice only where
botocore would have read its own bundled file (a customer file in `~/.aws/models` or
`AWS_DATA_PATH` is read as botocore reads it), and only on a botocore no newer than the slice's:
a newer one may know regions the slice does not, so it reads its own file. Other services' clients
built on the same session (the credential chain's STS and SSO) work as usual.
The project's tests prove, on the pinned botocore and on 1.35, that every region
resolves to the same URL, signing scope, partition and endpoint as with botocore's own data.

The slice is regenerated from the pinned botocore with every release (`make endpoints-slice` in
the project that builds this package).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import botocore
import botocore.loaders

__all__ = [
    "SERVICE",
    "SLICE_PATH",
    "SOURCE_KEY",
    "DynamoDbOnlyLoader",
    "create_loader",
    "endpoints_slice",
]

SERVICE = "dynamodb"
SLICE_PATH = Path(__file__).with_name("endpoints_dynamodb.json")
SOURCE_KEY = "botocoreVersion"  # in the slice: the botocore whose endpoints.json it was cut from


def endpoints_slice(endpoints: dict[str, Any], source_version: str) -> dict[str, Any]:
    """`endpoints.json` with each partition's services cut down to DynamoDB's entry, marked with
    the botocore version it came from."""
    return {
        **endpoints,
        SOURCE_KEY: source_version,
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
    """A `botocore.loaders.Loader` for a process whose own clients are DynamoDB's."""

    def list_available_services(self, type_name: str) -> list[str]:
        """The service directories on the search paths, not opened: botocore's own listing
        checks each for a `type_name` model (16 ms of a cold start). A directory without one is
        listed; loading that model then fails with DataNotFoundError, not UnknownServiceError."""
        services: set[str] = set()
        for directory in self.search_paths:
            if os.path.isdir(directory):
                with os.scandir(directory) as entries:
                    services.update(entry.name for entry in entries if entry.is_dir())
        return sorted(services)

    def load_data_with_path(self, name: str) -> tuple[Any, str]:
        if name == "endpoints":
            path = self._first_endpoints_path()
            if path is not None and self.is_builtin_path(path):
                endpoints = json.loads(SLICE_PATH.read_text(encoding="utf-8"))
                if _version(botocore.__version__) <= _version(endpoints.pop(SOURCE_KEY)):
                    return endpoints, path
        found: tuple[Any, str] = super().load_data_with_path(name)
        return found

    def _first_endpoints_path(self) -> str | None:
        """Where botocore would read `endpoints` from: the first search path holding it."""
        for directory in self.search_paths:
            path = os.path.join(directory, "endpoints")
            if os.path.isfile(path + ".json") or os.path.isfile(path + ".json.gz"):
                return path
        return None


def create_loader(data_path: str | None) -> DynamoDbOnlyLoader:
    """As `botocore.loaders.create_loader` builds a session's loader from `AWS_DATA_PATH`."""
    if data_path is None:
        return DynamoDbOnlyLoader()
    extra = [os.path.expanduser(os.path.expandvars(path)) for path in data_path.split(os.pathsep)]
    return DynamoDbOnlyLoader(extra_search_paths=extra)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())
