"""What a failed call means for the onboarding: a wrong try, a dead code, a wait.

The API documents no error bodies, so the reading is layered: the body's
machine-readable `code` when there is one (the sandbox sends them), then
`attemptsLeft`, then the status. A refusal that is not the code's fault
(credentials, a server problem, the network) is never counted as a try.
"""

from __future__ import annotations

from enum import StrEnum

from otp_desktop.api.errors import AcceptedButUnreadableError, ApiError, HttpStatusError


class Verdict(StrEnum):
    WRONG_CODE = "wrong_code"
    """A wrong try: it counts against the attempts."""
    BURNT = "burnt"
    """Too many wrong tries: this code will never work."""
    EXPIRED = "expired"
    """The code's lifetime has passed (never counted as a wrong try)."""
    NO_PENDING_CODE = "no_pending_code"
    """The server holds no code for the number: a new one must be registered."""
    RATE_LIMITED = "rate_limited"
    """429: wait, then the same request may go again."""
    ACCEPTED = "accepted"
    """2xx, but the answer cannot be read: it took effect; never repeated blindly."""
    OTHER = "other"
    """Credentials, server trouble, network: the same request may be retried."""


_CODE_VERDICTS = {
    "OTP_EXPIRED": Verdict.EXPIRED,
    "CODE_EXPIRED": Verdict.EXPIRED,
    "OTP_ATTEMPTS_EXCEEDED": Verdict.BURNT,
    "TOO_MANY_ATTEMPTS": Verdict.BURNT,
    "NO_PENDING_CODE": Verdict.NO_PENDING_CODE,
}
CODE_GONE = frozenset({Verdict.BURNT, Verdict.EXPIRED, Verdict.NO_PENDING_CODE})
"""Verdicts after which only a new code can lead on."""


def _http(exc: ApiError) -> HttpStatusError | None:
    return exc if isinstance(exc, HttpStatusError) else None


def verify_verdict(exc: ApiError) -> Verdict:
    """What a failed verify means."""
    if isinstance(exc, AcceptedButUnreadableError):
        return Verdict.ACCEPTED
    http = _http(exc)
    if http is None:
        return Verdict.OTHER
    if http.status == 429:
        return Verdict.RATE_LIMITED
    known = _CODE_VERDICTS.get(http.error_code.upper())
    if known is not None:
        return known
    if http.status == 410:
        return Verdict.NO_PENDING_CODE
    if http.status not in (400, 422):
        return Verdict.OTHER
    if http.attempts_left == 0:
        return Verdict.BURNT
    if "expired" in http.server_message.lower():
        return Verdict.EXPIRED
    return Verdict.WRONG_CODE


def send_verdict(exc: ApiError) -> Verdict:
    """What a failed register or resend means."""
    if isinstance(exc, AcceptedButUnreadableError):
        return Verdict.ACCEPTED
    http = _http(exc)
    if http is None:
        return Verdict.OTHER
    if http.status == 429:
        return Verdict.RATE_LIMITED
    if http.error_code.upper() == "NO_PENDING_CODE":
        return Verdict.NO_PENDING_CODE
    return Verdict.OTHER
