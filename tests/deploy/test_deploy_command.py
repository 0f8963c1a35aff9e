"""`make deploy REGION=…`: one region per run, each from its own samconfig.toml environment."""

from __future__ import annotations

import subprocess
import tomllib

import pytest

from tests.support.cfn import ROOT
from tools.deploy import ALEXA_REGIONS, DeployError, deploy_command
from tools.deploy import main as deploy_main

SAMCONFIG = tomllib.loads((ROOT / "samconfig.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("region", ALEXA_REGIONS)
def test_each_alexa_region_deploys_its_own_environment_guided_the_first_time(region: str) -> None:
    command = deploy_command("sam", SAMCONFIG, region)
    assert command == ["sam", "deploy", "--config-env", region, "--region", region, "--guided"]
    saved = {**SAMCONFIG, region: {**SAMCONFIG[region]}}
    saved[region]["deploy"] = {
        "parameters": {
            **SAMCONFIG[region]["deploy"]["parameters"],
            "parameter_overrides": 'SkillId="amzn1.ask.skill.x" ReplicaRegions="us-east-1"',
        }
    }
    assert "--guided" not in deploy_command("sam", saved, region)  # its answers are saved


def test_every_regions_environment_is_its_region_with_one_stack_name() -> None:
    """The global table is named after the stack, so every region's stack has the same name."""
    names = set()
    for region in ALEXA_REGIONS:
        environment = SAMCONFIG[region]
        assert environment["global"]["parameters"]["region"] == region
        names.add(environment["global"]["parameters"]["stack_name"])
        assert environment["deploy"]["parameters"]["capabilities"] == "CAPABILITY_IAM"
        assert environment["deploy"]["parameters"]["confirm_changeset"] is True
    assert names == {SAMCONFIG["default"]["global"]["parameters"]["stack_name"]}


def test_without_a_region_the_default_environment_deploys_as_before() -> None:
    assert deploy_command("sam", SAMCONFIG, None) == [
        "sam",
        "deploy",
        "--config-env",
        "default",
        "--guided",
    ]


def test_a_region_alexa_does_not_serve_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(DeployError, match="Alexa endpoint region"):
        deploy_command("sam", SAMCONFIG, "eu-central-1")
    assert deploy_main(["--region", "ap-southeast-2", "--dry-run"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "REGION must be" in line


def test_make_deploy_passes_the_region() -> None:
    plan = subprocess.run(
        ["make", "-n", "deploy", "REGION=eu-west-1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '-m tools.deploy --sam ".venv-sam/bin/sam" --region "eu-west-1"' in plan
