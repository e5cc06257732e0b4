"""Clocks that count down: the resend cooldown and the code's lifetime."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class Countdown:
    """Seconds left until a deadline on a monotonic clock; None when unknown."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._deadline: float | None = None

    def start(self, seconds: float) -> None:
        self._deadline = self._clock() + max(0.0, seconds)

    def clear(self) -> None:
        self._deadline = None

    @property
    def known(self) -> bool:
        return self._deadline is not None

    def remaining(self) -> float:
        if self._deadline is None:
            return 0.0
        return max(0.0, self._deadline - self._clock())

    @property
    def running(self) -> bool:
        return self.remaining() > 0


def format_seconds(seconds: float) -> str:
    """`0:45`, `4:59`: how the countdowns read."""
    whole = int(seconds + 0.999)
    return f"{whole // 60}:{whole % 60:02d}"
