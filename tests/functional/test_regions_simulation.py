"""The consistency argument of docs/regions.md, simulated: two DynamoDB Local servers (AWS's own
emulator) are two regions' replicas of one table, `Replication` copies between them with
last-writer-wins after every round (the replication delay), and users save through the store's
ASK adapter in one or both regions. Each scenario prints what was acknowledged, what the
replication lost, and what the store reported at the next load.

    PYTHONPATH=lambda:. .venv/bin/pytest -s -q tests/functional/test_regions_simulation.py
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from attribute_store import StorePersistenceAdapter
from attribute_store.dynamodb import DynamoDbConfig, DynamoDbStore, create_table_if_missing
from tests.support.replication import Replica, Replication
from tools.dynamodb_servers import running_dynamodb_local

REGIONS = ("us-east-1", "eu-west-1")
USERS = 12
ROUNDS = 8
_tables = iter(range(1_000))


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, str]]:
    with running_dynamodb_local() as first, running_dynamodb_local() as second:
        yield dict(zip(REGIONS, (first, second), strict=True))


@dataclass
class Figures:
    scenario: str
    acknowledged: int = 0
    conflicts: int = 0
    lost: int = 0  # acknowledged saves the replication dropped (its ground truth)
    reported: int = 0  # PersistenceLostWrite: lost saves the store found at the next load
    reported_cold: int = 0  # the same loads by new instances without the receipts

    def row(self) -> str:
        return (
            f"| {self.scenario} | {self.acknowledged} | {self.conflicts} | {self.lost} | "
            f"{self.reported} | {self.reported_cold} |"
        )


class Region:
    def __init__(self, name: str, config: DynamoDbConfig) -> None:
        self.name = name
        self.config = config
        self.counted: list[str] = []
        self.adapter = self.instance(self.counted)

    def instance(self, counted: list[str]) -> StorePersistenceAdapter:
        store = DynamoDbStore.connect(self.config)
        return StorePersistenceAdapter(store, str, count=counted.append, region=self.name)

    def save_a_note(self, user: str, note: str) -> None:
        loaded = self.adapter.get_attributes(user)
        loaded.setdefault("notes", {})[note] = self.name

        def rebase(newer: dict[str, Any]) -> dict[str, Any]:
            return {**newer, "notes": {**newer.get("notes", {}), note: self.name}}

        self.adapter.save_changes(user, loaded, rebase, about=(note,))


def simulate(
    servers: dict[str, str], scenario: str, where: Callable[[int, int], list[str]], every: int = 1
) -> Figures:
    """Every round each user saves a note in the regions `where(user, round)` names, in a random
    order; the replicas converge every `every` rounds and at the end. Then every user loads once
    in every region, by the instance that saved and by a new one."""
    number = next(_tables)
    regions = {}
    for name in REGIONS:
        config = DynamoDbConfig(
            table_name=f"memory-keeper-notes-{number}",
            region=name,
            endpoint_url=servers[name],
            # An emulator on a JVM, sharing two cores with the suite: the outcome is the point
            # here, not the latency, so no call may give up on a slow answer.
            connect_timeout=2.0,
            read_timeout=10.0,
            default_deadline_seconds=60.0,
        )
        create_table_if_missing(config)
        regions[name] = Region(name, config)
    replication = Replication(
        [
            Replica(r.name, r.adapter.store.table.client, r.config.table_name)  # type: ignore[attr-defined]
            for r in regions.values()
        ]
    )
    figures, shuffle = Figures(scenario), random.Random(number)
    for turn in range(ROUNDS):
        for user in range(USERS):
            names = where(user, turn)
            shuffle.shuffle(names)
            for name in names:
                regions[name].save_a_note(f"user-{user}", f"note-{turn}-{name}")
                figures.acknowledged += 1
        if (turn + 1) % every == 0 or turn + 1 == ROUNDS:
            report = replication.replicate()
            figures.conflicts += report.conflicts
            figures.lost += len(report.lost)
    cold_counts: list[str] = []
    for region in regions.values():
        cold = region.instance(cold_counts)
        for user in range(USERS):
            cold.get_attributes(f"user-{user}")
            region.adapter.get_attributes(f"user-{user}")
        figures.reported += region.counted.count("PersistenceLostWrite")
    figures.reported_cold = cold_counts.count("PersistenceLostWrite")
    return figures


HEADER = (
    "| scenario | acknowledged saves | conflicts | lost (replication) | reported (store) | "
    "reported by a new instance |\n| --- | --- | --- | --- | --- | --- |"
)


def test_one_region_per_user_loses_nothing(servers: dict[str, str]) -> None:
    """Alexa's routing: each user's requests go to one endpoint (half the users in each)."""
    figures = simulate(servers, "each user in one region", lambda u, t: [REGIONS[u % 2]])
    print(f"\n{HEADER}\n{figures.row()}")
    assert figures.acknowledged == USERS * ROUNDS
    assert (figures.conflicts, figures.lost, figures.reported) == (0, 0, 0)


def test_a_user_in_both_regions_within_the_replication_delay(servers: dict[str, str]) -> None:
    """Travel or failover: every round each user saves in both regions before they converge."""
    figures = simulate(servers, "each user in both regions, every round", lambda u, t: [*REGIONS])
    print(f"\n{HEADER}\n{figures.row()}")
    assert figures.acknowledged == 2 * USERS * ROUNDS
    assert figures.conflicts == USERS * ROUNDS  # every user, every round
    assert figures.lost == USERS * ROUNDS  # one of the two saves of each round
    assert figures.reported == figures.lost  # each found by the instance that acknowledged it
    assert figures.reported_cold == 0  # without the receipts, nothing is found


def test_a_region_cut_off_for_a_while(servers: dict[str, str]) -> None:
    """A failover: the replicas converge only every 4 rounds while some users' requests
    reach both regions (one user in three)."""

    def where(user: int, turn: int) -> list[str]:
        return [*REGIONS] if user % 3 == 0 else [REGIONS[user % 2]]

    figures = simulate(servers, "isolated for 4 rounds, a third of users in both", where, every=4)
    print(f"\n{HEADER}\n{figures.row()}")
    travelling = len(range(0, USERS, 3))
    assert figures.conflicts == travelling * ROUNDS // 4
    assert figures.lost == travelling * ROUNDS  # the losing side's 4 saves, each time
    assert figures.reported == figures.lost
