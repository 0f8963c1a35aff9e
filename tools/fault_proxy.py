"""A fault-injecting HTTP proxy between a botocore DynamoDB client and a local DynamoDB-API server
(DynamoDB Local or dynalite; tests, benchmarks).

    with running_dynamodb_local() as upstream, FaultProxy(upstream) as proxy:
        proxy.set_policy(for_operation("PutItem", first_n(1, RESET_AFTER)))
        client = ...create_client("dynamodb", endpoint_url=proxy.url, ...)

Every request on a client connection (HTTP/1.1 keep-alive) is parsed, shown to the policy as a
`RequestInfo`, and answered as the `Fault` it returns says. The faults that forward first
(`RESET_AFTER`, `ERROR_500_AFTER`, `delay_response`, `trickle`) let a write land although the client
sees a failure or a late answer. Each request gets its own upstream connection, so a fault never
leaves the upstream side in an unknown state. `item_on_condition_failure=False` answers a failed
condition without the current item, as a server without `ReturnValuesOnConditionCheckFailure`
(dynalite), or a request that did not ask for it (through DAX), does.
"""

from __future__ import annotations

import dataclasses
import enum
import http.client
import json
import random
import select
import socket
import struct
import threading
import time
import uuid
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "BLACK_HOLE",
    "ERROR_500_AFTER",
    "ERROR_500_BEFORE",
    "PASS",
    "RESET_AFTER",
    "RESET_BEFORE",
    "THROTTLE",
    "Fault",
    "FaultKind",
    "FaultProxy",
    "Policy",
    "RequestInfo",
    "delay",
    "delay_response",
    "every_nth",
    "first_n",
    "for_operation",
    "jitter",
    "mix",
    "throttle",
    "trickle",
]

_POLL = 0.05  # how often blocked threads look at the stop flag
_THROTTLING_TYPES = ("ThrottlingException", "ProvisionedThroughputExceededException")
_HOP_HEADERS = frozenset({"connection", "keep-alive", "transfer-encoding", "content-length"})


class FaultKind(enum.Enum):
    PASS = "pass"
    DELAY = "delay"  # wait, then forward (even if the client gave up: a request late in flight)
    DELAY_RESPONSE = "delay_response"  # forward (the write lands), wait, then answer
    BLACK_HOLE = "black_hole"  # never answer; hold the connection until the client hangs up
    RESET_BEFORE = "reset_before"  # TCP RST instead of forwarding
    RESET_AFTER = "reset_after"  # forward, then TCP RST instead of answering
    THROTTLE = "throttle"  # 400 throttling error, not forwarded
    ERROR_500_BEFORE = "error_500_before"  # 500 InternalServerError, not forwarded
    ERROR_500_AFTER = "error_500_after"  # forward, then 500 InternalServerError
    TRICKLE = "trickle"  # forward, then answer a few bytes at a time


@dataclasses.dataclass(frozen=True)
class Fault:
    kind: FaultKind
    seconds: float = 0.0  # DELAY, DELAY_RESPONSE: the wait; TRICKLE: the pause between chunks
    error_type: str = "ThrottlingException"  # THROTTLE: the DynamoDB error's __type
    chunk_size: int = 8  # TRICKLE: bytes per chunk


PASS = Fault(FaultKind.PASS)
BLACK_HOLE = Fault(FaultKind.BLACK_HOLE)
RESET_BEFORE = Fault(FaultKind.RESET_BEFORE)
RESET_AFTER = Fault(FaultKind.RESET_AFTER)
THROTTLE = Fault(FaultKind.THROTTLE)
ERROR_500_BEFORE = Fault(FaultKind.ERROR_500_BEFORE)
ERROR_500_AFTER = Fault(FaultKind.ERROR_500_AFTER)


def delay(seconds: float) -> Fault:
    return Fault(FaultKind.DELAY, seconds=seconds)


def delay_response(seconds: float) -> Fault:
    return Fault(FaultKind.DELAY_RESPONSE, seconds=seconds)


def trickle(chunk_delay: float, chunk_size: int = 8) -> Fault:
    return Fault(FaultKind.TRICKLE, seconds=chunk_delay, chunk_size=chunk_size)


def throttle(error_type: str = "ThrottlingException") -> Fault:
    if error_type not in _THROTTLING_TYPES:
        raise ValueError(
            f"throttle error_type must be one of {_THROTTLING_TYPES}, not {error_type!r}"
        )
    return Fault(FaultKind.THROTTLE, error_type=error_type)


@dataclasses.dataclass(frozen=True)
class RequestInfo:
    index: int  # 0, 1, 2, ... across the whole proxy
    operation: str  # "PutItem", from X-Amz-Target
    target: str  # "DynamoDB_20120810.PutItem"
    body: dict[str, Any]  # the request's JSON ({} when it is not a JSON object)


Policy = Callable[[RequestInfo], Fault]


def _as_policy(rule: Fault | Policy) -> Policy:
    if isinstance(rule, Fault):
        return lambda _info: rule
    return rule


def for_operation(operation: str, rule: Fault | Policy, otherwise: Fault | Policy = PASS) -> Policy:
    """`rule` for one operation ("PutItem"), `otherwise` for the rest."""
    chosen, other = _as_policy(rule), _as_policy(otherwise)
    return lambda info: chosen(info) if info.operation == operation else other(info)


def _counted(
    pick: Callable[[int], bool], rule: Fault | Policy, otherwise: Fault | Policy
) -> Policy:
    chosen, other = _as_policy(rule), _as_policy(otherwise)
    lock, calls = threading.Lock(), [0]

    def policy(info: RequestInfo) -> Fault:
        with lock:
            calls[0] += 1
            seen = calls[0]
        return chosen(info) if pick(seen) else other(info)

    return policy


def first_n(n: int, rule: Fault | Policy, then: Fault | Policy = PASS) -> Policy:
    """`rule` for the first n requests this policy sees, `then` afterwards."""
    return _counted(lambda seen: seen <= n, rule, then)


def every_nth(n: int, rule: Fault | Policy, otherwise: Fault | Policy = PASS) -> Policy:
    """`rule` for the nth, 2nth, ... request this policy sees."""
    return _counted(lambda seen: seen % n == 0, rule, otherwise)


def jitter(low: float, high: float, rng: random.Random) -> Policy:
    """Added latency drawn uniformly from [low, high] seconds."""
    return lambda _info: delay(rng.uniform(low, high))


def mix(rng: random.Random, weighted: Sequence[tuple[float, Fault]]) -> Policy:
    """A random fault per request, e.g. mix(random.Random(7), [(0.9, PASS), (0.1, THROTTLE)])."""
    weights, faults = [w for w, _ in weighted], [f for _, f in weighted]
    return lambda _info: rng.choices(faults, weights)[0]


@dataclasses.dataclass(frozen=True)
class _Request:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name), "")


@dataclasses.dataclass(frozen=True)
class _Response:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes

    def to_bytes(self) -> bytes:
        # Length and DynamoDB's body checksum (botocore verifies it) always match the body sent.
        headers = [
            (k, v) for k, v in self.headers if k.lower() not in ("x-amz-crc32", *_HOP_HEADERS)
        ]
        headers += [
            ("Content-Length", str(len(self.body))),
            ("x-amz-crc32", str(zlib.crc32(self.body))),
        ]
        lines = [f"HTTP/1.1 {self.status} {self.reason}", *(f"{k}: {v}" for k, v in headers)]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


def _error_response(status: int, error_type: str, message: str) -> _Response:
    body = {"__type": f"com.amazonaws.dynamodb.v20120810#{error_type}", "message": message}
    headers = [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("x-amzn-RequestId", uuid.uuid4().hex),
    ]
    return _Response(status, http.client.responses[status], headers, json.dumps(body).encode())


def _internal_error() -> _Response:
    return _error_response(500, "InternalServerError", "Internal server error")


def _reset(sock: socket.socket) -> None:
    """Close with a TCP RST rather than a FIN (SO_LINGER on, timeout 0)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _Reader:
    """Reads HTTP/1.1 requests from one client connection; gives up when the proxy stops."""

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self.sock, self.stop, self.buffer = sock, stop, b""

    def _fill(self) -> bool:
        while not self.stop.is_set():
            if select.select([self.sock], [], [], _POLL)[0]:
                chunk = self.sock.recv(65536)
                self.buffer += chunk
                return bool(chunk)
        return False

    def read_request(self) -> _Request | None:
        while b"\r\n\r\n" not in self.buffer:
            if not self._fill():
                return None
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, path, _version = request_line.split(" ", 2)
        headers = [(k.strip(), v.strip()) for k, v in (h.split(":", 1) for h in header_lines)]
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
        while len(self.buffer) < length:
            if not self._fill():
                return None
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return _Request(method, path, headers, body)

    def drain_until_closed(self) -> None:
        while self._fill():
            self.buffer = b""


class FaultProxy:
    """A loopback HTTP proxy to `upstream_url` that injects the faults its policy picks."""

    def __init__(
        self,
        upstream_url: str,
        *,
        item_on_condition_failure: bool = True,
        upstream_timeout: float = 10.0,
    ) -> None:
        parts = urlsplit(upstream_url)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._upstream_timeout = upstream_timeout
        self.item_on_condition_failure = item_on_condition_failure
        self._policy: Policy = _as_policy(PASS)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.requests = self.forwarded = self.connections = 0
        self.operations: Counter[str] = Counter()
        self.faults: Counter[FaultKind] = Counter()
        # Unexpected failures inside the proxy; a client hanging up or resetting is not one.
        self.errors: list[Exception] = []
        # Port 0: the kernel picks a free port at bind time, with no race against other processes.
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        self._acceptor.start()

    def set_policy(self, policy: Fault | Policy) -> None:
        with self._lock:
            self._policy = _as_policy(policy)

    @property
    def active_connections(self) -> int:
        with self._lock:
            return sum(thread.is_alive() for thread in self._threads)

    def close(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._listener.close()
        deadline = time.monotonic() + timeout
        self._acceptor.join(timeout)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the listener was closed
            client.settimeout(5.0)  # bounds sendall to a client that stopped reading
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            with self._lock:
                self.connections += 1
                self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _serve(self, client: socket.socket) -> None:
        reader = _Reader(client, self._stop)
        try:
            while (request := reader.read_request()) is not None:
                if not self._handle(client, reader, request):
                    break
        except OSError:
            pass  # the client hung up or reset: ordinary under fault injection
        except Exception as exc:
            with self._lock:
                self.errors.append(exc)
        finally:
            client.close()

    def _handle(self, client: socket.socket, reader: _Reader, request: _Request) -> bool:
        """Answer one request as the policy says; False when the connection is finished."""
        target = request.header("x-amz-target")
        try:
            parsed = json.loads(request.body or b"{}")
        except ValueError:
            parsed = {}
        body = parsed if isinstance(parsed, dict) else {}
        with self._lock:
            info = RequestInfo(self.requests, target.rpartition(".")[2], target, body)
            self.requests += 1
            self.operations[info.operation] += 1
            policy = self._policy
        fault = policy(info)
        kind = fault.kind
        with self._lock:
            self.faults[kind] += 1
        if kind is FaultKind.BLACK_HOLE:
            reader.drain_until_closed()
            return False
        if kind is FaultKind.RESET_BEFORE:
            _reset(client)
            return False
        if kind is FaultKind.THROTTLE:
            message = "Rate of requests exceeds the allowed throughput."
            return self._send(client, request, _error_response(400, fault.error_type, message))
        if kind is FaultKind.ERROR_500_BEFORE:
            return self._send(client, request, _internal_error())
        if kind is FaultKind.DELAY and self._stop.wait(fault.seconds):
            return False
        response = self._forward(request, info)
        if kind is FaultKind.RESET_AFTER:
            _reset(client)
            return False
        if kind is FaultKind.ERROR_500_AFTER:
            response = _internal_error()
        if kind is FaultKind.DELAY_RESPONSE and self._stop.wait(fault.seconds):
            return False
        return self._send(client, request, response, fault)

    def _send(
        self, client: socket.socket, request: _Request, response: _Response, fault: Fault = PASS
    ) -> bool:
        data = response.to_bytes()
        if fault.kind is not FaultKind.TRICKLE:
            client.sendall(data)
        else:
            for start in range(0, len(data), fault.chunk_size):
                client.sendall(data[start : start + fault.chunk_size])
                if self._stop.wait(fault.seconds):
                    return False
        return request.header("connection").lower() != "close"

    def _exchange(
        self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> _Response:
        upstream = http.client.HTTPConnection(*self._upstream, timeout=self._upstream_timeout)
        try:
            upstream.request(method, path, body=body, headers=dict(headers))
            answer = upstream.getresponse()
            kept = [(k, v) for k, v in answer.getheaders() if k.lower() not in _HOP_HEADERS]
            return _Response(answer.status, answer.reason, kept, answer.read())
        finally:
            upstream.close()

    def _forward(self, request: _Request, info: RequestInfo) -> _Response:
        response = self._exchange(request.method, request.path, request.headers, request.body)
        with self._lock:
            self.forwarded += 1
        if (
            not self.item_on_condition_failure
            and response.status == 400
            and b"ConditionalCheckFailedException" in response.body
        ):
            return _without_item(response)
        return response


def _without_item(failed: _Response) -> _Response:
    """The failure as a server without ReturnValuesOnConditionCheckFailure answers it."""
    error = json.loads(failed.body)
    error.pop("Item", None)
    return dataclasses.replace(failed, body=json.dumps(error).encode())
