"""What the onboarding says: a dead code, a refused code, the ticket line."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from otp_desktop.api.errors import ApiError, HttpStatusError
from otp_desktop.flow.steps import Action, CodeState, Outcome
from otp_desktop.flow.verdicts import Verdict

if TYPE_CHECKING:
    from otp_desktop.flow.onboarding import OnboardingFlow

DEAD_CODE = {
    CodeState.BURNT: "This code no longer works after too many wrong tries: send a new code.",
    CodeState.EXPIRED: "The code has expired: send a new code.",
    CodeState.GONE: "The server holds no code for this number any more: send a new code.",
}
"""Why the code cannot be verified, for each dead state."""
VERDICT_STATE = {
    Verdict.BURNT: CodeState.BURNT,
    Verdict.EXPIRED: CodeState.EXPIRED,
    Verdict.NO_PENDING_CODE: CodeState.GONE,
}
"""The code's state after a verify the server refused for good."""


def refusal_message(action: Action, verdict: Verdict, exc: ApiError, code: CodeState) -> str:
    """Plain words for a failed `action`; `code`: the code's state after it."""
    if verdict is Verdict.RATE_LIMITED:
        return "Too many requests."  # the flow's error_message() adds the live wait
    if action is not Action.VERIFY or verdict is Verdict.OTHER:
        return exc.user_message
    said = exc.server_message if isinstance(exc, HttpStatusError) else ""
    quoted = f' The server said: "{said}"' if said else ""
    dead = DEAD_CODE.get(code)
    if dead is not None:
        return f"The code was not accepted.{quoted} {dead}"
    return f"The code was not accepted.{quoted} Check the SMS and type the code again."


def ticket_line(flow: OnboardingFlow, environment: str, now: float | None = None) -> str:
    """One line for a ticket: masked number, environment, time, outcome."""
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
