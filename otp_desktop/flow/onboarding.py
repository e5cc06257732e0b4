"""One onboarding: phone -> code -> result, and every rule of what may happen next.

The UI renders `availability()` for each action and forwards clicks; tests
drive the flow with no widget. Each action method is a coroutine that first
checks its own availability, so a click on anything disabled (or a second
click while a request runs) sends nothing. Cancelling the task that runs an
action (Cancel / Esc) cancels the HTTP request with it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable

from otp_desktop.api.errors import ApiError, HttpStatusError
from otp_desktop.flow.busy_state import BusyState, error_detail
from otp_desktop.flow.code_rules import CodeRules, RulesSource
from otp_desktop.flow.cooldown import Clock, Countdown
from otp_desktop.flow.steps import (
    CODE_LENGTH,
    ENABLED,
    Action,
    Availability,
    CodeState,
    FlowError,
    OtpApi,
    Outcome,
    SentCode,
    Step,
    Verified,
)
from otp_desktop.flow.ticket_summary import TicketSummary, summarize
from otp_desktop.flow.verdicts import CODE_GONE, Verdict, send_verdict, verify_verdict
from otp_desktop.flow.waits import Limited, Number, Waits, enabled_after
from otp_desktop.flow.wording import DEAD_CODE, VERDICT_STATE, live_error_message, refusal_message
from otp_desktop.phone import PhoneNumber


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
        self.rules_source: RulesSource | None = None  # read after each send (the sandbox)
        self.code_countdown = Countdown(clock)
        self.waits = Waits(clock, wall_clock)
        self._reset()

    def _reset(self) -> None:
        self.step = Step.PHONE
        self.target: PhoneNumber | None = None
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
        return self.step is Step.CODE and self.code_state in DEAD_CODE

    @property
    def attempts_left(self) -> int | None:
        if self.server_attempts_left is not None:
            return self.server_attempts_left
        if self.max_attempts is None:
            return None
        return max(0, self.max_attempts - self.wrong_attempts)

    def _number(self) -> Number | None:
        return self.target.number if self.target else None

    def code_wait(self) -> float:
        """Seconds before a code may go to the current number."""
        return self.waits.code_wait(self._number())

    # --- what may happen next -------------------------------------------

    def availability(self, action: Action, target: PhoneNumber | None = None) -> Availability:
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
            return enabled_after(self.code_wait(), "Another code can be sent in %1.")
        if action is Action.VERIFY:
            return self._verify_availability()
        return ENABLED  # CHANGE_NUMBER

    def _send_availability(self, target: PhoneNumber | None) -> Availability:
        if self.step is not Step.PHONE:
            return Availability(False, "A code was already sent.")
        wait = self.waits.code_wait(target.number if target else None)
        return enabled_after(wait, "Another code can be sent to this number in %1.")

    def _verify_availability(self) -> Availability:
        dead = DEAD_CODE.get(self.code_state)
        if dead is not None:
            return Availability(False, dead)
        return enabled_after(
            self.waits.held(Limited.VERIFY, self._number()), "The code can be checked again in %1."
        )

    def can_resend(self) -> bool:
        return self.availability(Action.RESEND).enabled

    def can_verify(self, code: str) -> bool:
        return (
            self.availability(Action.VERIFY).enabled and len(code) == CODE_LENGTH and code.isdigit()
        )

    def retry_action(self) -> Action | None:
        """What Retry would repeat, when repeating it makes sense now."""
        error = self.error
        if error is None or self.code_refused() or error.verdict is Verdict.ACCEPTED:
            return None
        return error.action if self.availability(error.action).enabled else None

    def code_refused(self) -> bool:
        """The code itself was refused (wrong or dead), not a 429 or a fault."""
        verdict = self.error.verdict if self.error else None
        return verdict is Verdict.WRONG_CODE or verdict in CODE_GONE

    def abandon_warning(self) -> str:
        """What leaving the code step would throw away ('' when nothing)."""
        if self.step is Step.CODE and self.target is not None and self.code_state is CodeState.LIVE:
            return f"The code sent to {self.target.international} will be abandoned."
        return ""

    def error_message(self) -> str:
        """The error in plain words; a 429's wait counts down live."""
        return live_error_message(self.error, self.waits, self._number())

    def clocks_running(self) -> bool:
        """Something on screen counts down (the UI ticks while this holds)."""
        # code_wait() includes a 429's hold on code requests.
        waits = self.waits.held(Limited.VERIFY, self._number()) or self.code_wait()
        return bool(waits or self.code_countdown.running)

    # --- actions ----------------------------------------------------------

    async def send_code(self, target: PhoneNumber) -> bool:
        """Register the number; on success the flow moves to the code step."""
        if not self.availability(Action.SEND, target).enabled:
            return False
        self.target = t = target
        send = self._under_current_rules(self.api.register(t))
        return await self._run(Action.SEND, send, self._first_code) is not None

    def _first_code(self, sent: SentCode) -> None:
        self.started_at = time.time()
        self.step = Step.CODE
        self._accept_code(sent)

    async def resend(self) -> bool:
        """Resend code, or register again once the server holds no code."""
        if not self.can_resend() or self.target is None:
            return False
        send = self._under_current_rules(self._new_code(self.target))
        return await self._run(Action.RESEND, send, self._another_code) is not None

    def _another_code(self, sent: SentCode) -> None:
        self.resends += 1
        self._accept_code(sent)

    async def _under_current_rules(self, send: Awaitable[SentCode]) -> SentCode:
        """The new code, and the rules it was made under when the server can
        say: a rule changed just before the send is the running code's."""
        sent = await send
        rules = await self.rules_source() if self.rules_source is not None else None
        if rules is not None:
            self.apply_rules(rules)
        return sent

    def apply_rules(self, rules: CodeRules) -> None:
        self.cooldown_s = rules.cooldown_s
        self.code_lifetime_s = rules.code_lifetime_s
        self.max_attempts = rules.max_attempts

    async def _new_code(self, t: PhoneNumber) -> SentCode:
        if self.code_state is CodeState.LIVE:
            try:
                return await self.api.resend(t)
            except ApiError as exc:
                if send_verdict(exc) is not Verdict.NO_PENDING_CODE:
                    raise
                self._code = CodeState.GONE
        return await self.api.register(t)

    async def verify(self, code: str) -> bool:
        if not self.can_verify(code) or self.target is None:
            return False
        verify = self.api.verify(self.target, self.auth_code, code)
        return await self._run(Action.VERIFY, verify, self._verified) is not None

    def _verified(self, done: Verified) -> None:
        self.result_message = done.message or "Verified."
        self.step = Step.DONE
        self._code = CodeState.NONE
        self.outcome = Outcome.VERIFIED
        self.finished_at = time.time()

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

    def _failed(self, action: Action, exc: ApiError) -> None:
        verdict = verify_verdict(exc) if action is Action.VERIFY else send_verdict(exc)
        http = exc if isinstance(exc, HttpStatusError) else None
        if verdict is Verdict.RATE_LIMITED and http is not None:  # only a 429 is one
            self.waits.limit(Limited.of(action), self._number(), http, self.cooldown_s)
        elif verdict in (Verdict.WRONG_CODE, Verdict.BURNT):
            self._wrong_try(http)
        if action is Action.VERIFY and verdict in VERDICT_STATE:
            self._code = VERDICT_STATE[verdict]
        message = refusal_message(action, verdict, exc, self.code_state)
        status = http.status if http else None
        self.error = FlowError(action, message, error_detail(exc), status, verdict)

    def _wrong_try(self, http: HttpStatusError | None) -> None:
        self.wrong_attempts += 1
        if http is not None and http.attempts_left is not None:
            self.server_attempts_left = http.attempts_left
        elif self.server_attempts_left is not None:  # the server said before, not now
            self.server_attempts_left = max(0, self.server_attempts_left - 1)
        if self.attempts_left == 0:
            self._code = CodeState.BURNT

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

    def summary_parts(self, environment: str, now: float | None = None) -> TicketSummary:
        """The ticket line's parts, for the UI to word in its language."""
        return summarize(self, environment, now)
