"""The longest gap between ticks of a fast Qt timer: a frozen event loop
shows at once. Shared by the ui_stall benchmark and the fault-matrix test.

Two measures of each gap: wall-clock time (what a person sees, including
any wait for a CPU on a busy machine) and the UI thread's own CPU time
(what the app itself spent without returning to the loop; other programs'
load does not count, waiting for the GIL does not count either)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        self.interval_ms = interval_ms
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.longest_cpu = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last)
        self.longest_cpu = max(self.longest_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def start(self) -> Heartbeat:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.longest = self.longest_cpu = 0.0
        self.timer.start(self.interval_ms)
        return self

    def stop(self) -> float:
        """The longest gap, in seconds."""
        self.timer.stop()
        return self.longest
