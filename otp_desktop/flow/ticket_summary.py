"""The one-line ticket summary of an onboarding, kept as its parts so the
UI can word it in its own language (the English line is for logs and tests)."""

from __future__ import annotations

from dataclasses import dataclass

from otp_desktop.flow.steps import Outcome


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
