"""`make deploy [REGION=…]`: the `sam deploy` command for one region, run.

Without a region, samconfig.toml's `default` environment (the single-region deploy). With one of
the Alexa endpoint regions (us-east-1, eu-west-1, us-west-2), samconfig.toml's environment of that
name: its own stack region and its own saved parameters. An environment with no saved
`parameter_overrides` yet is deployed with `--guided`, which asks for them and saves them there.
Standard library only: it runs before any virtualenv exists.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

__all__ = ["ALEXA_REGIONS", "DeployError", "deploy_command", "main"]

ROOT = Path(__file__).resolve().parent.parent
ALEXA_REGIONS = ("us-east-1", "eu-west-1", "us-west-2")


class DeployError(ValueError):
    """The region or samconfig.toml cannot give a deploy."""


def deploy_command(sam: str, samconfig: dict[str, Any], region: str | None) -> list[str]:
    """The command that deploys `region` (None: the default environment) with `samconfig`."""
    environment = region or "default"
    if region is not None and region not in ALEXA_REGIONS:
        raise DeployError(
            f"REGION must be an Alexa endpoint region ({', '.join(ALEXA_REGIONS)}); got {region!r}"
        )
    if environment not in samconfig:
        raise DeployError(f"samconfig.toml has no [{environment}.*] environment")
    deploy = samconfig[environment].get("deploy", {}).get("parameters", {})
    command = [sam, "deploy", "--config-env", environment]
    if region is not None:
        command += ["--region", region]
    if "parameter_overrides" not in deploy:
        command.append("--guided")  # asks for SkillId, ReplicaRegions, ... and saves them
    return command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--region", default=None, help="us-east-1, eu-west-1 or us-west-2")
    parser.add_argument("--sam", default=str(ROOT / ".venv-sam" / "bin" / "sam"))
    parser.add_argument("--config", type=Path, default=ROOT / "samconfig.toml")
    parser.add_argument("--dry-run", action="store_true", help="print the command only")
    args = parser.parse_args(argv)
    try:
        samconfig = tomllib.loads(args.config.read_text(encoding="utf-8"))
        command = deploy_command(args.sam, samconfig, args.region or None)
    except (DeployError, tomllib.TOMLDecodeError) as exc:
        print(f"deploy: {exc}", file=sys.stderr)
        return 2
    print(" ".join(command), flush=True)
    if args.dry_run:
        return 0
    environment = {**os.environ, "SAM_CLI_TELEMETRY": "0"}
    return subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
