"""template.yaml in every Alexa endpoint region, with and without a global table: what each
region's stack creates, and that each region's role reaches that region's replica only."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from tests.deploy.test_template import (
    CFN_LINT,
    DAX,
    SKILL_ID,
    _list,
    of_type,
    role_statements,
)
from tests.support.cfn import PSEUDO, ROOT, effective, load_template, refusals, transform

REGIONS = ("us-east-1", "eu-west-1", "us-west-2")
HOME = REGIONS[0]
ALL_THREE = ",".join(REGIONS)
GLOBAL_NAME = f"{PSEUDO['AWS::StackName']}-notes"
WITH_REPLICAS = {"SkillId": SKILL_ID, "ReplicaRegions": ALL_THREE}
WITHOUT_REPLICAS = {"SkillId": SKILL_ID}


def stack_in(region: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return effective(transform(parameters), parameters, region)


def replica_arn(region: str, name: str = GLOBAL_NAME) -> str:
    return f"arn:aws:dynamodb:{region}:{PSEUDO['AWS::AccountId']}:table/{name}"


def tables(deployed: dict[str, Any]) -> dict[str, Any]:
    return {
        **of_type(deployed, "AWS::DynamoDB::Table"),
        **of_type(deployed, "AWS::DynamoDB::GlobalTable"),
    }


def every_resource_of_the_role(deployed: dict[str, Any]) -> list[str]:
    return [
        resource
        for statements in role_statements(deployed).values()
        for statement in statements
        for resource in _list(statement["Resource"])
    ]


def test_cfn_lint_is_clean_in_every_alexa_region() -> None:
    """cfn-lint evaluates every combination of the template's conditions: with and without
    replicas, home region or not."""
    result = subprocess.run(
        [CFN_LINT, "--regions", *REGIONS, "--", str(ROOT / "template.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("region", REGIONS)
def test_without_replicas_each_region_has_its_own_regional_table(region: str) -> None:
    deployed = stack_in(region, WITHOUT_REPLICAS)
    (table,) = tables(deployed).values()
    assert table["Type"] == "AWS::DynamoDB::Table"
    (dynamodb,) = role_statements(deployed)["DynamoDbAccess"]
    assert dynamodb["Resource"] == "<MemoryKeeperTable.Arn>"
    assert "ReplicationLatencyAlarm" not in deployed["Resources"]


def test_the_home_region_creates_the_global_table_with_a_replica_in_every_region() -> None:
    deployed = stack_in(HOME, WITH_REPLICAS)
    assert "MemoryKeeperTable" not in deployed["Resources"]
    table = deployed["Resources"]["MemoryKeeperGlobalTable"]
    assert table["Type"] == "AWS::DynamoDB::GlobalTable"
    assert (table["DeletionPolicy"], table["UpdateReplacePolicy"]) == ("Retain", "Retain")
    properties = table["Properties"]
    assert properties["TableName"] == GLOBAL_NAME
    assert properties["KeySchema"] == [{"AttributeName": "userId", "KeyType": "HASH"}]
    assert properties["AttributeDefinitions"] == [{"AttributeName": "userId", "AttributeType": "S"}]
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert properties["TimeToLiveSpecification"] == {"AttributeName": "expiresAt", "Enabled": True}
    assert properties["SSESpecification"] == {"SSEEnabled": True}
    assert properties["StreamSpecification"] == {"StreamViewType": "NEW_AND_OLD_IMAGES"}
    assert "MultiRegionConsistency" not in properties  # MREC, the default: docs/regions.md
    replicas = {replica["Region"]: replica for replica in properties["Replicas"]}
    assert set(replicas) == set(REGIONS)
    for replica in replicas.values():
        assert replica["PointInTimeRecoverySpecification"] == {
            "PointInTimeRecoveryEnabled": True,
            "RecoveryPeriodInDays": 7,
        }


def test_every_replica_keeps_the_backup_period_asked_for() -> None:
    parameters = {**WITH_REPLICAS, "BackupRecoveryDays": 3}
    properties = stack_in(HOME, parameters)["Resources"]["MemoryKeeperGlobalTable"]["Properties"]
    periods = {
        replica["Region"]: replica["PointInTimeRecoverySpecification"]["RecoveryPeriodInDays"]
        for replica in properties["Replicas"]
    }
    assert periods == dict.fromkeys(REGIONS, 3)


@pytest.mark.parametrize(
    ("replica_regions", "home"),
    [("us-east-1", "us-east-1"), ("eu-west-1,us-west-2", "eu-west-1"), ("us-west-2", "us-west-2")],
)
def test_the_home_is_the_first_region_named_and_only_named_regions_get_replicas(
    replica_regions: str, home: str
) -> None:
    parameters = {"SkillId": SKILL_ID, "ReplicaRegions": replica_regions}
    for region in replica_regions.split(","):
        deployed = stack_in(region, parameters)
        created = tables(deployed)
        if region != home:
            assert not created
            continue
        (table,) = created.values()
        regions = [replica["Region"] for replica in table["Properties"]["Replicas"]]
        assert sorted(regions) == sorted(replica_regions.split(","))


@pytest.mark.parametrize("region", REGIONS[1:])
def test_the_other_regions_create_no_table_and_use_their_replica_by_name(region: str) -> None:
    deployed = stack_in(region, WITH_REPLICAS)
    assert not tables(deployed)
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    assert function["Properties"]["Environment"]["Variables"]["TABLE_NAME"] == GLOBAL_NAME
    home_table = stack_in(HOME, WITH_REPLICAS)["Resources"]["MemoryKeeperGlobalTable"]
    assert home_table["Properties"]["TableName"] == GLOBAL_NAME  # the same table, by name
    assert deployed["Outputs"]["TableName"]["Value"] == GLOBAL_NAME
    assert deployed["Outputs"]["TableArn"]["Value"] == replica_arn(region)


@pytest.mark.parametrize("region", REGIONS)
def test_each_regions_role_may_get_and_put_on_its_own_replica_only(region: str) -> None:
    deployed = stack_in(region, WITH_REPLICAS)
    statements = role_statements(deployed)
    assert set(statements) == {"Logs", "DynamoDbAccess"}
    (dynamodb,) = statements["DynamoDbAccess"]
    assert sorted(_list(dynamodb["Action"])) == ["dynamodb:GetItem", "dynamodb:PutItem"]
    assert dynamodb["Resource"] == replica_arn(region)
    others = [other for other in REGIONS if other != region]
    for resource in every_resource_of_the_role(deployed):
        assert not any(f":{other}:" in resource for other in others), resource
        assert "*" not in resource
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    variables = function["Properties"]["Environment"]["Variables"]
    assert dynamodb["Resource"].endswith(f":table/{variables['TABLE_NAME']}")


@pytest.mark.parametrize("region", REGIONS)
def test_the_iam_document_is_each_regions_policy_with_that_region_filled_in(region: str) -> None:
    deployed = stack_in(region, WITH_REPLICAS)
    document = (ROOT / "iam" / "skill-dynamodb-policy.json").read_text(encoding="utf-8")
    filled = (
        document.replace("REGION", region)
        .replace("ACCOUNT_ID", PSEUDO["AWS::AccountId"])
        .replace("TABLE_NAME", GLOBAL_NAME)
    )
    assert json.loads(filled)["Statement"] == role_statements(deployed)["DynamoDbAccess"]


@pytest.mark.parametrize("region", REGIONS)
def test_dax_stays_as_it_was_next_to_a_replica(region: str) -> None:
    dax = {**DAX, "DaxClusterArn": f"arn:aws:dax:{region}:123456789012:cache/memory-keeper"}
    deployed = stack_in(region, {**WITH_REPLICAS, **dax})
    statements = role_statements(deployed)
    assert set(statements) == {"Logs", "DynamoDbAccess", "DaxAccess"}
    dax_statement = next(s for s in statements["DaxAccess"] if s["Sid"] == "ReadAndWriteThroughDax")
    assert dax_statement["Resource"] == dax["DaxClusterArn"]
    (dynamodb,) = statements["DynamoDbAccess"]
    assert dynamodb["Resource"] == replica_arn(region)


@pytest.mark.parametrize("region", REGIONS)
def test_each_region_watches_its_replica_and_its_replication(region: str) -> None:
    deployed = stack_in(region, WITH_REPLICAS)
    alarms = of_type(deployed, "AWS::CloudWatch::Alarm")
    throttles = alarms["TableThrottlesAlarm"]["Properties"]["Metrics"]
    watched_tables = {
        d["Value"]
        for m in throttles
        if "MetricStat" in m
        for d in m["MetricStat"]["Metric"]["Dimensions"]
        if d["Name"] == "TableName"
    }
    assert watched_tables == {GLOBAL_NAME}
    latency = alarms["ReplicationLatencyAlarm"]["Properties"]
    receiving = {
        d["Value"]
        for m in latency["Metrics"]
        if "MetricStat" in m
        for d in m["MetricStat"]["Metric"]["Dimensions"]
        if d["Name"] == "ReceivingRegion"
    }
    assert receiving == set(REGIONS)
    assert latency["Threshold"] == 60000
    assert latency["AlarmActions"] == ["<Ref AlarmTopic>"]


def test_rules_accept_the_three_alexa_regions_in_each_of_them() -> None:
    template = load_template()
    for region in REGIONS:
        assert refusals(template, WITH_REPLICAS, region) == []
        assert refusals(template, WITHOUT_REPLICAS, region) == []


@pytest.mark.parametrize(
    ("parameters", "region", "refused_for"),
    [
        ({"ReplicaRegions": "us-east-1,eu-west-1"}, "us-west-2", "This stack's region"),
        ({"ReplicaRegions": "us-east-1,eu-central-1"}, "us-east-1", "Alexa endpoint regions"),
        ({"ReplicaRegions": ALL_THREE, "ExistingTableName": "my-notes"}, HOME, "ExistingTable"),
        ({"ReplicaRegions": ALL_THREE, "TableBillingMode": "PROVISIONED"}, HOME, "on-demand"),
    ],
)
def test_rules_refuse_a_global_table_that_cannot_work(
    parameters: dict[str, Any], region: str, refused_for: str
) -> None:
    failed = refusals(load_template(), {"SkillId": SKILL_ID, **parameters}, region)
    assert len(failed) == 1 and refused_for in failed[0], failed
