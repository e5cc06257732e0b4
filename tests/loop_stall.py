"""How long the event loop stood still, as the app's own doing.

The heartbeat's fast Qt timer ticks on the UI thread; the longest gap between
two ticks is how long the loop did not turn. On a loaded machine much of a
gap can be time the thread sat runnable, waiting for a CPU, which says
nothing about the app: Linux counts that time per thread
(/proc/thread-self/schedstat, second field) and it is taken out. What remains
is the thread running (our code, Qt's layout and painting) or blocked (a
blocking call on the UI thread): a freeze.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.heartbeat import Heartbeat

STALL_LIMIT_S = 0.05
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

    def tick(self) -> None:
        now, wait = time.perf_counter(), _runqueue_wait_s()
        self.longest = max(self.longest, (now - self.last) - (wait - self.last_wait))
        self.last, self.last_wait = now, wait

    def start(self) -> StallMeter:
        super().start()
        self.last_wait = _runqueue_wait_s()
        return self
