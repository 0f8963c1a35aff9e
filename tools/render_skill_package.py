"""Writes build/skill-package/ (a copy with the skill's endpoints and your privacy policy URL for
every locale), build/ask-resources.json and, when the skill ID is known, build/.ask/ask-states.json,
so that `cd build && ask deploy` updates that skill. The committed skill-package/ is never edited
and carries no made-up URL.

With `--stack`, the endpoints come from the stacks of that name in the three Alexa endpoint
regions (their `SkillEndpoint` output: the alias "live"): each deployed one becomes its region's
endpoint in `apis.custom.regions` and `events.regions` (NA us-east-1, EU eu-west-1, FE us-west-2),
and the default endpoint is the global table's home region's (or, for one regional stack, that
stack's). Stacks in several regions must share one global table. `read_stack` is the only function
that asks AWS; everything else works on its answers (the tests use recorded ones).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "ALEXA_REGIONS",
    "Endpoints",
    "RenderError",
    "endpoint_from_outputs",
    "endpoints_from_stacks",
    "main",
    "read_stack",
    "render",
]

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "skill-package"
FUNCTION_ARN = re.compile(
    r"^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$"
)
HTTPS_URL = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/[^\s]*)?$")
# Alexa's endpoint regions and the AWS region that serves each (the manifest's region codes).
ALEXA_REGIONS = {"NA": "us-east-1", "EU": "eu-west-1", "FE": "us-west-2"}


class RenderError(ValueError):
    """The stacks or arguments cannot give a manifest Alexa would accept."""


@dataclass(frozen=True)
class Endpoints:
    """The manifest's default endpoint and one per Alexa region code (NA, EU, FE)."""

    default: str
    regions: dict[str, str] = field(default_factory=dict)


def endpoint_from_outputs(stack: str, outputs: dict[str, str]) -> str:
    """The alias the skill should call; older stacks named it SkillEndpointArn, and stacks from
    before the alias give the function itself."""
    for name in ("SkillEndpoint", "SkillEndpointArn", "FunctionArn"):
        if name in outputs:
            return outputs[name]
    raise RenderError(f"stack {stack} has no SkillEndpoint output (deployed with this template?)")


def read_stack(stack: str, region: str) -> dict[str, Any] | None:
    """DescribeStacks for `stack` in `region`: the stack's description, or None if there is none."""
    import boto3
    from botocore.exceptions import ClientError

    client = boto3.client("cloudformation", region_name=region)
    try:
        described = client.describe_stacks(StackName=stack)
    except ClientError as exc:
        if "does not exist" in str(exc):
            return None
        raise
    found: dict[str, Any] = described["Stacks"][0]
    return found


def _outputs(description: dict[str, Any]) -> dict[str, str]:
    return {o["OutputKey"]: o["OutputValue"] for o in description.get("Outputs", [])}


def _parameters(description: dict[str, Any]) -> dict[str, str]:
    return {
        p["ParameterKey"]: p.get("ParameterValue", "") for p in description.get("Parameters", [])
    }


def endpoints_from_stacks(
    stack: str, described: dict[str, dict[str, Any] | None]
) -> tuple[Endpoints, str | None]:
    """The endpoints and the skill ID given the DescribeStacks answer of each AWS region (None
    where the stack does not exist)."""
    found = {
        code: description
        for code, region in ALEXA_REGIONS.items()
        if (description := described.get(region)) is not None
    }
    if not found:
        names = ", ".join(ALEXA_REGIONS.values())
        raise RenderError(f"no stack named {stack} in {names}: deploy first (make deploy)")
    regions = {
        code: _checked(endpoint_from_outputs(stack, _outputs(found[code])), ALEXA_REGIONS[code])
        for code in found
    }
    skill_ids = {_parameters(description).get("SkillId") for description in found.values()}
    if len(skill_ids) > 1:
        listed = sorted(map(str, skill_ids))
        raise RenderError(f"the stacks named {stack} serve different skills: {listed}")
    home = _home_region(stack, found)
    default = regions.get(home) or next(iter(regions.values()))
    return Endpoints(default, regions), skill_ids.pop()


def _home_region(stack: str, found: dict[str, dict[str, Any]]) -> str:
    """The region code of the global table's home (the first of ReplicaRegions); with one regional
    stack, that stack's. Stacks in several regions must all be on the same global table."""
    replica_lists = {_parameters(d).get("ReplicaRegions", "") for d in found.values()}
    tables = {_outputs(d).get("TableName") for d in found.values()}
    if len(found) == 1 and replica_lists == {""}:
        return next(iter(found))
    if len(replica_lists) != 1 or "" in replica_lists or len(tables) != 1:
        deployed = ", ".join(ALEXA_REGIONS[code] for code in found)
        raise RenderError(
            f"the stacks named {stack} in {deployed} do not share one global table (tables: "
            f"{sorted(map(str, tables))}): deploy each with the same ReplicaRegions "
            "(docs/regions.md)"
        )
    replicas = replica_lists.pop().split(",")
    missing = [ALEXA_REGIONS[code] for code in found if ALEXA_REGIONS[code] not in replicas]
    if missing:
        raise RenderError(f"{', '.join(missing)} has a stack but no replica of the global table")
    homes = [code for code, region in ALEXA_REGIONS.items() if region == replicas[0]]
    return homes[0] if homes else next(iter(found))


def _checked(arn: str, region: str) -> str:
    match = FUNCTION_ARN.match(arn)
    if not match:
        raise RenderError(f"not a Lambda function ARN: {arn!r}")
    if match.group(1) != region:
        raise RenderError(f"the endpoint for {region} is a function in {match.group(1)}: {arn}")
    return arn


def check_privacy_policy_url(url: str | None) -> str:
    if not url or not url.strip():
        raise RenderError(
            "a privacy policy URL is required (the skill keeps what users tell it): give "
            "PRIVACY_POLICY_URL=https://... where you publish PRIVACY.md"
        )
    if not HTTPS_URL.match(url.strip()):
        raise RenderError(f"the privacy policy URL must be an https:// address; got {url!r}")
    return url.strip()


def render(
    endpoints: Endpoints | str,
    out: Path,
    skill_id: str | None = None,
    *,
    privacy_policy_url: str | None,
) -> Path:
    """Write the package; `endpoints` may be one function ARN (the default endpoint only)."""
    if isinstance(endpoints, str):
        endpoints = Endpoints(endpoints)
    if not FUNCTION_ARN.match(endpoints.default):
        raise RenderError(f"not a Lambda function ARN: {endpoints.default!r}")
    policy_url = check_privacy_policy_url(privacy_policy_url)
    package = out / "skill-package"
    if package.exists():
        shutil.rmtree(package)
    shutil.copytree(SOURCE, package)
    manifest_path = package / "skill.json"
    skill: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest = skill["manifest"]
    regions = {code: {"endpoint": {"uri": uri}} for code, uri in endpoints.regions.items()}
    for api in (manifest["apis"]["custom"], manifest["events"]):
        api["endpoint"] = {"uri": endpoints.default}
        api.pop("regions", None)
        if regions:
            api["regions"] = regions
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
    source.add_argument("--stack", help="the stack name, read in us-east-1, eu-west-1, us-west-2")
    source.add_argument("--function-arn", help="one function ARN, if you already have it")
    parser.add_argument("--skill-id", help="the skill to update (with --function-arn)")
    parser.add_argument(
        "--privacy-policy-url", help="https:// address where you publish PRIVACY.md (required)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="output folder")
    args = parser.parse_args(argv)
    try:
        check_privacy_policy_url(args.privacy_policy_url)  # before any AWS call
        if args.function_arn:
            endpoints, skill_id = Endpoints(args.function_arn), args.skill_id
        else:
            described = {
                region: read_stack(args.stack, region) for region in ALEXA_REGIONS.values()
            }
            endpoints, skill_id = endpoints_from_stacks(args.stack, described)
        package = render(endpoints, args.out, skill_id, privacy_policy_url=args.privacy_policy_url)
    except RenderError as exc:
        print(f"render_skill_package: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {package} with default endpoint {endpoints.default}")
    for code, uri in endpoints.regions.items():
        print(f"  {code} ({ALEXA_REGIONS[code]}): {uri}")
    print(f"next: cd {args.out} && ask deploy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
