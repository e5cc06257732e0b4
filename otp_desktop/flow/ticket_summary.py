"""The one-line ticket summary of an onboarding, kept as its parts so the
UI can word it in its own language (the English line is for logs and tests)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from otp_desktop.flow.steps import Outcome

if TYPE_CHECKING:
    from otp_desktop.flow.onboarding import OnboardingFlow


@dataclass(frozen=True, slots=True)
class TicketSummary:
    outcome: Outcome
    new_user: bool
    number: str
    """Masked, or "" when no number was reached."""
    environment: str
    when: str
    """Local time, like 2026-03-04 05:06."""
    took_s: int | None
    """Seconds from the first send to the end, None when it did not finish."""
    resends: int

    def english(self) -> str:
        new = " (new user)" if self.new_user else ""
        who = self.number or "(no number)"
        took = "" if self.took_s is None else f", {self.took_s} s"
        return (
            f"OTP onboarding {self.outcome.value}{new}: {who} on {self.environment} "
            f"at {self.when}{took}, resends: {self.resends}"
        )


def whole_seconds(seconds: float) -> int:
    """How every duration is shown (the ticket line, the history): rounded,
    so the two never disagree by a second."""
    return round(seconds)


def summarize(flow: OnboardingFlow, environment: str, now: float | None = None) -> TicketSummary:
    """The parts of `flow`'s ticket line, as it stands (or stood when it ended)."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(flow.finished_at or now or time.time()))
    took = None
    if flow.started_at and flow.finished_at:
        took = whole_seconds(flow.finished_at - flow.started_at)
    return TicketSummary(
        outcome=flow.outcome or Outcome.ABANDONED,
        new_user=bool(flow.is_new_user),
        number=flow.target.masked if flow.target else "",
        environment=environment,
        when=when,
        took_s=took,
        resends=flow.resends,
    )
