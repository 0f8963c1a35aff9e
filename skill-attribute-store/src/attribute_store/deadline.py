"""A deadline per turn: every store call gets only the time that is left of it.

The skill makes one `Deadline` when a request arrives (the store's share of Alexa's 8 s, capped by
what the Lambda invocation has left) and opens it with `deadline_scope` for the whole request —
`within_deadline(handler)` does both around a Lambda handler. Store calls take
`current_deadline()`: no attempt starts that could not finish in time, and no attempt's timeouts
are longer than what remains. Outside any scope, each call gets a deadline of its own
(`DEFAULT_STORE_SECONDS`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = [
    "DEFAULT_STORE_SECONDS",
    "MIN_ROUND_TRIP_SECONDS",
    "Deadline",
    "current_deadline",
    "deadline_scope",
    "within_deadline",
]

DEFAULT_STORE_SECONDS = 3.0
# A call is worth starting only with at least this much left (a round trip on a good network).
MIN_ROUND_TRIP_SECONDS = 0.05
# What the response still needs after the store's last call, when the invocation's own time is
# what bounds the deadline.
RESPONSE_MARGIN_SECONDS = 0.3
Clock = Callable[[], float]
Result = TypeVar("Result")


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


def within_deadline(
    handler: Callable[[Any, Any], Result], seconds: float = DEFAULT_STORE_SECONDS
) -> Callable[[Any, Any], Result]:
    """A Lambda handler whose every invocation is one deadline for all its store calls: `seconds`,
    or less when the invocation has less time left (its context's
    `get_remaining_time_in_millis`)."""

    def handle(event: Any, context: Any) -> Result:
        budget = seconds
        remaining = getattr(context, "get_remaining_time_in_millis", None)
        if callable(remaining):
            budget = min(budget, remaining() / 1000 - RESPONSE_MARGIN_SECONDS)
        with deadline_scope(Deadline(budget)):
            return handler(event, context)

    return handle
