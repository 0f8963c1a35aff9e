"""Writes build/skill-package/ (a copy with the function ARN as the endpoint and your privacy
policy URL for every locale), build/ask-resources.json and, when the skill ID is known,
build/.ask/ask-states.json, so that `cd build && ask deploy` updates that skill. The committed
skill-package/ is never edited and carries no made-up URL. The ARN and skill ID come from the stack
(its `SkillEndpointArn` output — the alias "live" — and `SkillId` parameter), or are given.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "skill-package"
FUNCTION_ARN = re.compile(
    r"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$"
)
HTTPS_URL = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/[^\s]*)?$")


def endpoint_from_outputs(stack: str, outputs: dict[str, str]) -> str:
    """The alias the skill should call; stacks from before the alias give the function itself."""
    for name in ("SkillEndpointArn", "FunctionArn"):
        if name in outputs:
            return outputs[name]
    raise SystemExit(f"stack {stack} has no SkillEndpointArn output (deployed with this template?)")


def from_stack(stack: str, region: str | None) -> tuple[str, str | None]:
    """The stack's skill endpoint (output) and SkillId parameter."""
    import boto3

    described = boto3.client("cloudformation", region_name=region).describe_stacks(StackName=stack)
    found = described["Stacks"][0]
    outputs = {o["OutputKey"]: o["OutputValue"] for o in found.get("Outputs", [])}
    parameters = {p["ParameterKey"]: p["ParameterValue"] for p in found.get("Parameters", [])}
    return endpoint_from_outputs(stack, outputs), parameters.get("SkillId")


def check_privacy_policy_url(url: str | None) -> str:
    if not url or not url.strip():
        raise ValueError(
            "a privacy policy URL is required (the skill keeps what users tell it): give "
            "PRIVACY_POLICY_URL=https://... where you publish PRIVACY.md"
        )
    if not HTTPS_URL.match(url.strip()):
        raise ValueError(f"the privacy policy URL must be an https:// address; got {url!r}")
    return url.strip()


def render(
    function_arn: str, out: Path, skill_id: str | None = None, *, privacy_policy_url: str | None
) -> Path:
    if not FUNCTION_ARN.match(function_arn):
        raise ValueError(f"not a Lambda function ARN: {function_arn!r}")
    policy_url = check_privacy_policy_url(privacy_policy_url)
    package = out / "skill-package"
    if package.exists():
        shutil.rmtree(package)
    shutil.copytree(SOURCE, package)
    manifest_path = package / "skill.json"
    skill: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest = skill["manifest"]
    manifest["apis"]["custom"]["endpoint"] = {"uri": function_arn}
    manifest["events"]["endpoint"] = {"uri": function_arn}
    locales = manifest["publishingInformation"]["locales"]
    privacy = manifest["privacyAndCompliance"]
    privacy["locales"] = {
        locale: {**privacy.get("locales", {}).get(locale, {}), "privacyPolicyUrl": policy_url}
        for locale in locales
    }
    manifest_path.write_text(json.dumps(skill, indent=2) + "\n", encoding="utf-8")
    resources = {
        "askcliResourcesVersion": "2020-03-31",
        "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}}},
    }
    (out / "ask-resources.json").write_text(
        json.dumps(resources, indent=2) + "\n", encoding="utf-8"
    )
    if skill_id:
        states = {
            "askcliStatesVersion": "2020-03-31",
            "profiles": {"default": {"skillId": skill_id}},
        }
        (out / ".ask").mkdir(exist_ok=True)
        (out / ".ask" / "ask-states.json").write_text(json.dumps(states, indent=2) + "\n")
    return package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--stack", help="CloudFormation stack to read the FunctionArn output from")
    source.add_argument("--function-arn", help="the function ARN, if you already have it")
    parser.add_argument("--skill-id", help="the skill to update (with --function-arn)")
    parser.add_argument(
        "--privacy-policy-url", help="https:// address where you publish PRIVACY.md (required)"
    )
    parser.add_argument("--region", help="stack region (default: your AWS configuration)")
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="output folder")
    args = parser.parse_args(argv)
    try:
        check_privacy_policy_url(args.privacy_policy_url)  # before any AWS call
    except ValueError as exc:
        print(f"render_skill_package: {exc}", file=sys.stderr)
        return 2
    arn, skill_id = (
        (args.function_arn, args.skill_id)
        if args.function_arn
        else from_stack(args.stack, args.region)
    )
    try:
        package = render(arn, args.out, skill_id, privacy_policy_url=args.privacy_policy_url)
    except ValueError as exc:
        print(f"render_skill_package: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {package} with endpoint {arn}")
    print(f"next: cd {args.out} && ask deploy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
