"""Every wait before a request may go again: the resend cooldown per number
and the waits a 429 imposes, on the flow's monotonic clock."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

from otp_desktop.flow.cooldown import Clock, format_seconds
from otp_desktop.flow.rate_limit import capped_wait
from otp_desktop.flow.steps import ENABLED, Availability

Number = tuple[str, str]
"""(country code, national digits)"""


class Limited(StrEnum):
    """Which requests a 429 holds back: those that send a code, or verify."""

    CODE = "code"
    VERIFY = "verify"


@dataclass(frozen=True, slots=True)
class Hold:
    until: float
    """Deadline on the flow's monotonic clock."""
    trusted: bool
    wall_until: float
    """The same moment on the wall clock, for "after 20:42"."""


class Waits:
    """Kept across Change number and Next user: the server does not forget."""

    def __init__(self, clock: Clock, wall: Clock = time.time) -> None:
        self._clock = clock
        self._wall = wall
        self._cooldowns: dict[Number, float] = {}
        self.holds: dict[Limited, Hold] = {}

    def sent(self, number: Number, cooldown_s: float) -> None:
        """A code went to `number`: the next one waits `cooldown_s`."""
        self._cooldowns[number] = self._clock() + max(0.0, cooldown_s)

    def cooldown(self, number: Number | None) -> float:
        if number is None:
            return 0.0
        return max(0.0, self._cooldowns.get(number, 0.0) - self._clock())

    def limit(
        self, kind: Limited, retry_after: float | None, fallback_s: float, capped: bool
    ) -> None:
        """A 429 for `kind`: hold those requests back for the capped wait."""
        wait = capped_wait(retry_after, fallback_s, capped=capped)
        self.holds[kind] = Hold(
            self._clock() + wait.seconds, wait.trusted, self._wall() + wait.seconds
        )

    def held(self, kind: Limited) -> float:
        hold = self.holds.get(kind)
        return 0.0 if hold is None else max(0.0, hold.until - self._clock())

    def code_wait(self, number: Number | None) -> float:
        """Seconds until a code may be sent to `number` (register or resend)."""
        return max(self.cooldown(number), self.held(Limited.CODE))


def enabled_after(wait: float, reason: str) -> Availability:
    """Enabled, or disabled for `wait` seconds with `reason` (%1: the time left)."""
    if wait > 0:
        return Availability(False, reason.replace("%1", format_seconds(wait)), wait)
    return ENABLED
