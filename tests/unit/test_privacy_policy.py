"""PRIVACY.md states the retention the code and the template actually have."""

from __future__ import annotations

from memory_keeper.notebook import (
    FORGOTTEN_KEPT,
    MAX_DEVICES,
    MAX_ITEMS,
    MAX_UNDO,
    MAX_VERSIONS,
    PENDING_TTL,
    ZONE_RECHECK,
)
from memory_keeper.settings import Settings
from tests.support.cfn import ROOT, load_template

POLICY = (ROOT / "PRIVACY.md").read_text()
PARAMETERS = load_template()["Parameters"]


def test_the_notebook_limits_are_the_ones_stated() -> None:
    assert f"the last {MAX_VERSIONS} places per item, at most {MAX_ITEMS} items" in POLICY
    assert f"your last {MAX_UNDO} changes" in POLICY
    assert f"for {int(PENDING_TTL.total_seconds() // 3600)} hours" in POLICY
    assert f"for at most {MAX_DEVICES} devices" in POLICY
    assert ZONE_RECHECK.total_seconds() == 86_400 and "It asks again after a day" in POLICY


def test_every_retention_period_is_the_one_stated() -> None:
    assert f'kept {FORGOTTEN_KEPT.days} days so "undo" can bring it back' in POLICY
    assert f"deletes after {Settings().erased_record_ttl_days} days" in POLICY
    backups = PARAMETERS["BackupRecoveryDays"]
    assert f"for {backups['Default']} days by default" in POLICY
    assert f"`BackupRecoveryDays`, {backups['MinValue']}\u2013{backups['MaxValue']}" in POLICY
    assert f"{PARAMETERS['LogRetentionDays']['Default']} days by default (`LogRetentionDays`)" in (
        POLICY
    )


def test_the_policy_names_every_way_to_erase() -> None:
    for phrase in ("forget my keys completely", "forget everything", "Disable the skill"):
        assert phrase in POLICY
