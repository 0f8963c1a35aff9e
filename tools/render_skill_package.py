"""Writes build/skill-package/ (a copy with the function ARN as the endpoint),
build/ask-resources.json and, when the skill ID is known, build/.ask/ask-states.json, so that
`cd build && ask deploy` updates that skill. The committed skill-package/ is never edited. The ARN
and skill ID come from the stack (its `FunctionArn` output and `SkillId` parameter), or are given.
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


def from_stack(stack: str, region: str | None) -> tuple[str, str | None]:
    """The stack's FunctionArn output and SkillId parameter."""
    import boto3

    described = boto3.client("cloudformation", region_name=region).describe_stacks(StackName=stack)
    found = described["Stacks"][0]
    outputs = {o["OutputKey"]: o["OutputValue"] for o in found.get("Outputs", [])}
    parameters = {p["ParameterKey"]: p["ParameterValue"] for p in found.get("Parameters", [])}
    if "FunctionArn" not in outputs:
        raise SystemExit(f"stack {stack} has no FunctionArn output (deployed with this template?)")
    return str(outputs["FunctionArn"]), parameters.get("SkillId")


def render(function_arn: str, out: Path, skill_id: str | None = None) -> Path:
    if not FUNCTION_ARN.match(function_arn):
        raise ValueError(f"not a Lambda function ARN: {function_arn!r}")
    package = out / "skill-package"
    if package.exists():
        shutil.rmtree(package)
    shutil.copytree(SOURCE, package)
    manifest_path = package / "skill.json"
    skill: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest = skill["manifest"]
    manifest["apis"]["custom"]["endpoint"] = {"uri": function_arn}
    manifest["events"]["endpoint"] = {"uri": function_arn}
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
    parser.add_argument("--region", help="stack region (default: your AWS configuration)")
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="output folder")
    args = parser.parse_args(argv)
    arn, skill_id = (
        (args.function_arn, args.skill_id)
        if args.function_arn
        else from_stack(args.stack, args.region)
    )
    try:
        package = render(arn, args.out, skill_id)
    except ValueError as exc:
        print(f"render_skill_package: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {package} with endpoint {arn}")
    print(f"next: cd {args.out} && ask deploy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
