"""One onboarding: phone -> code -> result, and what may happen next.

The UI shows this state and forwards input; tests drive it with no widget.
Each action method is a coroutine; a second call while one runs returns at
once without a request, so 20 rapid clicks send one request. Cancelling the
task that runs an action (Cancel / Esc) cancels the HTTP request with it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Protocol, TypeVar

from otp_desktop.api.errors import ApiError, HttpStatusError
from otp_desktop.api.masking import mask_phone
from otp_desktop.flow.busy_state import BusyState, error_detail
from otp_desktop.flow.cooldown import Clock, Countdown

CODE_LENGTH = 6
T = TypeVar("T")


class Step(Enum):
    PHONE = "phone"
    CODE = "code"
    DONE = "done"


class Action(StrEnum):
    SEND = "send"
    RESEND = "resend"
    VERIFY = "verify"


class Outcome(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    ABANDONED = "abandoned"


class SentCode(Protocol):
    @property
    def auth_code(self) -> str: ...
    @property
    def is_new_user(self) -> bool: ...


class Verified(Protocol):
    @property
    def message(self) -> str: ...


class OtpApi(Protocol):
    """The part of the API client the flow needs (tests may hand a fake)."""

    async def register(self, phone_number: str, country_code: str) -> SentCode: ...
    async def resend(self, phone_number: str, country_code: str) -> SentCode: ...
    async def verify(
        self, phone_number: str, country_code: str, auth_code: str, otp: str
    ) -> Verified: ...


@dataclass(frozen=True, slots=True)
class PhoneTarget:
    national_digits: str
    country_code: str
    """`+91`"""
    display: str
    """`+91 98765 43219`"""
    region: str = ""

    @property
    def masked(self) -> str:
        return mask_phone(self.national_digits, self.country_code)


@dataclass(frozen=True, slots=True)
class FlowError:
    action: Action
    message: str
    """Plain words for the user."""
    detail: str
    """Status and server body, behind "Details"."""
    status: int | None = None


class OnboardingFlow(BusyState[Action]):
    def __init__(
        self,
        api: OtpApi,
        *,
        cooldown_s: float = 30.0,
        code_lifetime_s: float | None = 300.0,
        max_attempts: int | None = 5,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self.api = api
        self.cooldown_s = cooldown_s
        self.code_lifetime_s = code_lifetime_s
        self.max_attempts = max_attempts
        self._clock = clock
        self.resend_countdown = Countdown(clock)
        self.code_countdown = Countdown(clock)
        self._reset(keep_target=False)

    def _reset(self, *, keep_target: bool) -> None:
        self.step = Step.PHONE
        if not keep_target:
            self.target: PhoneTarget | None = None
        self.auth_code = ""
        self.is_new_user: bool | None = None
        self.busy = None
        self.error: FlowError | None = None
        self.result_message = ""
        self.wrong_attempts = 0
        self.server_attempts_left: int | None = None
        self.code_burnt = False
        self.resends = 0
        self.started_at: float | None = None
        self.finished_at: float | None = None
        self.outcome: Outcome | None = None
        self.resend_countdown.clear()
        self.code_countdown.clear()

    # --- what may happen next -------------------------------------------

    @property
    def attempts_left(self) -> int | None:
        if self.server_attempts_left is not None:
            return self.server_attempts_left
        if self.max_attempts is None:
            return None
        return max(0, self.max_attempts - self.wrong_attempts)

    def can_resend(self) -> bool:
        return self.step is Step.CODE and self.busy is None and not self.resend_countdown.running

    def can_verify(self, code: str) -> bool:
        return (
            self.step is Step.CODE
            and self.busy is None
            and not self.code_burnt
            and len(code) == CODE_LENGTH
            and code.isdigit()
        )

    # --- actions ----------------------------------------------------------

    async def send_code(self, target: PhoneTarget) -> bool:
        """Register the number; on success the flow moves to the code step."""
        if self.busy is not None or self.step is not Step.PHONE:
            return False
        if self.target != target:
            self.resend_countdown.clear()
        self.target = target
        sent = await self._run(
            Action.SEND, self.api.register(target.national_digits, target.country_code)
        )
        if sent is None:
            return False
        self.started_at = time.time()
        self._accept_code(sent)
        self.step = Step.CODE
        self._changed()
        return True

    async def resend(self) -> bool:
        if not self.can_resend() or self.target is None:
            return False
        t = self.target
        sent = await self._run(Action.RESEND, self.api.resend(t.national_digits, t.country_code))
        if sent is None:
            return False
        self.resends += 1
        self._accept_code(sent)
        self._changed()
        return True

    async def verify(self, code: str) -> bool:
        if not self.can_verify(code) or self.target is None:
            return False
        t = self.target
        done = await self._run(
            Action.VERIFY, self.api.verify(t.national_digits, t.country_code, self.auth_code, code)
        )
        if done is None:
            return False
        self.result_message = done.message or "Verified."
        self.step = Step.DONE
        self.outcome = Outcome.VERIFIED
        self.finished_at = time.time()
        self._changed()
        return True

    def _accept_code(self, sent: SentCode) -> None:
        self.auth_code = sent.auth_code
        self.is_new_user = sent.is_new_user
        self.wrong_attempts = 0
        self.server_attempts_left = None
        self.code_burnt = False
        self.error = None
        self.resend_countdown.start(self.cooldown_s)
        if self.code_lifetime_s:
            self.code_countdown.start(self.code_lifetime_s)

    def _failed(self, action: Action, exc: ApiError) -> None:
        status = exc.status if isinstance(exc, HttpStatusError) else None
        detail = error_detail(exc)
        if isinstance(exc, HttpStatusError):
            if exc.retry_after is not None and action in (Action.SEND, Action.RESEND):
                self.resend_countdown.start(exc.retry_after)
            if action is Action.VERIFY and exc.status in (400, 422):
                self.wrong_attempts += 1
                if exc.attempts_left is not None:
                    self.server_attempts_left = exc.attempts_left
                if self.attempts_left == 0:
                    self.code_burnt = True
        message = exc.user_message
        if action is Action.VERIFY and status in (400, 422):
            said = exc.server_message if isinstance(exc, HttpStatusError) else ""
            message = "The code was not accepted." + (f' The server said: "{said}"' if said else "")
            if not self.code_burnt:
                message += " Check the SMS and type the code again."
        self.error = FlowError(action, message, detail, status)

    # --- navigation -------------------------------------------------------

    def change_number(self) -> None:
        """Back to the phone step with the number kept."""
        if self.step is not Step.CODE:
            return
        self.step = Step.PHONE
        self.error = None
        self.auth_code = ""
        self.code_countdown.clear()
        self._changed()

    def next_user(self) -> None:
        """A fresh onboarding; the UI keeps the country, the flow forgets all."""
        self._reset(keep_target=False)
        self._changed()

    def summary(self, environment: str, now: float | None = None) -> str:
        """One line for a ticket: masked number, environment, time, outcome."""
        when = time.strftime(
            "%Y-%m-%d %H:%M", time.localtime(self.finished_at or now or time.time())
        )
        who = self.target.masked if self.target else "(no number)"
        outcome = (self.outcome or Outcome.ABANDONED).value
        new = " (new user)" if self.is_new_user else ""
        took = ""
        if self.started_at and self.finished_at:
            took = f", {int(self.finished_at - self.started_at)} s"
        return (
            f"OTP onboarding {outcome}{new}: {who} on {environment} at {when}{took}, "
            f"resends: {self.resends}"
        )
