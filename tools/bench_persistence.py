"""`make bench`: Memory Keeper's persistence against the stock ASK DynamoDB adapter, same run.

Both run the same skill and handler chain against one local DynamoDB-API server: AWS's
DynamoDB Local when Java is there (it sizes consumed capacity as DynamoDB does), else dynalite
(`--server` chooses); only the persistence differs. Printed, each a table:

1. cold init: a whole new process importing and building the skill (`import app` against the
   stock pattern: the same skill over `ask_sdk_dynamodb`'s adapter on a boto3 resource), timed
   from its spawn until it is ready, median of alternated runs, its peak memory, and the same
   process also answering a first recall; then a process importing only the libraries both
   patterns import (the floor of any pattern that keeps them); then the first answer of a cold
   start as deployed: the artifact `make build` ships (bytecode for the runtime) against the stock
   pattern as `sam build` packages it (boto3 bundled, no bytecode), both on the runtime's Python
   (`.venv-lambda`), the same recall (see `as_deployed`, and docs/benchmarks.md);
2. latency of a remember turn and a recall turn (median and p95, ms);
3. capacity units per save and per recall as the server sizes them (`ReturnConsumedCapacity`), for
   notebooks of 10, 50 and 200 items with 5 places each;
4. W devices of one user each saving new notes at the same instant: saved, refused, lost
   (acknowledged but not stored), refused-but-stored, slowest turn; then the same with 0-400 ms
   of random latency on every call (a fault-injecting proxy before the server).

Run again for new figures: they depend on this machine, the server and the thread scheduler.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "CRITICAL")

from attribute_store.dynamodb import (
    ClientTable,
    DynamoDbConfig,
    DynamoDbStore,
    create_table_if_missing,
)
from memory_keeper.notebook import Notebook, Remember
from memory_keeper.settings import Settings
from memory_keeper.skill import LambdaHandler, build_skill, lambda_handler
from tools.artifact_report import bytecode_tags
from tools.chat import plain_text
from tools.dynamodb_servers import SERVERS, preferred_server, running_server
from tools.envelopes import SKILL_ID, Caller, intent_request
from tools.fault_proxy import FaultProxy, jitter
from tools.lambda_artifact import ColdStart, build_artifact, build_stock_artifact, cold_start
from tools.settings_api import SettingsApi
from tools.stock import stock_adapter

ROOT = Path(__file__).resolve().parents[1]
# Recall speaks a time phrase: its first one asks a loopback Settings API for the time zone.
_settings_api = "http://127.0.0.1:9"  # main() starts one; a closed port means UTC at once
Register = Callable[[str, Callable[..., Any]], None]


@dataclass
class Subject:
    """One persistence under test: a handler, and how to reach its botocore events."""

    name: str
    handler: LambdaHandler
    register: Register
    save_raw: Callable[[str, dict[str, Any]], None]


def ours(config: DynamoDbConfig) -> Subject:
    store = DynamoDbStore.connect(config)
    assert isinstance(store.table, ClientTable)
    return Subject(
        "memory keeper",
        lambda_handler(build_skill(Settings(), store)),
        store.table.on,
        lambda key, attributes: _save_new(store, key, attributes),
    )


def _save_new(store: DynamoDbStore, key: str, attributes: dict[str, Any]) -> None:
    store.save(key, attributes, store.load(key, consistent=True).version)


def stock(config: DynamoDbConfig) -> Subject:
    adapter = stock_adapter(config)
    table = adapter.dynamodb.Table(config.table_name)
    return Subject(
        "stock adapter",
        lambda_handler(build_skill(Settings(), adapter=adapter)),
        adapter.dynamodb.meta.client.meta.events.register,
        lambda key, attributes: table.put_item(Item={"userId": key, "attributes": attributes}),
    )


def _speech(result: dict[str, Any]) -> str:
    return plain_text(result["response"].get("outputSpeech", {}).get("ssml"))


class BenchError(RuntimeError):
    """A turn the bench times did not do what it stands for (a remember that saved nothing times
    a refusal, not a save)."""


def _expect(subject: Subject, result: dict[str, Any], start: str) -> None:
    heard = _speech(result)
    if not heard.startswith(start):
        raise BenchError(f"{subject.name}: expected {start!r}..., heard {heard!r}")


def _remember(caller: Caller, item: str, place: str) -> dict[str, Any]:
    return intent_request(caller, "RememberIntent", {"item": item, "location": place})


def _median_p95(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"{statistics.median(values):7.1f} / {p95:<7.1f}"


# --- 1. cold init ---------------------------------------------------------------------------

_OURS_INIT = "import app; handler = app.handler"
_STOCK_INIT = (
    "from attribute_store.dynamodb import DynamoDbConfig; import os; "
    "from memory_keeper.settings import Settings; "
    "from memory_keeper.skill import build_skill, lambda_handler; "
    "from tools.stock import stock_adapter; "
    "config = DynamoDbConfig(table_name=os.environ['TABLE_NAME'], region='us-east-1', "
    "endpoint_url=os.environ['DYNAMODB_ENDPOINT']); "
    "handler = lambda_handler(build_skill(Settings(), adapter=stock_adapter(config)))"
)
# What both patterns import before any of the skill's or the store's own work: Python, botocore's
# session and client, the ASK SDK (with ask-sdk-model) and Powertools. No pattern that keeps these
# libraries can start faster, so this row bounds the ratio from below.
_LIBRARIES_INIT = (
    "import botocore.session, ask_sdk_core.skill_builder, "
    "aws_lambda_powertools.logging, aws_lambda_powertools.metrics"
)
_FIRST_TURN = (
    "; from tools.envelopes import SKILL_ID, Caller, intent_request; "
    "handler(intent_request(Caller(user='cold'), 'RecallIntent', {'item': 'keys'}), None)"
)
# The child reports two figures: the monotonic clock when its code is done (CLOCK_MONOTONIC is one
# clock for every process on Linux, so the parent subtracts its own reading from before the spawn),
# and its peak memory, VmHWM (ru_maxrss would carry over the forking parent's peak). Stopping the
# clock there, not at the child's exit, leaves out the interpreter's shutdown (module teardown and
# a last garbage collection), which a Lambda cold start never waits for: until 2026-11-21 the
# figures included it, about 30 ms for ours and 75 ms for the stock pattern.
_REPORT = (
    "; import re, time; print(time.clock_gettime(time.CLOCK_MONOTONIC)); "
    "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])"
)


def _process(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Milliseconds from spawning a Python process running `code` to the moment it is done, and
    its peak memory in KiB."""
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run(
        [sys.executable, "-c", code + _REPORT],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    ready, peak = done.stdout.split()[-2:]
    return (float(ready) - started) * 1000, int(peak)


def cold_init(url: str, table: str, runs: int) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": "lambda:.",
        "TABLE_NAME": table,
        "SKILL_ID": SKILL_ID,  # as deployed (the envelopes' skill)
        "DYNAMODB_ENDPOINT": url,
        "AWS_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "bench",  # as in Lambda: credentials come from the environment
        "AWS_SECRET_ACCESS_KEY": "bench",
    }
    with tempfile.TemporaryDirectory(prefix="bench-bytecode-") as bytecode:
        # Every module from bytecode, as from an artifact built with it: a process that may
        # not write bytecode (PYTHONDONTWRITEBYTECODE) would compile the skill on every run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode
        codes = {"stock pattern": _STOCK_INIT, "memory keeper": _OURS_INIT}
        for code in codes.values():
            _process(code + _FIRST_TURN, env)  # writes the bytecode
        figures: dict[str, dict[str, list[float]]] = {}
        libraries: list[float] = []
        for _ in range(runs):  # alternated, so a busy moment hits both
            for name, code in codes.items():
                row = figures.setdefault(name, {"init": [], "first": [], "rss": []})
                init_ms, rss = _process(code, env)
                first_ms, _ = _process(code + _FIRST_TURN, env)
                row["init"].append(init_ms)
                row["first"].append(first_ms)
                row["rss"].append(rss / 1024)
            libraries.append(_process(_LIBRARIES_INIT, env)[0])
        print(
            f"\n1. cold init: a new process, from its spawn until it is ready (or has answered), "
            f"median of {runs} alternated runs"
        )
        print(
            f"{'':15} {'init ms':>9} {'ratio':>6} {'+ first recall ms':>18} {'ratio':>6} "
            f"{'peak MB':>8}"
        )
        base = {key: statistics.median(values) for key, values in figures["stock pattern"].items()}
        for name, row in figures.items():
            init, first = statistics.median(row["init"]), statistics.median(row["first"])
            print(
                f"{name:15} {init:9.0f} {init / base['init']:6.2f} {first:18.0f} "
                f"{first / base['first']:6.2f} {statistics.median(row['rss']):8.1f}"
            )
        floor = statistics.median(libraries)
        print(f"{'libraries only':15} {floor:9.0f} {floor / base['init']:6.2f}")


def as_deployed(
    url: str,
    table: str,
    runs: int,
    ours: Path | None = None,
    stock: Path | None = None,
) -> None:
    """The first answer of a cold start as deployed: the artifact `make build` ships (with
    bytecode for the runtime) against the stock pattern as `sam build` packages it (boto3 bundled,
    no bytecode), each on the runtime's Python (`.venv-lambda`: 3.13 with the botocore that
    runtime ships), first on `sys.path`, unable to write bytecode, answering the same recall; and
    ours without its bytecode, to tell the bytecode's share from the pattern's. Alternated runs;
    `ours`/`stock` are artifacts built before, else built here."""
    with tempfile.TemporaryDirectory(prefix="bench-deployed-") as scratch:
        if ours is None:
            ours = Path(scratch, "ours")
            build_artifact(ours)
        if stock is None:
            stock = Path(scratch, "stock")
            build_stock_artifact(stock)
        # Ours again without its bytecode: what the same artifact costs when Lambda compiles it.
        sources = Path(scratch, "ours-sources")
        shutil.copytree(ours, sources, ignore=shutil.ignore_patterns("__pycache__"))
        subjects = {
            "stock, sam build": (stock, "stock_app"),
            "ours, no bytecode": (sources, "app"),
            "ours, make build": (ours, "app"),
        }
        env = {
            "TABLE_NAME": table,
            "SKILL_ID": SKILL_ID,
            "DYNAMODB_ENDPOINT": url,
            "AWS_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "bench",
            "AWS_SECRET_ACCESS_KEY": "bench",
            "POWERTOOLS_METRICS_DISABLED": "true",
            "POWERTOOLS_LOG_LEVEL": "CRITICAL",
        }
        event = intent_request(
            Caller(user="cold", api_endpoint=_settings_api), "RecallIntent", {"item": "keys"}
        )
        # One untimed run each counts what the process compiles from the artifact's sources.
        counted = {
            name: cold_start(artifact, module, event, env, count_compiles=True)
            for name, (artifact, module) in subjects.items()
        }
        timed: dict[str, list[ColdStart]] = {name: [] for name in subjects}
        for _ in range(runs):  # alternated, so a busy moment hits both
            for name, (artifact, module) in subjects.items():
                timed[name].append(cold_start(artifact, module, event, env))
        modules = {name: bytecode_tags(artifact)[0] for name, (artifact, _) in subjects.items()}
    runtime, bundled = counted["ours, make build"], counted["stock, sam build"]
    print(
        f"\n   as deployed: a cold start on Python {runtime.python} (botocore {runtime.botocore} "
        f"from the runtime for ours, {bundled.botocore} bundled in the stock artifact), from the "
        f"spawn until the handler module is imported (init) and until the first recall is "
        f"answered, median of {runs} alternated runs"
    )
    print(
        f"   {'':17} {'modules':>7} {'compiled':>8} {'init ms':>8} {'ratio':>6} "
        f"{'first answer ms':>15} {'ratio':>6} {'peak MB':>8}"
    )
    base_init = statistics.median(run.ready_ms for run in timed["stock, sam build"])
    base_first = statistics.median(run.answered_ms for run in timed["stock, sam build"])
    for name, runs_of in timed.items():
        init = statistics.median(run.ready_ms for run in runs_of)
        answered = statistics.median(run.answered_ms for run in runs_of)
        peak = statistics.median(run.peak_mb for run in runs_of)
        print(
            f"   {name:17} {modules[name]:7} {len(counted[name].compiled):8} {init:8.0f} "
            f"{init / base_init:6.2f} {answered:15.0f} {answered / base_first:6.2f} {peak:8.1f}"
        )


# --- 2. latency -----------------------------------------------------------------------------


def latency(subjects: list[Subject], turns: int) -> None:
    print(f"\n2. latency over {turns} turn pairs (ms, median / p95)")
    print(f"{'':15} {'remember':>17} {'recall':>17}")
    for subject in subjects:
        caller = Caller(user="bench-latency", api_endpoint=_settings_api)
        timings: dict[str, list[float]] = {"remember": [], "recall": []}
        for n in range(turns):
            item, place = f"thing {n % 20}", f"in drawer {n}"
            for kind, event, answer in (
                ("remember", _remember(caller, item, place), "Got it."),
                (
                    "recall",
                    intent_request(caller, "RecallIntent", {"item": item}),
                    f"Your {item} is {place}",
                ),
            ):
                started = time.perf_counter()
                result = subject.handler(event, None)
                timings[kind].append((time.perf_counter() - started) * 1000)
                _expect(subject, result, answer)
        print(
            f"{subject.name:15} {_median_p95(timings['remember'])} {_median_p95(timings['recall'])}"
        )


# --- 3. capacity ----------------------------------------------------------------------------


class Capacity:
    """Asks for ReturnConsumedCapacity on every call and adds up what the server reports."""

    def __init__(self, register: Register) -> None:
        self.units: dict[str, float] = {}
        register("before-parameter-build.dynamodb", self._ask)
        register("after-call.dynamodb", self._count)

    def _ask(self, params: dict[str, Any], **_: Any) -> None:
        params["ReturnConsumedCapacity"] = "TOTAL"

    def _count(self, http_response: Any, parsed: dict[str, Any], model: Any, **_: Any) -> None:
        used = parsed.get("ConsumedCapacity", {}).get("CapacityUnits", 0.0)
        self.units[model.name] = self.units.get(model.name, 0.0) + float(used)

    def during(self, action: Callable[[], Any]) -> dict[str, float]:
        self.units = {}
        action()
        return dict(self.units)


def notebook(items: int, places: int = 5) -> dict[str, Any]:
    book, start = Notebook(), datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(items):
        for p in range(places):
            moment = start + timedelta(hours=n * places + p)
            book.apply(Remember(f"thing number {n}", f"in drawer {p} of cabinet {n}", moment))
    return book.to_attributes()


def capacity(subjects: list[Subject], sizes: tuple[int, ...]) -> None:
    print("\n3. capacity units as the server sizes them (one save; one recall)")
    print(f"{'':15} {'items':>5} {'WRU per save':>13} {'RRU per recall':>15}")
    for subject in subjects:
        meter = Capacity(subject.register)
        for items in sizes:
            caller = Caller(user=f"bench-capacity-{items}", api_endpoint=_settings_api)
            subject.save_raw(caller.user_id, notebook(items))
            recall_event = intent_request(caller, "RecallIntent", {"item": "thing number 1"})
            subject.handler(recall_event, None)  # the first learns the device's time zone
            save = meter.during(
                partial(subject.handler, _remember(caller, "thing number 1", "on the shelf"), None)
            )
            recall = meter.during(partial(subject.handler, recall_event, None))
            print(
                f"{subject.name:15} {items:5} {save.get('PutItem', 0):13.1f} "
                f"{recall.get('GetItem', 0):15.1f}"
            )


# --- 4. contention --------------------------------------------------------------------------


@dataclass
class Burst:
    saved: int = 0
    refused: int = 0
    unsure: int = 0  # "I'm not sure that was saved": either outcome is true
    lost: int = 0  # acknowledged but not stored
    refused_but_stored: int = 0
    slowest_ms: float = 0.0


def burst(subject: Subject, truth: DynamoDbStore, writers: int, notes: int) -> Burst:
    """`writers` devices of one user each save `notes` new items, all starting at once."""
    user = Caller(user=f"bench-burst-{subject.name[:5]}-{writers}-{random.randrange(10**6)}")
    heard: list[tuple[str, str, float]] = []
    lock = threading.Lock()
    start = threading.Barrier(writers)

    def device(number: int) -> None:
        caller = Caller(user=user.user, device=f"device-{number}", api_endpoint=_settings_api)
        start.wait()
        for n in range(notes):
            item = f"item {number} {n}"
            began = time.perf_counter()
            reply = _speech(subject.handler(_remember(caller, item, "in a box"), None))
            with lock:
                heard.append((item, reply, (time.perf_counter() - began) * 1000))

    threads = [threading.Thread(target=device, args=(d,)) for d in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = set(truth.load(user.user_id, consistent=True).attributes.get("notes", {}))
    result = Burst(slowest_ms=max(ms for _, _, ms in heard))
    for item, reply, _ in heard:
        key = item  # "item 3 4" is its own key
        if reply.startswith("Got it."):
            result.saved += 1
            result.lost += key not in stored
        elif reply.startswith("Sorry, I'm not sure"):
            result.unsure += 1
        else:
            result.refused += 1
            result.refused_but_stored += key in stored
    return result


def contention(
    url: str, truth_url: str, writer_counts: tuple[int, ...], notes: int, table: str, title: str
) -> None:
    print(f"\n4. {title}: W devices of one user, {notes} new notes each, all at once")
    print(
        f"{'':15} {'W':>3} {'saved':>6} {'refused':>8} {'unsure':>7} {'lost':>5} "
        f"{'refused-but-stored':>19} {'slowest ms':>11}"
    )
    config = DynamoDbConfig(table_name=table, region="us-east-1", endpoint_url=url)
    truth = DynamoDbStore.connect(DynamoDbConfig(table, region="us-east-1", endpoint_url=truth_url))
    for subject in (stock(config), ours(config)):
        for writers in writer_counts:
            b = burst(subject, truth, writers, notes)
            print(
                f"{subject.name:15} {writers:3} {b.saved:6} {b.refused:8} {b.unsure:7} "
                f"{b.lost:5} {b.refused_but_stored:19} {b.slowest_ms:11.0f}"
            )


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
    parser.add_argument("--cold-runs", type=int, default=9, help="alternated process pairs")
    parser.add_argument(
        "--deployed-runs", type=int, default=9, help="alternated as-deployed cold starts (0: none)"
    )
    parser.add_argument("--turns", type=int, default=150, help="remember+recall pairs")
    parser.add_argument("--sizes", default="10,50,200", help="notebook sizes for capacity")
    parser.add_argument("--writers", default="4,8,16", help="concurrent devices of one user")
    parser.add_argument("--notes", type=int, default=5, help="new notes per device")
    parser.add_argument("--jitter-ms", type=int, default=400, help="0..N ms on every call")
    parser.add_argument(
        "--server",
        choices=SERVERS,
        default=preferred_server(),
        help="the DynamoDB-API server (default: DynamoDB Local when Java is there, else dynalite)",
    )
    args = parser.parse_args(argv)
    sizes = tuple(int(n) for n in args.sizes.split(","))
    writers = tuple(int(n) for n in args.writers.split(","))
    with running_server(args.server) as url:
        tables = {name: f"bench-{name}" for name in ("cold", "stock", "ours", "burst", "jitter")}
        for table in tables.values():
            create_table_if_missing(
                DynamoDbConfig(table_name=table, region="us-east-1", endpoint_url=url)
            )
        print(f"{args.server} at {url}; Python {sys.version.split()[0]}; {os.cpu_count()} cores")
        if args.cold_runs:
            cold_init(url, tables["cold"], args.cold_runs)
        if args.deployed_runs:
            as_deployed(url, tables["cold"], args.deployed_runs)
        subjects = [
            stock(DynamoDbConfig(tables["stock"], region="us-east-1", endpoint_url=url)),
            ours(DynamoDbConfig(tables["ours"], region="us-east-1", endpoint_url=url)),
        ]
        latency(subjects, args.turns)
        eventual = ours(
            DynamoDbConfig(
                tables["ours"], region="us-east-1", endpoint_url=url, consistent_read=False
            )
        )
        eventual.name = "ours, eventual"
        capacity([*subjects, eventual], sizes)
        contention(url, url, writers, args.notes, tables["burst"], "contention")
        with FaultProxy(url) as proxy:
            proxy.set_policy(jitter(0.0, args.jitter_ms / 1000, random.Random(7)))
            contention(
                proxy.url, url, writers, args.notes, tables["jitter"],
                f"contention with 0-{args.jitter_ms} ms of latency on every call",
            )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
