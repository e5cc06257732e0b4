"""The one line an agent pastes into a ticket at the end of an onboarding."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from otp_desktop.flow.steps import Outcome

if TYPE_CHECKING:
    from otp_desktop.flow.onboarding import OnboardingFlow


def ticket_line(flow: OnboardingFlow, environment: str, now: float | None = None) -> str:
    """Masked number, environment, time, outcome, how long it took, resends."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(flow.finished_at or now or time.time()))
    who = flow.target.masked if flow.target else "(no number)"
    outcome = (flow.outcome or Outcome.ABANDONED).value
    new = " (new user)" if flow.is_new_user else ""
    took = ""
    if flow.started_at and flow.finished_at:
        took = f", {int(flow.finished_at - flow.started_at)} s"
    return (
        f"OTP onboarding {outcome}{new}: {who} on {environment} at {when}{took}, "
        f"resends: {flow.resends}"
    )
