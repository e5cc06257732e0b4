"""What the onboarding says: a dead code, a refused code."""

from __future__ import annotations

from otp_desktop.api.errors import ApiError, HttpStatusError
from otp_desktop.flow.rate_limit import wait_message
from otp_desktop.flow.steps import Action, CodeState, FlowError
from otp_desktop.flow.verdicts import Verdict
from otp_desktop.flow.waits import Limited, Number, Waits

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
    if action is not Action.VERIFY or verdict in (Verdict.OTHER, Verdict.ACCEPTED):
        return exc.user_message
    said = exc.server_message if isinstance(exc, HttpStatusError) else ""
    quoted = f' The server said: "{said}"' if said else ""
    dead = DEAD_CODE.get(code)
    if dead is not None:
        return f"The code was not accepted.{quoted} {dead}"
    return f"The code was not accepted.{quoted} Check the SMS and type the code again."


def live_error_message(error: FlowError | None, waits: Waits, number: Number | None) -> str:
    """The error in plain words; a 429's wait counts down live."""
    if error is None:
        return ""
    if error.verdict is Verdict.RATE_LIMITED:
        kind = Limited.of(error.action)
        hold = waits.hold(kind, number)
        if hold is not None:
            return wait_message(waits.held(kind, number), hold.trusted, hold.wall_until)
    return error.message
