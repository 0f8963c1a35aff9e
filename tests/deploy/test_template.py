"""template.yaml, checked offline: cfn-lint, the SAM transform, and the effective stack per
parameter set (default, existing table, DAX, provisioned, tracing)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from attribute_store.dynamodb import TTL_ATTRIBUTE
from tests.support.cfn import PSEUDO, ROOT, effective, transform
from tests.support.processes import run_python

CFN_LINT = str(Path(sys.executable).parent / "cfn-lint")
SKILL_ID = "amzn1.ask.skill.12345678-1234-4abc-8def-1234567890ab"
DAX = {
    "DaxEndpoint": "memory-keeper.abc123.dax-clusters.us-east-1.amazonaws.com",
    "DaxClusterArn": "arn:aws:dax:us-east-1:123456789012:cache/memory-keeper",
    "SubnetIds": "subnet-0123456789abcdef0,subnet-0fedcba9876543210",
    "SecurityGroupIds": "sg-0123456789abcdef0",
}
PARAMETER_SETS: dict[str, dict[str, Any]] = {
    "default": {"SkillId": SKILL_ID},
    "existing-table": {"SkillId": SKILL_ID, "ExistingTableName": "my-notes"},
    "dax": {"SkillId": SKILL_ID, **DAX},
    "provisioned": {"SkillId": SKILL_ID, "TableBillingMode": "PROVISIONED", "ReadCapacityUnits": 3},
    "tracing": {"SkillId": SKILL_ID, "EnableTracing": "true"},
    "operations": {
        "SkillId": SKILL_ID,
        "LogLevel": "WARN",
        "BackupRecoveryDays": 3,
        "AlarmEmail": "ops@example.com",
        "EnableSnapStart": "true",
    },
    "dax-without-tls": {"SkillId": SKILL_ID, **DAX, "AllowUnencryptedDax": "true"},
}


def stack(name: str) -> dict[str, Any]:
    parameters = PARAMETER_SETS[name]
    return effective(transform(parameters), parameters)


def of_type(deployed: dict[str, Any], kind: str) -> dict[str, Any]:
    return {k: r for k, r in deployed["Resources"].items() if r["Type"] == kind}


def role_statements(deployed: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    role = deployed["Resources"]["FunctionRole"]["Properties"]
    return {p["PolicyName"]: p["PolicyDocument"]["Statement"] for p in role["Policies"]}


def actions(statements: list[dict[str, Any]]) -> set[str]:
    return {action for s in statements for action in _list(s["Action"])}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def test_cfn_lint_is_clean() -> None:
    result = subprocess.run(
        [CFN_LINT, str(ROOT / "template.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cfn_lint_catches_a_misindented_skill_id(tmp_path: Path) -> None:
    """The known trap: SkillId one level too shallow silently drops the EventSourceToken."""
    text = (ROOT / "template.yaml").read_text()
    broken = text.replace(
        "          Properties:\n            SkillId: !Ref SkillId",
        "          Properties:\n          SkillId: !Ref SkillId",
    )
    assert broken != text
    (tmp_path / "template.yaml").write_text(broken)
    result = subprocess.run(
        [CFN_LINT, str(tmp_path / "template.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


@pytest.mark.parametrize("name", sorted(PARAMETER_SETS))
def test_function_shape(name: str) -> None:
    deployed = stack(name)
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    properties = function["Properties"]
    assert properties["Handler"] == "app.handler"
    assert properties["Runtime"] == "python3.13"
    assert properties["Architectures"] == ["arm64"]
    assert properties["Timeout"] < 8
    assert properties["LoggingConfig"] == {
        "LogFormat": "JSON",
        "LogGroup": "<Ref FunctionLogGroup>",
        "ApplicationLogLevel": PARAMETER_SETS[name].get("LogLevel", "INFO"),
    }
    assert properties["Role"] == "<FunctionRole.Arn>"
    log_group = deployed["Resources"]["FunctionLogGroup"]["Properties"]
    assert log_group["RetentionInDays"] == 30
    assert log_group["LogGroupName"] == f"/aws/lambda/{properties['FunctionName']}"


@pytest.mark.parametrize("name", sorted(PARAMETER_SETS))
def test_only_our_skill_may_invoke(name: str) -> None:
    deployed = stack(name)
    (permission,) = of_type(deployed, "AWS::Lambda::Permission").values()
    assert permission["Properties"]["EventSourceToken"] == SKILL_ID
    assert permission["Properties"]["Principal"] == "alexa-appkit.amazon.com"
    assert permission["Properties"]["Action"] == "lambda:InvokeFunction"
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    assert function["Properties"]["Environment"]["Variables"]["SKILL_ID"] == SKILL_ID


def test_skill_id_parameter_is_pattern_checked() -> None:
    pattern = transform(PARAMETER_SETS["default"])["Parameters"]["SkillId"]["AllowedPattern"]
    assert re.match(pattern, SKILL_ID)
    for bad in ("", "amzn1.ask.skill.x", "arn:aws:lambda:us-east-1:1:function:f", SKILL_ID + " "):
        assert not re.match(pattern, bad), bad


def test_default_role_is_exactly_getitem_putitem_and_own_logs() -> None:
    deployed = stack("default")
    statements = role_statements(deployed)
    assert set(statements) == {"Logs", "DynamoDbAccess"}
    (dynamodb,) = statements["DynamoDbAccess"]
    assert sorted(_list(dynamodb["Action"])) == ["dynamodb:GetItem", "dynamodb:PutItem"]
    assert dynamodb["Resource"] == "<MemoryKeeperTable.Arn>"
    (logs,) = statements["Logs"]
    assert sorted(_list(logs["Action"])) == ["logs:CreateLogStream", "logs:PutLogEvents"]
    assert logs["Resource"] == "<FunctionLogGroup.Arn>"
    role = deployed["Resources"]["FunctionRole"]["Properties"]
    assert "ManagedPolicyArns" not in role
    for statement in statements["Logs"] + statements["DynamoDbAccess"]:
        assert all("*" not in a for a in _list(statement["Action"]))
        assert all("*" not in r for r in _list(statement["Resource"]))


def test_no_sam_policy_templates_or_managed_policies_anywhere() -> None:
    for name in PARAMETER_SETS:
        text = str(transform(PARAMETER_SETS[name]))
        for forbidden in (
            "AWSLambdaVPCAccessExecutionRole",
            "AWSLambdaBasicExecutionRole",
            "DynamoDBCrudPolicy",
            "dynamodb:Scan",
            "dynamodb:Query",
            "dynamodb:DeleteItem",
            "dynamodb:BatchGetItem",
            "dynamodb:*",
        ):
            assert forbidden not in text, (name, forbidden)


def test_existing_table_switches_the_policy_and_creates_no_table() -> None:
    deployed = stack("existing-table")
    assert not of_type(deployed, "AWS::DynamoDB::Table")
    (dynamodb,) = role_statements(deployed)["DynamoDbAccess"]
    assert dynamodb["Resource"] == "arn:aws:dynamodb:us-east-1:123456789012:table/my-notes"
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    assert function["Properties"]["Environment"]["Variables"]["TABLE_NAME"] == "my-notes"
    assert deployed["Outputs"]["TableName"]["Value"] == "my-notes"
    assert deployed["Outputs"]["TableArn"]["Value"] == dynamodb["Resource"]


def test_created_table_key_ttl_encryption_recovery_and_retention() -> None:
    deployed = stack("default")
    table = deployed["Resources"]["MemoryKeeperTable"]
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"
    properties = table["Properties"]
    assert properties["KeySchema"] == [{"AttributeName": "userId", "KeyType": "HASH"}]
    assert properties["AttributeDefinitions"] == [{"AttributeName": "userId", "AttributeType": "S"}]
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert "ProvisionedThroughput" not in properties
    # the attribute the store puts on a tombstone, and local tables switch TTL on for
    assert properties["TimeToLiveSpecification"] == {
        "AttributeName": TTL_ATTRIBUTE,
        "Enabled": True,
    }
    assert properties["SSESpecification"] == {"SSEEnabled": True}
    assert properties["PointInTimeRecoverySpecification"] == {
        "PointInTimeRecoveryEnabled": True,
        "RecoveryPeriodInDays": 7,  # erased notes leave the backups within a week by default
    }
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    variables = function["Properties"]["Environment"]["Variables"]
    assert variables["TABLE_NAME"] == "<Ref MemoryKeeperTable>"
    assert variables["PARTITION_KEY_NAME"] == "userId"


def test_provisioned_billing_takes_the_capacity_parameters() -> None:
    properties = stack("provisioned")["Resources"]["MemoryKeeperTable"]["Properties"]
    assert properties["BillingMode"] == "PROVISIONED"
    assert properties["ProvisionedThroughput"] == {"ReadCapacityUnits": 3, "WriteCapacityUnits": 1}


def test_dax_adds_vpc_config_env_and_dax_and_eni_permissions() -> None:
    deployed = stack("dax")
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    properties = function["Properties"]
    assert properties["VpcConfig"] == {
        "SubnetIds": DAX["SubnetIds"].split(","),
        "SecurityGroupIds": DAX["SecurityGroupIds"].split(","),
    }
    assert properties["Environment"]["Variables"]["DAX_ENDPOINT"] == f"daxs://{DAX['DaxEndpoint']}"
    assert properties["Environment"]["Variables"]["ALLOW_UNENCRYPTED_DAX"] == "false"
    statements = role_statements(deployed)
    assert set(statements) == {"Logs", "DynamoDbAccess", "DaxAccess"}
    dax_statements = statements["DaxAccess"]
    dax = next(s for s in dax_statements if s["Sid"] == "ReadAndWriteThroughDax")
    assert sorted(_list(dax["Action"])) == ["dax:GetItem", "dax:PutItem"]
    assert dax["Resource"] == DAX["DaxClusterArn"]
    assert "ec2:CreateNetworkInterface" in actions(dax_statements)
    assert "ec2:DescribeNetworkInterfaces" in actions(dax_statements)


@pytest.mark.parametrize(
    "name", ["default", "existing-table", "provisioned", "tracing", "operations"]
)
def test_without_dax_there_is_no_vpc_and_no_dax_or_network_permission(name: str) -> None:
    deployed = stack(name)
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    assert "VpcConfig" not in function["Properties"]
    assert "DAX_ENDPOINT" not in function["Properties"]["Environment"]["Variables"]
    every_action = actions([s for group in role_statements(deployed).values() for s in group])
    assert not {a for a in every_action if a.startswith(("dax:", "ec2:"))}


def test_a_half_configured_dax_is_refused_by_a_rule() -> None:
    rules = transform(PARAMETER_SETS["default"]).get("Rules", {})
    assertion_text = str(rules["DaxNeedsItsNetworkAndCluster"])
    for parameter in ("DaxClusterArn", "SubnetIds", "SecurityGroupIds"):
        assert parameter in assertion_text


def test_tracing_adds_only_the_xray_write_permissions() -> None:
    deployed = stack("tracing")
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    assert function["Properties"]["TracingConfig"] == {"Mode": "Active"}
    assert actions(role_statements(deployed)["Tracing"]) == {
        "xray:PutTraceSegments",
        "xray:PutTelemetryRecords",
    }
    default_function = next(iter(of_type(stack("default"), "AWS::Lambda::Function").values()))
    assert default_function["Properties"]["TracingConfig"] == {"Mode": "PassThrough"}


def test_outputs_give_the_function_arn_and_the_table() -> None:
    outputs = stack("default")["Outputs"]
    assert outputs["SkillEndpoint"]["Value"] == "<Ref MemoryKeeperFunctionAliaslive>"
    assert outputs["FunctionArn"]["Value"] == "<MemoryKeeperFunction.Arn>"
    assert outputs["TableName"]["Value"] == "<Ref MemoryKeeperTable>"
    assert outputs["TableArn"]["Value"] == "<MemoryKeeperTable.Arn>"


def test_environment_variables_are_all_documented() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text()
    rows = re.findall(r"^\| ([^|]+) \|", page, flags=re.M)
    documented = {name for row in rows for name in re.findall(r"`([A-Z_]+)`", row)}
    for name in PARAMETER_SETS:
        (function,) = of_type(stack(name), "AWS::Lambda::Function").values()
        variables = set(function["Properties"]["Environment"]["Variables"])
        assert variables <= documented, variables - documented


def test_pseudo_parameters_used_by_the_checks_are_realistic() -> None:
    assert re.match(r"^[a-z]{2}-[a-z]+-\d$", PSEUDO["AWS::Region"])
    assert re.match(r"^\d{12}$", PSEUDO["AWS::AccountId"])


# --- retention, operations, DAX encryption, SnapStart ------------------------------------------


def test_the_backup_recovery_period_is_a_parameter() -> None:
    table = stack("operations")["Resources"]["MemoryKeeperTable"]["Properties"]
    assert table["PointInTimeRecoverySpecification"]["RecoveryPeriodInDays"] == 3
    parameter = transform(PARAMETER_SETS["default"])["Parameters"]["BackupRecoveryDays"]
    assert (parameter["MinValue"], parameter["MaxValue"]) == (1, 35)


ALARMS = {
    "FunctionErrorsAlarm": ("AWS/Lambda", "Errors"),
    "FunctionThrottlesAlarm": ("AWS/Lambda", "Throttles"),
    "FunctionDurationAlarm": ("AWS/Lambda", "Duration"),
}


@pytest.mark.parametrize("name", ["default", "existing-table", "operations"])
def test_alarms_watch_errors_throttles_duration_and_table_throttling(name: str) -> None:
    deployed = stack(name)
    alarms = of_type(deployed, "AWS::CloudWatch::Alarm")
    assert set(alarms) == {*ALARMS, "TableThrottlesAlarm"}
    for alarm_name, (namespace, metric) in ALARMS.items():
        properties = alarms[alarm_name]["Properties"]
        assert (properties["Namespace"], properties["MetricName"]) == (namespace, metric)
        assert properties["Dimensions"] == [
            {"Name": "FunctionName", "Value": "<Ref MemoryKeeperFunction>"}
        ]
    duration = alarms["FunctionDurationAlarm"]["Properties"]
    assert (duration["ExtendedStatistic"], duration["Threshold"]) == ("p99", 3000)
    assert duration["ComparisonOperator"] == "GreaterThanThreshold"
    table = "my-notes" if name == "existing-table" else "<Ref MemoryKeeperTable>"
    metrics = alarms["TableThrottlesAlarm"]["Properties"]["Metrics"]
    watched = {
        (m["MetricStat"]["Metric"]["MetricName"], d["Value"])
        for m in metrics
        if "MetricStat" in m
        for d in m["MetricStat"]["Metric"]["Dimensions"]
    }
    assert watched == {
        ("ThrottledRequests", table),
        ("ThrottledRequests", "GetItem"),
        ("ThrottledRequests", "PutItem"),
    }
    for alarm in alarms.values():
        assert alarm["Properties"]["AlarmActions"] == ["<Ref AlarmTopic>"]
        assert alarm["Properties"]["TreatMissingData"] == "notBreaching"


def test_the_alarm_email_is_optional() -> None:
    assert not of_type(stack("default"), "AWS::SNS::Subscription")
    (subscription,) = of_type(stack("operations"), "AWS::SNS::Subscription").values()
    assert subscription["Properties"] == {
        "TopicArn": "<Ref AlarmTopic>",
        "Protocol": "email",
        "Endpoint": "ops@example.com",
    }


@pytest.mark.parametrize("name", ["default", "operations"])
def test_the_log_level_parameter_reaches_both_lambda_and_powertools(name: str) -> None:
    (function,) = of_type(stack(name), "AWS::Lambda::Function").values()
    level = PARAMETER_SETS[name].get("LogLevel", "INFO")
    assert function["Properties"]["LoggingConfig"]["ApplicationLogLevel"] == level
    assert function["Properties"]["Environment"]["Variables"]["POWERTOOLS_LOG_LEVEL"] == level


def test_dax_is_reached_over_tls_unless_explicitly_allowed() -> None:
    (function,) = of_type(stack("dax-without-tls"), "AWS::Lambda::Function").values()
    variables = function["Properties"]["Environment"]["Variables"]
    assert variables["DAX_ENDPOINT"] == f"dax://{DAX['DaxEndpoint']}"
    assert variables["ALLOW_UNENCRYPTED_DAX"] == "true"
    pattern = transform(PARAMETER_SETS["default"])["Parameters"]["DaxEndpoint"]["AllowedPattern"]
    assert re.match(pattern, DAX["DaxEndpoint"])
    for scheme in ("dax://", "daxs://"):  # the template chooses the scheme, not the caller
        assert not re.match(pattern, scheme + DAX["DaxEndpoint"])


def test_snapstart_is_optional_and_the_skill_always_calls_the_alias() -> None:
    for name in ("default", "operations"):
        deployed = stack(name)
        (function,) = of_type(deployed, "AWS::Lambda::Function").values()
        snapstart = function["Properties"].get("SnapStart")
        enabled = PARAMETER_SETS[name].get("EnableSnapStart") == "true"
        assert snapstart == ({"ApplyOn": "PublishedVersions"} if enabled else None)
        (alias,) = of_type(deployed, "AWS::Lambda::Alias").values()
        assert alias["Properties"]["Name"] == "live"
        (permission,) = of_type(deployed, "AWS::Lambda::Permission").values()
        assert permission["Properties"]["FunctionName"] == "<Ref MemoryKeeperFunctionAliaslive>"
    rules = transform(PARAMETER_SETS["default"])["Rules"]
    assert "DaxEndpoint" in str(rules["SnapStartWithoutDax"])


@pytest.mark.parametrize(("level", "shown", "hidden"), [("WARN", "warn-line", "info-line"),
                                                        ("DEBUG", "debug-line", None)])  # fmt: skip
def test_the_log_level_takes_effect_in_the_function_as_lambda_runs_it(
    level: str, shown: str, hidden: str | None
) -> None:
    """Lambda sets AWS_LAMBDA_LOG_LEVEL from ApplicationLogLevel (INFO when unset with JSON logs),
    and Powertools obeys it over POWERTOOLS_LOG_LEVEL."""
    parameters = {"SkillId": SKILL_ID, "LogLevel": level}
    deployed = effective(transform(parameters), parameters)
    (function,) = of_type(deployed, "AWS::Lambda::Function").values()
    properties = function["Properties"]
    variables = {k: v for k, v in properties["Environment"]["Variables"].items() if "<" not in v}
    variables["AWS_LAMBDA_LOG_LEVEL"] = properties["LoggingConfig"].get(
        "ApplicationLogLevel", "INFO"
    )
    code = (
        "from memory_keeper.observability import logger; "
        "logger.debug('debug-line'); logger.info('info-line'); logger.warning('warn-line')"
    )
    logged = run_python(["-c", code], env=variables).stdout
    assert shown in logged
    if hidden:
        assert hidden not in logged
