"""Every wait before a request may go again: the resend cooldown and the
waits a 429 imposes, each per number, on the flow's monotonic clock.

A 429 holds back the number it answered, not the agent's next caller: the
server's limits are per number, and a queue of users must not wait for one."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

from otp_desktop.api.errors import HttpStatusError
from otp_desktop.flow.cooldown import Clock, format_seconds
from otp_desktop.flow.rate_limit import capped_wait
from otp_desktop.flow.steps import ENABLED, Action, Availability

Number = tuple[str, str]
"""(country code, national digits)"""


class Limited(StrEnum):
    """Which requests a 429 holds back: those that send a code, or verify."""

    CODE = "code"
    VERIFY = "verify"

    @classmethod
    def of(cls, action: Action) -> Limited:
        return cls.VERIFY if action is Action.VERIFY else cls.CODE


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
        self._holds: dict[tuple[Limited, Number], Hold] = {}

    def sent(self, number: Number, cooldown_s: float) -> None:
        """A code went to `number`: the next one waits `cooldown_s`."""
        self._cooldowns[number] = self._clock() + max(0.0, cooldown_s)

    def cooldown(self, number: Number | None) -> float:
        if number is None:
            return 0.0
        return max(0.0, self._cooldowns.get(number, 0.0) - self._clock())

    def limit(
        self, kind: Limited, number: Number | None, answer: HttpStatusError, fallback_s: float
    ) -> None:
        """A 429 `answer` for `kind` on `number`: hold those requests back for
        the capped wait (`fallback_s` when the server gave none)."""
        if number is None:
            return
        wait = capped_wait(answer.retry_after, fallback_s, capped=answer.retry_after_capped)
        self._holds[kind, number] = Hold(
            self._clock() + wait.seconds, wait.trusted, self._wall() + wait.seconds
        )

    def hold(self, kind: Limited, number: Number | None) -> Hold | None:
        return None if number is None else self._holds.get((kind, number))

    def held(self, kind: Limited, number: Number | None) -> float:
        hold = self.hold(kind, number)
        return 0.0 if hold is None else max(0.0, hold.until - self._clock())

    def code_wait(self, number: Number | None) -> float:
        """Seconds until a code may be sent to `number` (register or resend)."""
        return max(self.cooldown(number), self.held(Limited.CODE, number))


def enabled_after(wait: float, reason: str) -> Availability:
    """Enabled, or disabled for `wait` seconds with `reason` (%1: the time left)."""
    if wait > 0:
        return Availability(False, reason.replace("%1", format_seconds(wait)), wait)
    return ENABLED
