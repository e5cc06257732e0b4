"""OTP state: codes issued, resends, attempts, send limits and the inbox."""

from __future__ import annotations

import secrets
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

from otp_desktop.sandbox.clock import Clock
from otp_desktop.sandbox.rules import SandboxRules

VERIFIED_MESSAGE = "successfully verified OTP & identity-associated"


class OtpRuleError(Exception):
    """A rule refused the request: status, message and extra JSON fields."""

    def __init__(self, status: int, message: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra
        self.retry_after: float | None = None


@dataclass(slots=True)
class PendingCode:
    otp: str
    auth_code: str
    sent_at: float
    expires_at: float
    wrong_attempts: int = 0


@dataclass(frozen=True, slots=True)
class SentMessage:
    phone_number: str
    country_code: str
    otp: str
    auth_code: str
    sent_at: float
    expires_at: float
    kind: str

    def to_json(self) -> dict[str, object]:
        return {
            "phone_number": self.phone_number,
            "countryCode": self.country_code,
            "otp": self.otp,
            "authCode": self.auth_code,
            "sent_at": _iso(self.sent_at),
            "expires_at": _iso(self.expires_at),
            "kind": self.kind,
        }


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _digits(n: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(n))


Key = tuple[str, str]


@dataclass
class OtpStore:
    rules: SandboxRules
    clock: Clock
    pending: dict[Key, PendingCode] = field(default_factory=dict)
    sends: dict[Key, deque[float]] = field(default_factory=dict)
    verified: set[Key] = field(default_factory=set)
    inbox: deque[SentMessage] = field(default_factory=lambda: deque(maxlen=1000))

    def send(self, country_code: str, phone_number: str, kind: str) -> tuple[PendingCode, bool]:
        """Issue a new code (register or resend); the old one stops working."""
        key = (country_code, phone_number)
        now = self.clock.now()
        if kind == "resend" and key not in self.pending:
            raise OtpRuleError(
                400,
                "No code was requested for this number: call register first.",
                code="NO_PENDING_CODE",
            )
        current = self.pending.get(key)
        if current is not None:
            wait = current.sent_at + self.rules.resend_cooldown_s - now
            if wait > 0:
                err = OtpRuleError(
                    429,
                    f"A code was sent {int(now - current.sent_at)} s ago. "
                    f"Wait {int(wait + 0.999)} s before asking for another.",
                    code="RESEND_COOLDOWN",
                )
                err.retry_after = wait
                raise err
        window = self.sends.setdefault(key, deque())
        while window and window[0] <= now - self.rules.send_window_s:
            window.popleft()
        if len(window) >= self.rules.send_limit:
            err = OtpRuleError(
                429,
                f"Too many codes sent to this number ({self.rules.send_limit} in "
                f"{int(self.rules.send_window_s // 60)} min). Try again later.",
                code="SEND_LIMIT",
            )
            err.retry_after = window[0] + self.rules.send_window_s - now
            raise err
        window.append(now)
        code = PendingCode(
            otp=self._otp_for(country_code, phone_number),
            auth_code=_digits(self.rules.auth_code_digits),
            sent_at=now,
            expires_at=now + self.rules.otp_lifetime_s,
        )
        self.pending[key] = code
        self.inbox.appendleft(
            SentMessage(
                phone_number, country_code, code.otp, code.auth_code, now, code.expires_at, kind
            )
        )
        return code, key not in self.verified

    def _otp_for(self, country_code: str, phone_number: str) -> str:
        for test in self.rules.test_numbers:
            if (test.country_code, test.phone_number) == (country_code, phone_number):
                return test.otp
        return _digits(self.rules.otp_digits)

    def verify(self, country_code: str, phone_number: str, auth_code: str, otp: str) -> None:
        """Accept the latest code or raise OtpRuleError (wrong, expired, burnt)."""
        key = (country_code, phone_number)
        code = self.pending.get(key)
        if code is None:
            raise OtpRuleError(
                400,
                "No code is pending for this number. Request a new code.",
                code="NO_PENDING_CODE",
            )
        if self.clock.now() >= code.expires_at:
            del self.pending[key]
            raise OtpRuleError(400, "The code has expired. Request a new code.", code="OTP_EXPIRED")
        auth_ok = secrets.compare_digest(auth_code, code.auth_code)
        otp_ok = secrets.compare_digest(otp, code.otp)
        if auth_ok and otp_ok:
            del self.pending[key]
            self.verified.add(key)
            return
        code.wrong_attempts += 1
        left = self.rules.max_attempts - code.wrong_attempts
        if left <= 0:
            del self.pending[key]
            raise OtpRuleError(
                400,
                "Too many wrong codes: this code no longer works. Request a new code.",
                code="OTP_ATTEMPTS_EXCEEDED",
                attemptsLeft=0,
            )
        what = "The code is wrong." if auth_ok else "The authCode is not the latest one sent."
        raise OtpRuleError(
            400,
            f"{what} {left} attempt{'s' if left != 1 else ''} left.",
            code="OTP_INVALID" if auth_ok else "AUTH_CODE_MISMATCH",
            attemptsLeft=left,
        )

    def messages(self, phone_number: str | None = None) -> list[SentMessage]:
        return [m for m in self.inbox if phone_number in (None, m.phone_number)]
