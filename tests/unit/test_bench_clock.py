"""`make bench`'s cold-init clock: from the spawn to the moment the child's code is done, without
the interpreter's shutdown, which a Lambda cold start never waits for."""

from __future__ import annotations

import os
import time

from tools.bench_persistence import _process


def test_the_clock_stops_when_the_code_is_done_not_at_exit() -> None:
    # The child sleeps a whole second at exit: a clock stopped at exit would include it.
    code = "import atexit, time; atexit.register(time.sleep, 1.0)"
    started = time.monotonic()
    ready_ms, peak_kib = _process(code, dict(os.environ))
    elapsed_ms = (time.monotonic() - started) * 1000
    assert 0 < ready_ms <= elapsed_ms - 1000, (ready_ms, elapsed_ms)
    assert peak_kib > 0
