"""OTP state: codes issued, resends, attempts, send limits and the inbox."""

from __future__ import annotations

import secrets
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

from otp_desktop.sandbox.clock import Clock
from otp_desktop.sandbox.identity import Phone, e164_of
from otp_desktop.sandbox.rules import SandboxRules

VERIFIED_MESSAGE = "successfully verified OTP & identity-associated"


class OtpRuleError(Exception):
    """A rule refused the request: status, message and extra JSON fields."""

    def __init__(self, status: int, message: str, *, code: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = {"code": code, **extra}
        self.retry_after: float | None = None


@dataclass(slots=True)
class PendingCode:
    otp: str
    auth_code: str
    sent_at: float
    expires_at: float
    wrong_attempts: int = 0


@dataclass(slots=True)
class SentMessage:
    phone_number: str
    """As the request spelt it."""
    country_code: str
    e164: str
    otp: str
    auth_code: str
    sent_at: float
    expires_at: float
    kind: str
    outcome: str = ""
    """Why the code stopped working before it expired: used, burnt or superseded."""

    def status(self, now: float) -> str:
        """pending, used, burnt (too many wrong tries), superseded (a newer
        code was sent) or expired."""
        if self.outcome:
            return self.outcome
        return "expired" if now >= self.expires_at else "pending"

    def is_for(self, phone_number: str) -> bool:
        """True when `phone_number` is any spelling of this message's number."""
        return phone_number in (self.phone_number, self.e164) or (
            e164_of(self.country_code, phone_number) == self.e164
        )

    def to_json(self, now: float) -> dict[str, object]:
        return {
            "phone_number": self.phone_number,
            "countryCode": self.country_code,
            "e164": self.e164,
            "otp": self.otp,
            "authCode": self.auth_code,
            "sent_at": _iso(self.sent_at),
            "expires_at": _iso(self.expires_at),
            "kind": self.kind,
            "status": self.status(now),
        }


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _digits(n: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(n))


Key = str
"""A number's E.164 form: every spelling of one number shares its state."""


@dataclass
class OtpStore:
    rules: SandboxRules
    clock: Clock
    pending: dict[Key, PendingCode] = field(default_factory=dict)
    sends: dict[Key, deque[float]] = field(default_factory=dict)
    verified: set[Key] = field(default_factory=set)
    last_sent: dict[Key, float] = field(default_factory=dict)
    inbox: deque[SentMessage] = field(default_factory=lambda: deque(maxlen=1000))
    latest: dict[Key, SentMessage] = field(default_factory=dict)
    """Each number's last message: the one whose status a verify changes."""

    def send(self, phone: Phone, kind: str) -> tuple[PendingCode, bool]:
        """Issue a new code (register or resend); the old one stops working."""
        key = phone.e164
        now = self.clock.now()
        if kind == "resend" and key not in self.pending:
            raise OtpRuleError(
                400,
                "No code was requested for this number: call register first.",
                code="NO_PENDING_CODE",
            )
        self._check_cooldown(key, now)
        window = self._send_window(key, now)
        window.append(now)
        self.last_sent[key] = now
        code = PendingCode(
            otp=phone.fixed_otp or _digits(self.rules.otp_digits),
            auth_code=_digits(self.rules.auth_code_digits),
            sent_at=now,
            expires_at=now + self.rules.otp_lifetime_s,
        )
        self.pending[key] = code
        self._close(key, "superseded")
        self.latest[key] = message = SentMessage(
            phone.phone_number,
            phone.country_code,
            key,
            code.otp,
            code.auth_code,
            now,
            code.expires_at,
            kind,
        )
        self.inbox.appendleft(message)
        return code, key not in self.verified

    def _close(self, key: Key, outcome: str) -> None:
        """Mark the number's last code as no longer working, if it still was."""
        message = self.latest.get(key)
        if message is not None and message.status(self.clock.now()) == "pending":
            message.outcome = outcome

    def _check_cooldown(self, key: Key, now: float) -> None:
        """Between any two sends to one number, whatever happened in between."""
        last = self.last_sent.get(key)
        if last is None:
            return
        wait = last + self.rules.resend_cooldown_s - now
        if wait > 0:
            err = OtpRuleError(
                429,
                f"A code was sent {int(now - last)} s ago. "
                f"Wait {int(wait + 0.999)} s before asking for another.",
                code="RESEND_COOLDOWN",
            )
            err.retry_after = wait
            raise err

    def _send_window(self, key: Key, now: float) -> deque[float]:
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
        return window

    def verify(self, phone: Phone, auth_code: str, otp: str) -> None:
        """Accept the latest code or raise OtpRuleError (wrong, expired, burnt)."""
        key = phone.e164
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
            self._close(key, "used")
            return
        code.wrong_attempts += 1
        left = self.rules.max_attempts - code.wrong_attempts
        if left <= 0:
            del self.pending[key]
            self._close(key, "burnt")
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

    def forget(self, key: Key) -> None:
        """Forget a number: its codes, sends, cooldown, verification, inbox."""
        for table in (self.pending, self.sends, self.last_sent, self.latest):
            table.pop(key, None)
        self.verified.discard(key)
        kept = [m for m in self.inbox if m.e164 != key]
        self.inbox.clear()
        self.inbox.extend(kept)

    def messages(self, phone_number: str | None = None) -> list[SentMessage]:
        """Newest first; `phone_number` may be any spelling of the number."""
        if phone_number is None:
            return list(self.inbox)
        return [m for m in self.inbox if m.is_for(phone_number)]
