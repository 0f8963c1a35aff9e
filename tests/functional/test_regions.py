"""One user's writes reaching two regions of a global table (docs/regions.md): two tables on the
test's DynamoDB-API server stand for two regions' replicas, `Replication` copies between them
with last-writer-wins, and the skill in the region whose acknowledged save was lost finds out at
its next load from the write ids, logs it, counts it and tells the user."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from attribute_store import Record, StorePersistenceAdapter, WriteReceipt, fate_of
from attribute_store.dynamodb import DynamoDbConfig, DynamoDbStore, create_table_if_missing
from memory_keeper import skill as skill_module
from memory_keeper.skill import LambdaHandler
from tests.support.dialog import Dialog
from tests.support.dynamodb import DynamoDbServer
from tests.support.replication import Replica, Replication
from tools.settings_api import SettingsApi

HOME, AWAY = "us-east-1", "eu-west-1"
_tables = itertools.count()
Factory = Callable[..., LambdaHandler]


# --- the verdict, on records alone ---------------------------------------------------------------


def receipt(version: int, write_id: str = "ours") -> WriteReceipt:
    return WriteReceipt(write_id, version)


@pytest.mark.parametrize(
    ("record", "fate"),
    [
        (Record(version=3, write_ids=("ours", "b", "a")), "kept"),
        (Record(version=5, write_ids=("d", "c", "ours", "b", "a")), "kept"),  # saved on top
        (Record(version=3, write_ids=("theirs", "b", "a")), "lost"),  # same version, other write
        (Record(version=2, write_ids=("b", "a")), "lost"),  # older than ours: not our history
        (Record(version=4, write_ids=("d", "theirs", "b", "a")), "lost"),  # and saved on top
        (Record(version=5, write_ids=("tombstone",)), "unknown"),  # erased since: can't tell
        (Record(version=11, write_ids=tuple("abcdefgh")), "unknown"),  # 8 saves since
        (Record(version=10, write_ids=tuple("abcdefgh")), "lost"),  # 7 since: ours would show
    ],
)
def test_the_fate_of_an_acknowledged_save_from_the_write_ids(record: Record, fate: str) -> None:
    assert fate_of(receipt(3), record) == fate


def test_a_stale_read_judges_no_save() -> None:
    # read eventually consistently (DAX): an older record may not have caught up yet
    stale = Record(version=2, write_ids=("b", "a"))
    assert fate_of(receipt(3), stale, consistent=False) == "stale"
    assert fate_of(receipt(3), Record(version=3, write_ids=("theirs", "b")), consistent=False) == (
        "lost"
    )


def test_a_save_acknowledged_while_a_read_was_on_its_way_is_not_judged_by_it(
    region_configs: dict[str, DynamoDbConfig],
) -> None:
    """Two threads of one process (two devices of a user): one reads, the other saves and is
    acknowledged before the read returns the older record. That save was not lost."""
    store = DynamoDbStore.connect(region_configs[HOME])
    adapter = StorePersistenceAdapter(store, lambda envelope: str(envelope))
    first = store.save("u1", {"notes": {"a": 1}}, 0)
    loading = store.load

    def load_while_another_saves(key: str, *, consistent: bool = False) -> Record:
        record = loading(key, consistent=consistent)  # version 1, read before the save below
        newer = store.save(
            key, {"notes": {"a": 2}}, record.version, previous_writes=first.write_ids
        )
        saved = WriteReceipt.of(newer, ("my keys",))
        assert saved is not None
        adapter.watch(key, [saved])  # acknowledged while the read was on its way back
        return record

    store.load = load_while_another_saves  # type: ignore[method-assign]
    assert adapter.get_attributes("u1").lost == ()
    store.load = loading  # type: ignore[method-assign]
    assert [r.version for r in adapter.watching("u1")] == [2]  # still watched, judged next time
    assert adapter.get_attributes("u1").lost == ()


def test_a_receipt_travels_in_a_session_and_back() -> None:
    written = WriteReceipt("0123456789abcdef", 7, "2026-11-02T09:00:00.000Z", ("my keys",))
    assert WriteReceipt.from_dict(written.to_dict()) == written
    erased = WriteReceipt.of(Record({}, 8, None, "2026-11-02T09:01:00.000Z", ("fedcba98",)))
    assert erased is not None and erased.erased
    assert WriteReceipt.of(Record({"notes": {}}, 8)) is None  # a backend without write ids


# --- two regions on the test's DynamoDB-API server ---------------------------------------------


@pytest.fixture
def region_configs(dynamodb_server: DynamoDbServer) -> dict[str, DynamoDbConfig]:
    number = next(_tables)
    configs = {
        region: DynamoDbConfig(
            table_name=f"memory-keeper-{region}-{number}",
            region=region,
            endpoint_url=dynamodb_server.url,
        )
        for region in (HOME, AWAY)
    }
    for config in configs.values():
        create_table_if_missing(config)
    return configs


@pytest.fixture
def replication(region_configs: dict[str, DynamoDbConfig]) -> Replication:
    replicas = []
    for region, config in region_configs.items():
        table = DynamoDbStore.connect(config).table
        replicas.append(Replica(region, table.client, config.table_name))  # type: ignore[attr-defined]
    return Replication(replicas)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    monkeypatch.setattr(skill_module, "count", names.append)
    return names


@pytest.fixture
def instance(
    make_handler: Factory, region_configs: dict[str, DynamoDbConfig], counted: list[str]
) -> Callable[[str], LambdaHandler]:
    """A new instance of the function in a region (its own process memory), on that replica."""

    def start(region: str) -> LambdaHandler:
        return make_handler(DynamoDbStore.connect(region_configs[region]), region=region)

    return start


@pytest.fixture
def lost_logs() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage() == "acknowledged write lost":
                records.append(record)

    logger = logging.getLogger("attribute_store.adapter")
    handler = Keep()
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


def test_a_session_tells_the_user_what_another_regions_write_replaced(
    instance: Callable[[str], LambdaHandler],
    replication: Replication,
    settings_api: SettingsApi,
    counted: list[str],
    lost_logs: list[logging.LogRecord],
) -> None:
    kitchen = Dialog(instance(HOME), settings_api=settings_api)
    kitchen.run("""
        user: open memory keeper
        user: my keys are on the hook
        alexa: Got it
    """)
    assert replication.replicate().lost == []
    # The same user's request reaches the other region (a failover, another Alexa region) while
    # the session in the home region saves too: both conditions pass, each on its own replica.
    kitchen.run("""
        user: my wallet is on the table
        alexa: Got it
    """)
    away = Dialog(instance(AWAY), user=kitchen.user, settings_api=settings_api)
    away.now = kitchen.now
    away.run("""
        user: tell memory keeper my passport is in the drawer
        alexa: Got it
    """)
    report = replication.replicate()
    (lost,) = report.lost
    assert (lost.region, lost.replaced_by, lost.version) == (HOME, AWAY, 2)
    assert report.conflicts == 1
    # The session's next turn reaches another instance in the home region: the receipt the
    # session carried shows the save lost.
    kitchen.chat.handler = instance(HOME)
    kitchen.run("""
        user: where is my keys
        alexa: Sorry, I lost what you told me about your wallet just now
        alexa: another change to your notes arrived at the same time and replaced it.
        alexa: Please tell me again.
        alexa: Your keys are on the hook
        alexa keeps the session open
        user: where is my wallet
        alexa: I don't know where your wallet is
    """)
    assert "Sorry" not in kitchen.last.text  # said once
    assert counted.count("PersistenceLostWrite") == 1
    (logged,) = lost_logs
    assert logged.__dict__["region"] == HOME
    assert logged.__dict__["write"] == lost.write_id
    assert (logged.__dict__["version"], logged.__dict__["found_version"]) == (2, 2)
    assert "wallet" not in str(logged.__dict__)  # never what the user said


def test_a_warm_instance_remembers_its_saves_for_the_next_session(
    instance: Callable[[str], LambdaHandler],
    replication: Replication,
    settings_api: SettingsApi,
    counted: list[str],
) -> None:
    home = instance(HOME)
    kitchen = Dialog(home, settings_api=settings_api)
    kitchen.run("""
        user: tell memory keeper my bike is in the shed
        alexa: Got it
        alexa ends the session
    """)
    away = Dialog(instance(AWAY), user=kitchen.user, settings_api=settings_api)
    away.run("""
        user: tell memory keeper my helmet is in the hall
        alexa: Got it
    """)
    (lost,) = replication.replicate().lost
    assert lost.region == HOME
    kitchen.run("""
        --- 2 hours later
        user: ask memory keeper where my helmet is
        alexa: Sorry, I lost what you told me about your bike
        alexa: Your helmet is in the hall
    """)
    assert counted == ["PersistenceLostWrite"]


def test_nothing_is_said_when_the_write_survived_or_was_built_upon(
    instance: Callable[[str], LambdaHandler],
    replication: Replication,
    settings_api: SettingsApi,
    counted: list[str],
) -> None:
    kitchen = Dialog(instance(HOME), settings_api=settings_api)
    kitchen.run("""
        user: open memory keeper
        user: my keys are on the hook
    """)
    replication.replicate()
    away = Dialog(instance(AWAY), user=kitchen.user, settings_api=settings_api)
    away.run("user: tell memory keeper my passport is in the drawer")  # read ours: built upon it
    assert replication.replicate().lost == []
    kitchen.chat.handler = instance(HOME)
    kitchen.run("""
        user: where are my keys
        alexa: Your keys are on the hook
    """)
    assert "Sorry" not in kitchen.last.text
    assert "PersistenceLostWrite" not in counted


def test_a_lost_forget_everything_is_told_when_the_notes_came_back(
    instance: Callable[[str], LambdaHandler],
    replication: Replication,
    settings_api: SettingsApi,
) -> None:
    kitchen = Dialog(instance(HOME), settings_api=settings_api)
    kitchen.run("""
        user: open memory keeper
        user: my keys are on the hook
    """)
    replication.replicate()
    kitchen.run("""
        user: forget everything
        user: yes
    """)
    away = Dialog(instance(AWAY), user=kitchen.user, settings_api=settings_api)
    away.run("user: tell memory keeper my passport is in the drawer")
    (lost,) = replication.replicate().lost
    assert lost.region == HOME
    kitchen.chat.handler = instance(HOME)
    kitchen.run("""
        user: what do you remember
        alexa: Sorry, when you asked me to forget everything just now
        alexa: your notes are back
    """)


def test_the_adapter_watches_receipts_handed_to_it_and_reports_each_once(
    region_configs: dict[str, DynamoDbConfig],
) -> None:
    store = DynamoDbStore.connect(region_configs[HOME])
    counted: list[str] = []
    adapter = StorePersistenceAdapter(store, lambda envelope: str(envelope), count=counted.append)
    saved = store.save("u1", {"notes": {"a": 1}}, 0)
    theirs = store.save("u2", {"notes": {"b": 1}}, 0)
    ours = WriteReceipt.of(saved, ("my keys",))
    assert ours is not None and theirs.write_ids
    adapter.watch("u1", [ours])
    assert adapter.get_attributes("u1").lost == ()
    assert adapter.watching("u1") == (ours,)  # still held: still watched
    # Another region's item of the same version replaces ours.
    item: dict[str, Any] = {"notes": {"c": 1}}
    store.erase("u1")
    store.save("u1", item, 2)  # history restarted by the erase: version 3, not ours
    adapter.watch("u1", [WriteReceipt(ours.write_id, 3, ours.at, ours.about)])
    loaded = adapter.get_attributes("u1")
    assert [r.write_id for r in loaded.lost] == [ours.write_id]
    assert counted == ["PersistenceLostWrite"]
    assert adapter.get_attributes("u1").lost == ()  # reported once
    assert adapter.watching("u1") == ()


def test_the_notice_in_german(
    instance: Callable[[str], LambdaHandler], replication: Replication, settings_api: SettingsApi
) -> None:
    kitchen = Dialog(instance(HOME), settings_api=settings_api, locale="de-DE")
    kitchen.run("""
        user: öffne memory keeper
        user: mein Pass ist in der Schublade
    """)
    away = Dialog(instance(AWAY), user=kitchen.user, settings_api=settings_api, locale="de-DE")
    away.run("user: sag memory keeper meine Schlüssel sind am Haken")
    (lost,) = replication.replicate().lost
    assert lost.region == HOME
    kitchen.chat.handler = instance(HOME)
    kitchen.run("""
        user: wo sind meine Schlüssel
        alexa: Entschuldige: Was du mir gerade eben gesagt hast, ist verloren gegangen
        alexa: Es ging um: dein Pass. Bitte sag es mir noch einmal.
        alexa: Deine Schlüssel findest du am Haken
    """)
