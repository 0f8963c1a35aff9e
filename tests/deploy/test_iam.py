"""iam/*.json are the template's own statements, with placeholders; both pass an IAM linter."""

from __future__ import annotations

import json
from typing import Any

import pytest
from parliament import analyze_policy_string

from tests.deploy.test_template import DAX, SKILL_ID, role_statements
from tests.support.cfn import PSEUDO, ROOT, effective, transform

PLACEHOLDERS = {
    "REGION": PSEUDO["AWS::Region"],
    "ACCOUNT_ID": PSEUDO["AWS::AccountId"],
    "TABLE_NAME": "my-notes",
    "DAX_CLUSTER_NAME": "memory-keeper",
}
DOCUMENTS = {
    "skill-dynamodb-policy.json": "DynamoDbAccess",
    "skill-dax-policy.json": "DaxAccess",
}


def filled(name: str) -> str:
    text = (ROOT / "iam" / name).read_text(encoding="utf-8")
    for placeholder, value in PLACEHOLDERS.items():
        text = text.replace(placeholder, value)
    return text


def template_statements(policy_name: str) -> list[dict[str, Any]]:
    parameters = {
        "SkillId": SKILL_ID,
        "ExistingTableName": PLACEHOLDERS["TABLE_NAME"],
        **DAX,
        "DaxClusterArn": "arn:aws:dax:{REGION}:{ACCOUNT_ID}:cache/{DAX_CLUSTER_NAME}".format(
            **PLACEHOLDERS
        ),
    }
    return role_statements(effective(transform(parameters), parameters))[policy_name]


@pytest.mark.parametrize(("document", "policy_name"), sorted(DOCUMENTS.items()))
def test_iam_documents_equal_the_template(document: str, policy_name: str) -> None:
    policy = json.loads(filled(document))
    assert policy["Version"] == "2012-10-17"
    assert policy["Statement"] == template_statements(policy_name)


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_iam_documents_pass_parliament(document: str) -> None:
    findings = analyze_policy_string(filled(document)).findings
    assert [(f.issue, f.detail) for f in findings] == []


def test_parliament_would_flag_a_broader_policy() -> None:
    """The linter is not a check that cannot fail."""
    broad = json.loads(filled("skill-dynamodb-policy.json"))
    broad["Statement"][0]["Action"].append("dynamodb:Scann")
    findings = analyze_policy_string(json.dumps(broad)).findings
    assert findings


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_placeholders_are_documented(document: str) -> None:
    readme = (ROOT / "iam" / "README.md").read_text(encoding="utf-8")
    raw = (ROOT / "iam" / document).read_text(encoding="utf-8")
    for placeholder in PLACEHOLDERS:
        if placeholder in raw:
            assert f"`{placeholder}`" in readme, placeholder
    assert document in readme
