"""One onboarding: phone -> code -> result, and every rule of what may happen next.

The UI renders `availability()` for each action and forwards clicks; tests
drive the flow with no widget. Each action method is a coroutine that first
checks its own availability, so a click on anything disabled (or a second
click while a request runs) sends nothing. Cancelling the task that runs an
action (Cancel / Esc) cancels the HTTP request with it.
"""

from __future__ import annotations

import time

from otp_desktop.api.errors import ApiError, HttpStatusError
from otp_desktop.flow.busy_state import BusyState, error_detail
from otp_desktop.flow.cooldown import Clock, Countdown, format_seconds
from otp_desktop.flow.rate_limit import wait_message
from otp_desktop.flow.steps import (
    CODE_LENGTH,
    ENABLED,
    Action,
    Availability,
    CodeState,
    FlowError,
    OtpApi,
    Outcome,
    PhoneTarget,
    SentCode,
    Step,
)
from otp_desktop.flow.verdicts import CODE_GONE, Verdict, send_verdict, verify_verdict
from otp_desktop.flow.waits import Limited, Waits

_DEAD_CODE = {
    CodeState.BURNT: "This code no longer works after too many wrong tries: send a new code.",
    CodeState.EXPIRED: "The code has expired: send a new code.",
    CodeState.GONE: "The server holds no code for this number any more: send a new code.",
}
_VERDICT_STATE = {
    Verdict.BURNT: CodeState.BURNT,
    Verdict.EXPIRED: CodeState.EXPIRED,
    Verdict.NO_PENDING_CODE: CodeState.GONE,
}


class OnboardingFlow(BusyState[Action]):
    def __init__(
        self,
        api: OtpApi,
        *,
        cooldown_s: float = 30.0,
        code_lifetime_s: float | None = 300.0,
        max_attempts: int | None = 5,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        super().__init__()
        self.api = api
        self.cooldown_s = cooldown_s
        self.code_lifetime_s = code_lifetime_s
        self.max_attempts = max_attempts
        self.code_countdown = Countdown(clock)
        self.waits = Waits(clock, wall_clock)
        self._reset()

    def _reset(self) -> None:
        self.step = Step.PHONE
        self.target: PhoneTarget | None = None
        self.auth_code = ""
        self.is_new_user: bool | None = None
        self.busy = None
        self.error: FlowError | None = None
        self.result_message = ""
        self.wrong_attempts = 0
        self.server_attempts_left: int | None = None
        self._code = CodeState.NONE
        self.resends = 0
        self.started_at: float | None = None
        self.finished_at: float | None = None
        self.outcome: Outcome | None = None
        self.code_countdown.clear()

    # --- the code ---------------------------------------------------------

    @property
    def code_state(self) -> CodeState:
        """LIVE turns EXPIRED by itself once the known lifetime has passed."""
        countdown = self.code_countdown
        if self._code is CodeState.LIVE and countdown.known and not countdown.running:
            return CodeState.EXPIRED
        return self._code

    @property
    def code_burnt(self) -> bool:
        return self.code_state is CodeState.BURNT

    @property
    def new_code_needed(self) -> bool:
        """The code is dead: "Send a new code" is the way on."""
        return self.step is Step.CODE and self.code_state in _DEAD_CODE

    @property
    def attempts_left(self) -> int | None:
        if self.server_attempts_left is not None:
            return self.server_attempts_left
        if self.max_attempts is None:
            return None
        return max(0, self.max_attempts - self.wrong_attempts)

    def code_wait(self) -> float:
        """Seconds before a code may go to the current number."""
        return self.waits.code_wait(self.target.number if self.target else None)

    # --- what may happen next -------------------------------------------

    def availability(self, action: Action, target: PhoneTarget | None = None) -> Availability:
        """May `action` run now? `target` is the number Send code would use."""
        if action is Action.NEXT_USER:
            return ENABLED
        if action is Action.CANCEL:
            return ENABLED if self.busy is not None else Availability(False, "Nothing is running.")
        if self.busy is not None:
            return Availability(False, "A request is running: wait for it or cancel it.")
        if action is Action.SEND:
            return self._send_availability(target or self.target)
        if self.step is not Step.CODE:
            return Availability(False, "No code has been sent yet.")
        if action is Action.RESEND:
            return _after(self.code_wait(), "Another code can be sent in %1.")
        if action is Action.VERIFY:
            return self._verify_availability()
        return ENABLED  # CHANGE_NUMBER

    def _send_availability(self, target: PhoneTarget | None) -> Availability:
        if self.step is not Step.PHONE:
            return Availability(False, "A code was already sent.")
        wait = self.waits.code_wait(target.number if target else None)
        return _after(wait, "Another code can be sent to this number in %1.")

    def _verify_availability(self) -> Availability:
        dead = _DEAD_CODE.get(self.code_state)
        if dead is not None:
            return Availability(False, dead)
        return _after(self.waits.held(Limited.VERIFY), "The code can be checked again in %1.")

    def can_resend(self) -> bool:
        return self.availability(Action.RESEND).enabled

    def can_verify(self, code: str) -> bool:
        return (
            self.availability(Action.VERIFY).enabled and len(code) == CODE_LENGTH and code.isdigit()
        )

    def retry_action(self) -> Action | None:
        """What Retry would repeat, when repeating it makes sense now."""
        error = self.error
        if error is None or error.verdict is Verdict.WRONG_CODE or error.verdict in CODE_GONE:
            return None
        return error.action if self.availability(error.action).enabled else None

    def abandon_warning(self) -> str:
        """What leaving the code step would throw away ('' when nothing)."""
        if self.step is Step.CODE and self.target is not None and self.code_state is CodeState.LIVE:
            return f"The code sent to {self.target.display} will be abandoned."
        return ""

    def error_message(self) -> str:
        """The error in plain words; a 429's wait counts down live."""
        error = self.error
        if error is None:
            return ""
        if error.verdict is Verdict.RATE_LIMITED:
            kind = Limited.VERIFY if error.action is Action.VERIFY else Limited.CODE
            hold = self.waits.holds.get(kind)
            if hold is not None:
                return wait_message(self.waits.held(kind), hold.trusted, hold.wall_until)
        return error.message

    def clocks_running(self) -> bool:
        """Something on screen counts down (the UI ticks while this holds)."""
        # code_wait() includes a 429's hold on code requests.
        waits = self.waits.held(Limited.VERIFY) or self.code_wait()
        return bool(waits or self.code_countdown.running)

    # --- actions ----------------------------------------------------------

    async def send_code(self, target: PhoneTarget) -> bool:
        """Register the number; on success the flow moves to the code step."""
        if not self.availability(Action.SEND, target).enabled:
            return False
        self.target = target
        t = target
        sent = await self._run(Action.SEND, self.api.register(t.national_digits, t.country_code))
        if sent is None:
            return False
        self.started_at = time.time()
        self.step = Step.CODE
        self._accept_code(sent)
        return True

    async def resend(self) -> bool:
        """Resend code, or register again once the server holds no code."""
        if not self.can_resend() or self.target is None:
            return False
        sent = await self._run(Action.RESEND, self._new_code(self.target))
        if sent is None:
            return False
        self.resends += 1
        self._accept_code(sent)
        return True

    async def _new_code(self, t: PhoneTarget) -> SentCode:
        if self.code_state is CodeState.LIVE:
            try:
                return await self.api.resend(t.national_digits, t.country_code)
            except ApiError as exc:
                if send_verdict(exc) is not Verdict.NO_PENDING_CODE:
                    raise
                self._code = CodeState.GONE
        return await self.api.register(t.national_digits, t.country_code)

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
        self._code = CodeState.NONE
        self.outcome = Outcome.VERIFIED
        self.finished_at = time.time()
        self._changed()
        return True

    def _accept_code(self, sent: SentCode) -> None:
        assert self.target is not None
        self.auth_code = sent.auth_code
        self.is_new_user = sent.is_new_user
        self.wrong_attempts = 0
        self.server_attempts_left = None
        self._code = CodeState.LIVE
        self.error = None
        self.waits.sent(self.target.number, self.cooldown_s)
        self.code_countdown.clear()
        if self.code_lifetime_s:
            self.code_countdown.start(self.code_lifetime_s)
        self._changed()

    def _failed(self, action: Action, exc: ApiError) -> None:
        verdict = verify_verdict(exc) if action is Action.VERIFY else send_verdict(exc)
        http = exc if isinstance(exc, HttpStatusError) else None
        if verdict is Verdict.RATE_LIMITED:
            kind = Limited.VERIFY if action is Action.VERIFY else Limited.CODE
            self.waits.limit(kind, http.retry_after if http else None, self.cooldown_s)
        elif verdict in (Verdict.WRONG_CODE, Verdict.BURNT):
            self._wrong_try(http)
        if action is Action.VERIFY and verdict in _VERDICT_STATE:
            self._code = _VERDICT_STATE[verdict]
        message = self._message(action, verdict, exc)
        status = http.status if http else None
        self.error = FlowError(action, message, error_detail(exc), status, verdict)

    def _wrong_try(self, http: HttpStatusError | None) -> None:
        self.wrong_attempts += 1
        if http is not None and http.attempts_left is not None:
            self.server_attempts_left = http.attempts_left
        if self.attempts_left == 0:
            self._code = CodeState.BURNT

    def _message(self, action: Action, verdict: Verdict, exc: ApiError) -> str:
        if verdict is Verdict.RATE_LIMITED:
            return "Too many requests."  # error_message() adds the live wait
        if action is not Action.VERIFY or verdict is Verdict.OTHER:
            return exc.user_message
        said = exc.server_message if isinstance(exc, HttpStatusError) else ""
        quoted = f' The server said: "{said}"' if said else ""
        dead = _DEAD_CODE.get(self.code_state)
        if dead is not None:
            return f"The code was not accepted.{quoted} {dead}"
        return f"The code was not accepted.{quoted} Check the SMS and type the code again."

    # --- navigation -------------------------------------------------------

    def change_number(self) -> None:
        """Back to the phone step with the number kept (and its cooldown)."""
        if not self.availability(Action.CHANGE_NUMBER).enabled:
            return
        self.step = Step.PHONE
        self.error = None
        self.auth_code = ""
        self._code = CodeState.NONE
        self.code_countdown.clear()
        self._changed()

    def next_user(self) -> None:
        """A fresh onboarding; the waits the server imposed are kept."""
        self._reset()
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


def _after(wait: float, reason: str) -> Availability:
    """Enabled, or disabled for `wait` seconds with `reason` (%1: the time left)."""
    if wait > 0:
        return Availability(False, reason.replace("%1", format_seconds(wait)), wait)
    return ENABLED
