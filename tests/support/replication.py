"""A stand-in for DynamoDB global tables' replication between two (or more) replicas, each a
table on a real DynamoDB-API server: `replicate()` copies items between them and resolves
conflicts as multi-Region eventual consistency does, last writer wins, item by item.

DynamoDB orders writes by a private internal timestamp; here the item's own write time stands in
for it (`updatedAt`, milliseconds, then the newest write id to break a tie). Between two calls of
`replicate()` the replicas diverge exactly as regions do within the replication delay: each one
accepts conditional writes checked against its own copy only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Lost", "Replica", "Replication", "ReplicationReport"]


@dataclass(frozen=True)
class Replica:
    """One region's copy: a botocore DynamoDB client and the table's name on it."""

    region: str
    client: Any
    table: str


@dataclass(frozen=True)
class Lost:
    """A write that was in a replica and lost last-writer-wins to another region's."""

    key: str
    region: str
    version: int
    write_id: str
    replaced_by: str  # the winning region
    replaced_by_version: int


@dataclass
class ReplicationReport:
    keys: int = 0
    copied: int = 0  # items written into a replica that lacked them or held an older one
    conflicts: int = 0  # keys whose replicas held different writes made since the last round
    lost: list[Lost] = field(default_factory=list)


class Replication:
    def __init__(self, replicas: list[Replica], key_name: str = "userId") -> None:
        self.replicas = replicas
        self.key_name = key_name
        # The write each key had everywhere after the last round: what both sides started from.
        self._settled: dict[str, str] = {}

    def replicate(self) -> ReplicationReport:
        """One round: every replica ends with the last writer's item of every key."""
        report = ReplicationReport()
        items = {replica.region: self._scan(replica) for replica in self.replicas}
        keys = sorted({key for found in items.values() for key in found})
        report.keys = len(keys)
        for key in keys:
            held = {region: found[key] for region, found in items.items() if key in found}
            winner_region, winner = max(held.items(), key=lambda entry: _write_order(entry[1]))
            winner_id = _write_id(winner)
            changed = {
                region: item
                for region, item in held.items()
                if _write_id(item) != self._settled.get(key)
            }
            if len({_write_id(item) for item in changed.values()}) > 1:
                report.conflicts += 1
                kept = set(_write_ids(winner))
                for region, item in changed.items():
                    version = int(item["version"]["N"])
                    # This replica's writes since the last round, newest first; those the
                    # winner's history lacks are gone.
                    for age, write_id in enumerate(_write_ids(item)):
                        if write_id == self._settled.get(key):
                            break
                        if write_id not in kept:
                            winner_version = int(winner["version"]["N"])
                            report.lost.append(
                                Lost(
                                    key,
                                    region,
                                    version - age,
                                    write_id,
                                    winner_region,
                                    winner_version,
                                )
                            )
            for replica in self.replicas:
                if _write_id(held.get(replica.region, {})) != winner_id:
                    replica.client.put_item(TableName=replica.table, Item=winner)
                    report.copied += 1
            self._settled[key] = winner_id
        return report

    def _scan(self, replica: Replica) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        request: dict[str, Any] = {"TableName": replica.table, "ConsistentRead": True}
        while True:
            page = replica.client.scan(**request)
            for item in page.get("Items", []):
                found[item[self.key_name]["S"]] = item
            if "LastEvaluatedKey" not in page:
                return found
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _write_ids(item: dict[str, Any]) -> list[str]:
    return [entry["S"] for entry in item.get("writeIds", {}).get("L", [])]


def _write_id(item: dict[str, Any]) -> str:
    ids = _write_ids(item)
    return ids[0] if ids else ""


def _write_order(item: dict[str, Any]) -> tuple[str, str]:
    return (item.get("updatedAt", {}).get("S", ""), _write_id(item))
