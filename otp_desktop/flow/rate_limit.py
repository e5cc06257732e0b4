"""How long a 429 makes the agent wait, and how the wait reads.

The client hands over Retry-After as seconds (None when absent or
unreadable). A wait the flow cannot trust (negative, unreadable, over an
hour) is capped and shown as a clock time instead of a countdown.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from otp_desktop.flow.cooldown import format_seconds

MAX_WAIT_S = 3600.0
"""Longer waits are capped here and read "try again later, after 20:42"."""
MIN_FALLBACK_S = 1.0


@dataclass(frozen=True, slots=True)
class Wait:
    seconds: float
    trusted: bool
    """False when the server's value was capped or replaced."""


def capped_wait(retry_after: float | None, fallback_s: float, *, capped: bool = False) -> Wait:
    """The wait to honour for a 429 whose Retry-After is `retry_after`;
    `capped`: the client already cut a longer wait down to `retry_after`."""
    if retry_after is None or math.isnan(retry_after) or retry_after < 0:
        return Wait(max(MIN_FALLBACK_S, fallback_s), trusted=False)
    if capped or retry_after > MAX_WAIT_S:
        return Wait(MAX_WAIT_S, trusted=False)
    return Wait(retry_after, trusted=True)


def wait_message(remaining: float, trusted: bool, wall_until: float) -> str:
    """Plain words for a 429 while (and after) its wait runs."""
    if remaining <= 0:
        return "Too many requests. The wait is over: try again."
    if not trusted:
        clock = time.strftime("%H:%M", time.localtime(wall_until))
        return f"Too many requests. Try again later, after {clock}."
    return f"Too many requests. Wait {format_seconds(remaining)}, then try again."
