"""How long the event loop stood still, as the app's own doing.

The heartbeat's fast Qt timer ticks on the UI thread; a gap between two ticks
is a turn of the loop. On a loaded machine much of a gap can be time the
thread sat runnable, waiting for a CPU, which says nothing about the app:
Linux counts it per thread (/proc/thread-self/schedstat, second field) and it
is taken out. Of the rest, time the thread was blocked (a blocking call on
the UI thread: the freeze a network fault would cause) is held to 50 ms;
time it computed (our code, Qt's layout and painting, which a loaded machine
slows down too) to 100 ms per turn.

Objects that exist when the meter starts are frozen out of Python's garbage
collector until it stops: a full collection would otherwise walk the whole
test session's heap (every earlier test's modules and leftovers), a pause
that grows with the number of tests run before and that the app, with its
own small heap, never has. Garbage made while
the meter runs is still collected, and counted.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from benchmarks.heartbeat import Heartbeat

BLOCKED_LIMIT_S = 0.05
BUSY_LIMIT_S = 0.1
_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _runqueue_wait_s() -> float:
    """Time this thread has waited for a CPU so far (0 where unknown)."""
    try:
        return int(_SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class StallMeter(Heartbeat):
    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__(interval_ms)
        self.last_wait = _runqueue_wait_s()
        self.last_cpu = time.thread_time()
        self.blocked = 0.0
        self.busy = 0.0

    def tick(self) -> None:
        now, wait, cpu = time.perf_counter(), _runqueue_wait_s(), time.thread_time()
        busy = cpu - self.last_cpu
        own = (now - self.last) - (wait - self.last_wait)
        self.busy = max(self.busy, busy)
        self.blocked = max(self.blocked, own - busy - self.interval_ms / 1000)
        self.longest = max(self.longest, own)
        self.last, self.last_wait, self.last_cpu = now, wait, cpu

    def start(self) -> StallMeter:
        gc.collect()
        gc.freeze()
        super().start()
        self.last_wait, self.last_cpu = _runqueue_wait_s(), time.thread_time()
        self.blocked = self.busy = 0.0
        return self

    def stop(self) -> float:
        gc.unfreeze()
        return super().stop()

    def problem(self) -> str:
        """Stop; what was too long, or "" when the loop kept turning."""
        self.stop()
        if self.blocked >= BLOCKED_LIMIT_S:
            return f"the UI thread was blocked {self.blocked * 1000:.0f} ms"
        if self.busy >= BUSY_LIMIT_S:
            return f"the UI thread computed {self.busy * 1000:.0f} ms in one turn"
        return ""
