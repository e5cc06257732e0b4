"""The longest gap between ticks of a fast Qt timer: a frozen event loop
shows at once. Shared by the ui_stall benchmark and the fault-matrix test."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        self.interval_ms = interval_ms
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> Heartbeat:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start(self.interval_ms)
        return self

    def stop(self) -> float:
        """The longest gap, in seconds."""
        self.timer.stop()
        return self.longest
