"""Today's totals for the history dock: what an agent or a team lead would
rather look at than read (verified, failed, abandoned, median time to verify,
onboardings per hour)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from otp_desktop.history.store import HistoryRow

HOURS = 24


@dataclass(frozen=True, slots=True)
class ShiftSummary:
    verified: int = 0
    failed: int = 0
    abandoned: int = 0
    in_progress: int = 0
    median_verify_s: float | None = None
    per_hour: tuple[int, ...] = field(default=(0,) * HOURS)
    """Onboardings started in each local hour of the day, 0-23."""

    @property
    def total(self) -> int:
        return self.verified + self.failed + self.abandoned + self.in_progress


def day_bounds(now: float | None = None) -> tuple[float, float]:
    """Local midnight to the next local midnight around `now`."""
    t = time.localtime(time.time() if now is None else now)
    start = time.mktime((t.tm_year, t.tm_mon, t.tm_mday, 0, 0, 0, 0, 0, -1))
    end = time.mktime((t.tm_year, t.tm_mon, t.tm_mday + 1, 0, 0, 0, 0, 0, -1))
    return start, end


def summarize(rows: Iterable[HistoryRow], since: float, until: float) -> ShiftSummary:
    counts = {"verified": 0, "failed": 0, "abandoned": 0}
    in_progress = 0
    per_hour = [0] * HOURS
    verify_times: list[float] = []
    for row in rows:
        if not since <= row.started_at < until:
            continue
        per_hour[time.localtime(row.started_at).tm_hour] += 1
        if row.outcome in counts:
            counts[row.outcome] += 1
        else:
            in_progress += 1
        if row.outcome == "verified" and row.duration_s is not None:
            verify_times.append(row.duration_s)
    return ShiftSummary(
        verified=counts["verified"],
        failed=counts["failed"],
        abandoned=counts["abandoned"],
        in_progress=in_progress,
        median_verify_s=statistics.median(verify_times) if verify_times else None,
        per_hour=tuple(per_hour),
    )
