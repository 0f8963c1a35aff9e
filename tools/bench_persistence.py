"""`make bench`: Memory Keeper's persistence against the stock ASK DynamoDB adapter, same run.

Both run the same skill and handler chain (`lambda_handler(build_skill(...))`) against one local
dynalite; only the persistence adapter differs. Printed:

- latency of a remember turn and a recall turn (median and p95 over N turns, in ms);
- a contention run: W devices of one user each saving T new notes at once — how many "Got it"
  replies there were, how many notes the record holds afterwards, and how many were lost.

Run again for new figures; the numbers depend on this machine, dynalite and the thread scheduler.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "CRITICAL")

from attribute_store.dynamodb import (
    DynamoDbConfig,
    DynamoDbStore,
    create_table_if_missing,
    dynamodb_resource,
)
from memory_keeper.settings import Settings
from memory_keeper.skill import LambdaHandler, build_skill, lambda_handler
from tools.chat import plain_text
from tools.dynalite import running_dynalite
from tools.envelopes import Caller, intent_request
from tools.settings_api import SettingsApi

HandlerFactory = Callable[[DynamoDbConfig], LambdaHandler]


def ours(config: DynamoDbConfig) -> LambdaHandler:
    return lambda_handler(build_skill(Settings(), DynamoDbStore.connect(config)))


def stock(config: DynamoDbConfig) -> LambdaHandler:
    # The stock module builds a boto3 resource at import and fails without a region.
    os.environ.setdefault("AWS_DEFAULT_REGION", config.region or "us-east-1")
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter

    adapter = DynamoDbAdapter(
        config.table_name,
        partition_key_name=config.partition_key_name,
        dynamodb_resource=dynamodb_resource(config),
    )
    return lambda_handler(build_skill(Settings(), adapter=adapter))


def _speech(result: dict[str, Any]) -> str:
    return plain_text(result["response"].get("outputSpeech", {}).get("ssml"))


def _remember(caller: Caller, item: str, place: str) -> dict[str, Any]:
    return intent_request(caller, "RememberIntent", {"item": item, "location": place})


# Recall speaks a time phrase: its first one asks a loopback Settings API for the time zone.
_settings_api = "http://127.0.0.1:9"  # main() starts one; a closed port means UTC at once


def latency(handler: LambdaHandler, turns: int) -> dict[str, list[float]]:
    caller = Caller(user="bench-latency", api_endpoint=_settings_api)
    timings: dict[str, list[float]] = {"remember": [], "recall": []}
    for n in range(turns):
        for kind, event in (
            ("remember", _remember(caller, f"thing {n % 20}", f"place {n}")),
            ("recall", intent_request(caller, "RecallIntent", {"item": f"thing {n % 20}"})),
        ):
            started = time.perf_counter()
            handler(event, None)
            timings[kind].append((time.perf_counter() - started) * 1000)
    return timings


def contention(
    handler: LambdaHandler, config: DynamoDbConfig, devices: int, notes: int
) -> tuple[int, int]:
    """(acknowledged, stored) for `devices` x `notes` distinct new items saved at once."""
    user = Caller(user="bench-contention")
    acknowledged = 0
    lock = threading.Lock()
    start = threading.Barrier(devices)

    def device(number: int) -> None:
        nonlocal acknowledged
        caller = Caller(user=user.user, device=f"device-{number}", api_endpoint=_settings_api)
        start.wait()
        for n in range(notes):
            reply = _speech(handler(_remember(caller, f"item {number} {n}", "in a box"), None))
            if reply.startswith("Got it."):
                with lock:
                    acknowledged += 1

    threads = [threading.Thread(target=device, args=(d,)) for d in range(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    record = DynamoDbStore.connect(config).load(user.user_id, consistent=True)
    return acknowledged, len(record.attributes.get("notes", {}))


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    global _settings_api
    api = SettingsApi().start()
    _settings_api = api.url
    try:
        return _bench(argv)
    finally:
        api.stop()


def _bench(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=150, help="remember+recall pairs per adapter")
    parser.add_argument("--devices", type=int, default=6)
    parser.add_argument("--notes", type=int, default=15, help="new notes per device")
    args = parser.parse_args(argv)
    factories: dict[str, HandlerFactory] = {"stock adapter": stock, "memory keeper": ours}
    with running_dynalite() as url:
        print(
            f"dynalite at {url}; {args.turns} turn pairs; "
            f"{args.devices} devices x {args.notes} notes"
        )
        print(
            f"{'adapter':<15} {'remember ms (median/p95)':>26} {'recall ms (median/p95)':>24} "
            f"{'acknowledged':>13} {'stored':>7} {'lost':>5}"
        )
        for index, (name, factory) in enumerate(factories.items()):
            config = DynamoDbConfig(
                table_name=f"bench-{index}", region="us-east-1", endpoint_url=url
            )
            create_table_if_missing(config)
            handler = factory(config)
            timings = latency(handler, args.turns)
            acknowledged, stored = contention(handler, config, args.devices, args.notes)
            remember, recall = timings["remember"], timings["recall"]
            print(
                f"{name:<15} "
                f"{statistics.median(remember):>17.1f} / {_percentile(remember, 0.95):<6.1f} "
                f"{statistics.median(recall):>15.1f} / {_percentile(recall, 0.95):<6.1f} "
                f"{acknowledged:>13} {stored:>7} {acknowledged - stored:>5}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
