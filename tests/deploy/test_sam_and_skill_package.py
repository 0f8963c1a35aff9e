"""The SAM CLI itself (validate, build without Docker) and the rendered skill package."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support.cfn import ROOT
from tools.render_skill_package import (
    ALEXA_REGIONS,
    Endpoints,
    RenderError,
    endpoint_from_outputs,
    endpoints_from_stacks,
    render,
)
from tools.render_skill_package import main as render_main

SAM = ROOT / ".venv-sam" / "bin" / "sam"
ARN = "arn:aws:lambda:us-east-1:123456789012:function:memory-keeper-skill:live"
POLICY = "https://example.org/memory-keeper/privacy"
needs_sam = pytest.mark.skipif(not SAM.exists(), reason="the SAM CLI is set up by `make setup`")


def _sam(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAM_CLI_TELEMETRY": "0"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [str(SAM), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@needs_sam
@pytest.mark.parametrize("region", ["us-east-1", "eu-west-1", "us-west-2"])
def test_sam_validate_offline(region: str) -> None:
    result = _sam("validate", "--region", region, "--lint")
    assert result.returncode == 0, result.stdout + result.stderr


@needs_sam
def test_sam_build_without_docker(tmp_path: Path) -> None:
    result = _sam("build", "--build-dir", str(tmp_path / "build"), "--template", "template.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    function = tmp_path / "build" / "MemoryKeeperFunction"
    assert (function / "app.py").exists()
    assert (function / "ask_sdk_core").is_dir()
    assert not (function / "boto3").exists()
    built = (tmp_path / "build" / "template.yaml").read_text()
    assert "CodeUri: MemoryKeeperFunction" in built


def test_rendered_package_points_both_endpoints_at_the_function(tmp_path: Path) -> None:
    original = (ROOT / "skill-package" / "skill.json").read_text()
    package = render(
        ARN,
        tmp_path,
        "amzn1.ask.skill.12345678-1234-4abc-8def-1234567890ab",
        privacy_policy_url=POLICY,
    )
    manifest = json.loads((package / "skill.json").read_text())["manifest"]
    assert manifest["apis"]["custom"]["endpoint"] == {"uri": ARN}
    assert manifest["events"]["endpoint"] == {"uri": ARN}
    assert (package / "interactionModels" / "custom" / "en-US.json").read_text() == (
        ROOT / "skill-package" / "interactionModels" / "custom" / "en-US.json"
    ).read_text()
    resources = json.loads((tmp_path / "ask-resources.json").read_text())
    assert resources["profiles"]["default"]["skillMetadata"]["src"] == "./skill-package"
    states = json.loads((tmp_path / ".ask" / "ask-states.json").read_text())
    assert states["profiles"]["default"]["skillId"].startswith("amzn1.ask.skill.")
    assert (ROOT / "skill-package" / "skill.json").read_text() == original  # never edited


def test_rendering_refuses_something_that_is_not_a_function_arn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--function-arn", "arn:aws:s3:::bucket", "--privacy-policy-url", POLICY]
    assert render_main([*arguments, "--out", str(tmp_path)]) == 2
    assert "not a Lambda function ARN" in capsys.readouterr().err
    assert not (tmp_path / "skill-package").exists()


def test_the_committed_manifest_declares_personal_info_and_invents_no_policy_url() -> None:
    text = (ROOT / "skill-package" / "skill.json").read_text()
    privacy = json.loads(text)["manifest"]["privacyAndCompliance"]
    assert privacy["usesPersonalInfo"] is True
    assert "privacyPolicyUrl" not in text and "https://" not in text


def test_rendering_fills_the_privacy_policy_url_for_every_locale(tmp_path: Path) -> None:
    package = render(ARN, tmp_path, privacy_policy_url=POLICY)
    manifest = json.loads((package / "skill.json").read_text())["manifest"]
    locales = set(manifest["publishingInformation"]["locales"])
    assert locales
    assert manifest["privacyAndCompliance"]["locales"] == {
        locale: {"privacyPolicyUrl": POLICY} for locale in locales
    }
    assert manifest["privacyAndCompliance"]["usesPersonalInfo"] is True


@pytest.mark.parametrize("url", [None, "", "http://example.org/privacy", "example.org/privacy"])
def test_rendering_refuses_a_missing_or_insecure_privacy_policy_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str | None
) -> None:
    arguments = ["--function-arn", ARN, "--out", str(tmp_path)]
    if url is not None:
        arguments += ["--privacy-policy-url", url]
    assert render_main(arguments) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "privacy policy URL" in line
    assert not (tmp_path / "skill-package").exists()


def test_make_skill_package_passes_the_privacy_policy_url() -> None:
    plan = subprocess.run(
        ["make", "-n", "skill-package", f"PRIVACY_POLICY_URL={POLICY}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f'--privacy-policy-url "{POLICY}"' in plan


def test_the_skill_is_pointed_at_the_alias() -> None:
    outputs = {
        "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:memory-keeper-skill",
        "SkillEndpoint": ARN,
    }
    assert endpoint_from_outputs("memory-keeper", outputs) == ARN
    outputs["SkillEndpointArn"] = outputs.pop("SkillEndpoint")  # the output's earlier name
    assert endpoint_from_outputs("memory-keeper", outputs) == ARN
    del outputs["SkillEndpointArn"]  # a stack deployed before the alias existed
    assert endpoint_from_outputs("memory-keeper", outputs) == outputs["FunctionArn"]


# --- regional endpoints, from recorded DescribeStacks answers -----------------------------------

RECORDED = json.loads((ROOT / "tests" / "data" / "stacks" / "describe-stacks.json").read_text())
SKILL = "amzn1.ask.skill.12345678-1234-4abc-8def-1234567890ab"


def alias(region: str) -> str:
    return f"arn:aws:lambda:{region}:123456789012:function:memory-keeper-skill:live"


def rendered(tmp_path: Path, case: str) -> Any:
    endpoints, skill_id = endpoints_from_stacks("memory-keeper", RECORDED[case])
    package = render(endpoints, tmp_path, skill_id, privacy_policy_url=POLICY)
    return json.loads((package / "skill.json").read_text())["manifest"]


def test_three_regions_render_every_regional_endpoint_and_keep_the_default(tmp_path: Path) -> None:
    manifest = rendered(tmp_path, "three-regions")
    regions = {code: {"endpoint": {"uri": alias(aws)}} for code, aws in ALEXA_REGIONS.items()}
    assert manifest["apis"]["custom"]["regions"] == regions
    assert manifest["apis"]["custom"]["endpoint"] == {"uri": alias("us-east-1")}  # the home's
    assert manifest["events"]["regions"] == regions
    assert manifest["events"]["endpoint"] == {"uri": alias("us-east-1")}
    assert manifest["events"]["subscriptions"]  # the rest of the manifest as committed
    states = json.loads((tmp_path / ".ask" / "ask-states.json").read_text())
    assert states["profiles"]["default"]["skillId"] == SKILL


def test_only_the_deployed_regions_are_rendered_and_the_home_is_the_default(
    tmp_path: Path,
) -> None:
    manifest = rendered(tmp_path, "home-in-europe")
    assert manifest["apis"]["custom"]["regions"] == {
        "NA": {"endpoint": {"uri": alias("us-east-1")}},
        "EU": {"endpoint": {"uri": alias("eu-west-1")}},
    }
    assert manifest["apis"]["custom"]["endpoint"] == {"uri": alias("eu-west-1")}


def test_one_regional_stack_is_the_default_and_its_regions_endpoint(tmp_path: Path) -> None:
    manifest = rendered(tmp_path, "one-regional-stack")
    assert manifest["apis"]["custom"]["endpoint"] == {"uri": alias("eu-west-1")}
    assert manifest["apis"]["custom"]["regions"] == {
        "EU": {"endpoint": {"uri": alias("eu-west-1")}}
    }


@pytest.mark.parametrize(
    ("case", "said"), [("two-regional-tables", "share one global table"), ("none", "no stack")]
)
def test_stacks_that_cannot_serve_one_skill_are_refused(case: str, said: str) -> None:
    with pytest.raises(RenderError, match=said):
        endpoints_from_stacks("memory-keeper", RECORDED[case])


def test_an_endpoint_in_the_wrong_region_is_refused() -> None:
    described = json.loads(json.dumps(RECORDED["three-regions"]))
    described["eu-west-1"]["Outputs"][0]["OutputValue"] = alias("us-east-1")
    with pytest.raises(RenderError, match="is a function in us-east-1"):
        endpoints_from_stacks("memory-keeper", described)


def test_make_skill_package_reads_the_stack_in_every_alexa_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`read_stack` is the one function that asks AWS: given the recorded answers, the command
    writes the regional manifest."""
    import tools.render_skill_package as tool

    asked: list[tuple[str, str]] = []

    def recorded(stack: str, region: str) -> object:
        asked.append((stack, region))
        return RECORDED["three-regions"][region]

    monkeypatch.setattr(tool, "read_stack", recorded)
    arguments = ["--stack", "memory-keeper", "--privacy-policy-url", POLICY, "--out", str(tmp_path)]
    assert render_main(arguments) == 0
    assert sorted(asked) == sorted(("memory-keeper", r) for r in ALEXA_REGIONS.values())
    manifest = json.loads((tmp_path / "skill-package" / "skill.json").read_text())["manifest"]
    assert set(manifest["apis"]["custom"]["regions"]) == {"NA", "EU", "FE"}
    assert "FE (us-west-2)" in capsys.readouterr().out


def test_the_committed_manifest_has_no_regions_block() -> None:
    manifest = json.loads((ROOT / "skill-package" / "skill.json").read_text())["manifest"]
    assert "regions" not in manifest["apis"]["custom"]
    assert "regions" not in manifest["events"]
    assert Endpoints("x").regions == {}
