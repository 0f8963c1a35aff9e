"""dynalite, the DynamoDB-API server from node_modules (pinned in package.json)."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["DYNALITE", "DynaliteError", "free_port", "running_dynalite"]

DYNALITE = Path(__file__).resolve().parents[1] / "node_modules" / ".bin" / "dynalite"


class DynaliteError(RuntimeError):
    """dynalite is not installed, or did not start."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_dynalite(
    create_table_ms: int = 0, timeout: float = 20.0, path: Path | None = None
) -> Iterator[str]:
    """Start dynalite on a free loopback port; yield its URL; stop it afterwards.

    In memory, or persisted in the folder `path`. It runs in its own session, so a Ctrl-C in the
    terminal reaches only the tool, which can still use the server before stopping it.
    """
    if not DYNALITE.exists():
        raise DynaliteError(f"{DYNALITE} is missing: run `make setup` (npm ci) first")
    port = free_port()
    command = [str(DYNALITE), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--createTableMs", str(create_table_ms)]
    if path is not None:
        path.mkdir(parents=True, exist_ok=True)
        command += ["--path", str(path)]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    error = process.stderr.read().decode() if process.stderr else ""
                    last = error.strip().splitlines()[-1:] or ["no output"]
                    raise DynaliteError(
                        f"dynalite did not start on port {port}: {last[0]}"
                    ) from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
