"""A deadline per turn: every store call gets only the time that is left of it.

The skill makes one `Deadline` when a request arrives (the store's share of Alexa's 8 s, capped by
what the Lambda invocation has left) and opens it with `deadline_scope` for the whole request.
Store calls take `current_deadline()`: no attempt starts that could not finish in time, and no
attempt's timeouts are longer than what remains.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = [
    "DEFAULT_STORE_SECONDS",
    "MIN_ROUND_TRIP_SECONDS",
    "Deadline",
    "current_deadline",
    "deadline_scope",
]

DEFAULT_STORE_SECONDS = 3.0
# A call is worth starting only with at least this much left (a round trip on a good network).
MIN_ROUND_TRIP_SECONDS = 0.05
Clock = Callable[[], float]


class Deadline:
    """A point in monotonic time; `remaining()` is never negative."""

    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.seconds = max(0.0, seconds)
        self.expires_at = clock() + self.seconds

    def shortened(self, seconds: float) -> Deadline:
        """A deadline `seconds` earlier than this one (to keep time for something after)."""
        return Deadline(self.remaining() - seconds, self._clock)

    def remaining(self) -> float:
        return max(0.0, self.expires_at - self._clock())

    def elapsed(self) -> float:
        return self.seconds - (self.expires_at - self._clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def __repr__(self) -> str:
        return f"Deadline({self.remaining():.3f}s of {self.seconds:.3f}s left)"


_current: ContextVar[Deadline | None] = ContextVar("attribute_store_deadline", default=None)


def current_deadline(default_seconds: float = DEFAULT_STORE_SECONDS) -> Deadline:
    """The deadline of the request in progress, or a fresh one outside any request."""
    return _current.get() or Deadline(default_seconds)


@contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)
