"""dynalite, the DynamoDB-API server from node_modules (pinned in package.json)."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["DYNALITE", "free_port", "running_dynalite"]

DYNALITE = Path(__file__).resolve().parents[1] / "node_modules" / ".bin" / "dynalite"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_dynalite(create_table_ms: int = 0, timeout: float = 20.0) -> Iterator[str]:
    """Start an in-memory dynalite on a free loopback port; yield its URL; stop it afterwards."""
    if not DYNALITE.exists():
        raise RuntimeError(f"{DYNALITE} is missing: run `make setup` (npm ci) first")
    port = free_port()
    process = subprocess.Popen(
        [
            str(DYNALITE),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--createTableMs",
            str(create_table_ms),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode() if process.stderr else ""
                    raise RuntimeError(f"dynalite did not start on port {port}: {error}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
