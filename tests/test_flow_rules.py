"""The onboarding's rules one by one, with a scripted API (fast: mutation testing runs these)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from otp_desktop.api.errors import ApiError, HttpStatusError, NetworkError
from otp_desktop.flow import Action, Availability, CodeState, OnboardingFlow, Step
from otp_desktop.flow.cooldown import Countdown, format_seconds
from otp_desktop.flow.rate_limit import MAX_WAIT_S, capped_wait, wait_message
from otp_desktop.flow.verdicts import Verdict, send_verdict, verify_verdict
from otp_desktop.flow.waits import Limited
from otp_desktop.phone import PhoneNumber

A = PhoneNumber("9876543219", "+91", "+91 98765 43219", "IN")
B = PhoneNumber("9123456789", "+91", "+91 91234 56789", "IN")


@dataclass
class Sent:
    auth_code: str = "1234"
    is_new_user: bool = True


@dataclass
class Done:
    message: str = "verified"


class Script:
    """An API whose next answers the test decides; it records every call."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.args: list[tuple[object, ...]] = []
        self.answers: dict[str, list[object]] = {"register": [], "resend": [], "verify": []}

    def then(self, call: str, *answers: object) -> Script:
        self.answers[call].extend(answers)
        return self

    def _answer(self, call: str, default: object) -> object:
        self.calls.append(call)
        answer = self.answers[call].pop(0) if self.answers[call] else default
        if isinstance(answer, ApiError):
            raise answer
        return answer

    async def register(self, *args: object) -> Sent:
        self.args.append(args)
        return self._answer("register", Sent())  # type: ignore[return-value]

    async def resend(self, *args: object) -> Sent:
        self.args.append(args)
        return self._answer("resend", Sent("5678"))  # type: ignore[return-value]

    async def verify(self, *args: object) -> Done:
        self.args.append(args)
        return self._answer("verify", Done())  # type: ignore[return-value]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def http(status: int, code: str = "", *, left: int | None = None, said: str = "", after=None):
    return HttpStatusError(status, said, error_code=code, attempts_left=left, retry_after=after)


def flow_with(script: Script, clock: Clock | None = None, **kw: object) -> OnboardingFlow:
    return OnboardingFlow(script, clock=clock or Clock(), wall_clock=lambda: 0.0, **kw)  # type: ignore[arg-type]


@pytest.fixture
def go(run) -> Callable:
    return run


# --- verdicts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "verdict"),
    [
        (NetworkError(), Verdict.OTHER),
        (http(429), Verdict.RATE_LIMITED),
        (http(400, "OTP_EXPIRED"), Verdict.EXPIRED),
        (http(400, "code_expired"), Verdict.EXPIRED),
        (http(400, "OTP_ATTEMPTS_EXCEEDED", left=0), Verdict.BURNT),
        (http(400, "TOO_MANY_ATTEMPTS"), Verdict.BURNT),
        (http(400, "NO_PENDING_CODE"), Verdict.NO_PENDING_CODE),
        (http(410), Verdict.NO_PENDING_CODE),
        (http(401), Verdict.OTHER),
        (http(500), Verdict.OTHER),
        (http(400, left=0), Verdict.BURNT),
        (http(422, left=1), Verdict.WRONG_CODE),
        (http(400, said="Code EXPIRED"), Verdict.EXPIRED),
        (http(400, said="wrong"), Verdict.WRONG_CODE),
    ],
)
def test_verify_verdicts(error, verdict):
    assert verify_verdict(error) is verdict


@pytest.mark.parametrize(
    ("error", "verdict"),
    [
        (NetworkError(), Verdict.OTHER),
        (http(429), Verdict.RATE_LIMITED),
        (http(400, "no_pending_code"), Verdict.NO_PENDING_CODE),
        (http(400, "OTP_EXPIRED"), Verdict.OTHER),
        (http(500), Verdict.OTHER),
    ],
)
def test_send_verdicts(error, verdict):
    assert send_verdict(error) is verdict


# --- Retry-After ------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "seconds", "trusted"),
    [
        (3.0, 3.0, True),
        (0.0, 0.0, True),
        (MAX_WAIT_S, MAX_WAIT_S, True),
        (MAX_WAIT_S + 1, MAX_WAIT_S, False),
        (1e12, MAX_WAIT_S, False),
        (-5.0, 30.0, False),
        (None, 30.0, False),
        (math.nan, 30.0, False),
    ],
)
def test_absurd_waits_are_capped(retry_after, seconds, trusted):
    wait = capped_wait(retry_after, fallback_s=30.0)
    assert (wait.seconds, wait.trusted) == (seconds, trusted)


def test_a_wait_the_client_cut_down_is_not_trusted():
    wait = capped_wait(MAX_WAIT_S, fallback_s=30.0, capped=True)
    assert (wait.seconds, wait.trusted) == (MAX_WAIT_S, False)


def test_fallback_is_at_least_a_second():
    assert capped_wait(None, fallback_s=0).seconds == 1.0


def test_wait_messages():
    assert wait_message(3, True, 0) == "Too many requests. Wait 0:03, then try again."
    assert wait_message(0.5, True, 0) == "Too many requests. Wait 0:01, then try again."
    assert wait_message(0, True, 0) == "Too many requests. The wait is over: try again."
    at = time.mktime((2026, 1, 1, 20, 42, 0, 0, 0, -1))
    assert wait_message(9, False, at) == "Too many requests. Try again later, after 20:42."


def test_countdown_and_format():
    clock = Clock()
    countdown = Countdown(clock)
    assert (countdown.known, countdown.remaining(), countdown.running) == (False, 0.0, False)
    countdown.start(-4)
    assert (countdown.known, countdown.remaining()) == (True, 0.0)
    countdown.start(5)
    clock.now += 2
    assert (countdown.remaining(), countdown.running) == (3.0, True)
    clock.now += 3
    assert not countdown.running
    assert [format_seconds(s) for s in (0, 0.2, 1, 59.5, 60, 299.1)] == [
        "0:00",
        "0:01",
        "0:01",
        "1:00",
        "1:00",
        "5:00",
    ]


# --- the flow -----------------------------------------------------------------


def test_availability_on_the_phone_step(go):
    script, clock = Script(), Clock()
    flow = flow_with(script, clock, cooldown_s=30)
    assert flow.availability(Action.SEND, A).enabled
    assert flow.availability(Action.CANCEL).reason == "Nothing is running."
    assert flow.availability(Action.NEXT_USER).enabled
    for action in (Action.RESEND, Action.VERIFY, Action.CHANGE_NUMBER):
        assert flow.availability(action).reason == "No code has been sent yet."
    assert go(flow.send_code(A))
    flow.change_number()
    held = flow.availability(Action.SEND, A)
    assert (held.enabled, held.wait_s) == (False, 30)
    assert held.reason == "Another code can be sent to this number in 0:30."
    assert flow.availability(Action.SEND, B).enabled  # the cooldown is per number
    assert not go(flow.send_code(A))
    assert script.calls == ["register"]
    clock.now += 30
    assert flow.availability(Action.SEND, A).enabled
    assert not flow.clocks_running()


def test_code_step_availability_and_sent_code(go):
    script, clock = Script().then("register", Sent("4321", False)), Clock()
    flow = flow_with(script, clock, cooldown_s=10, code_lifetime_s=60, max_attempts=3)
    assert go(flow.send_code(A))
    assert (flow.step, flow.auth_code, flow.is_new_user) == (Step.CODE, "4321", False)
    assert flow.code_state is CodeState.LIVE
    assert flow.availability(Action.SEND, A).reason == "A code was already sent."
    assert flow.availability(Action.CHANGE_NUMBER).enabled
    assert flow.availability(Action.RESEND).reason == "Another code can be sent in 0:10."
    assert flow.code_countdown.remaining() == 60
    assert flow.attempts_left == 3
    assert flow.clocks_running()
    assert flow.can_verify("123456")
    assert not flow.can_verify("12345")
    assert not flow.can_verify("12345a")
    assert flow.abandon_warning() == "The code sent to +91 98765 43219 will be abandoned."
    clock.now += 10
    assert flow.can_resend()
    assert go(flow.resend())
    assert (flow.auth_code, flow.resends) == ("5678", 1)
    assert script.calls == ["register", "resend"]


def test_wrong_tries_count_down_then_burn(go):
    script = Script().then("verify", http(400, said="wrong"), http(400, said="wrong"))
    flow = flow_with(script, max_attempts=2)
    go(flow.send_code(A))
    assert not go(flow.verify("111111"))
    assert (flow.wrong_attempts, flow.attempts_left, flow.code_state) == (1, 1, CodeState.LIVE)
    assert flow.error.message == (
        'The code was not accepted. The server said: "wrong" Check the SMS and type the code again.'
    )
    assert flow.retry_action() is None
    assert not go(flow.verify("111111"))
    assert flow.code_state is CodeState.BURNT
    assert flow.code_burnt
    assert flow.new_code_needed
    assert flow.abandon_warning() == ""
    assert flow.error.message.endswith(
        "This code no longer works after too many wrong tries: send a new code."
    )
    assert flow.availability(Action.VERIFY).reason == flow.error.message.split('" ')[-1]
    assert not go(flow.verify("222222"))
    assert script.calls.count("verify") == 2


def test_the_server_count_of_attempts_wins(go):
    script = Script().then("verify", http(400, left=3), http(400, "OTP_ATTEMPTS_EXCEEDED"))
    flow = flow_with(script, max_attempts=10)
    go(flow.send_code(A))
    go(flow.verify("111111"))
    assert flow.attempts_left == 3
    go(flow.verify("111111"))
    assert flow.code_state is CodeState.BURNT
    assert flow.wrong_attempts == 2


def test_a_wrong_try_the_server_does_not_count_counts_from_its_last_word(go):
    script = Script().then("verify", http(400, left=2), http(400), http(400))
    flow = flow_with(script, max_attempts=5)
    go(flow.send_code(A))
    go(flow.verify("111111"))
    assert flow.attempts_left == 2  # the server's count, not 5 - 1
    go(flow.verify("111111"))
    assert flow.attempts_left == 1  # one less than the server last said, not 5 - 2
    go(flow.verify("111111"))
    assert (flow.attempts_left, flow.code_state) == (0, CodeState.BURNT)


def test_a_request_in_flight_holds_every_action_but_cancel(go):
    import asyncio

    class Held(Script):
        async def register(self, *_args: str) -> Sent:
            self.calls.append("register")
            await asyncio.sleep(0.05)
            return Sent()

    script = Held()
    flow = flow_with(script)
    assert flow.availability(Action.CANCEL) == Availability(False, "Nothing is running.")

    async def twice():
        first = asyncio.ensure_future(flow.send_code(A))
        await asyncio.sleep(0)
        seen = (flow.busy, flow.availability(Action.SEND, A), flow.availability(Action.CANCEL))
        second = await flow.send_code(A)
        return seen, second, await first

    (busy, send, cancel), second, first = go(twice())
    assert busy is Action.SEND
    assert send == Availability(False, "A request is running: wait for it or cancel it.")
    assert cancel.enabled
    assert (first, second, script.calls) == (True, False, ["register"])
    assert flow.busy is None


def test_a_number_never_sent_to_has_no_wait_even_at_clock_zero(go):
    clock = Clock()
    clock.now = 0.0
    flow = flow_with(Script(), clock)
    assert flow.waits.cooldown(A.number) == 0
    assert flow.availability(Action.SEND, A).enabled


def test_unknown_attempt_limit(go):
    flow = flow_with(Script().then("verify", http(400)), max_attempts=None)
    go(flow.send_code(A))
    assert flow.attempts_left is None
    go(flow.verify("111111"))
    assert flow.code_state is CodeState.LIVE


@pytest.mark.parametrize(
    ("error", "state", "wrong"),
    [
        (http(400, "OTP_EXPIRED"), CodeState.EXPIRED, 0),
        (http(400, "NO_PENDING_CODE"), CodeState.GONE, 0),
        (http(400, "OTP_ATTEMPTS_EXCEEDED"), CodeState.BURNT, 1),
    ],
)
def test_a_dead_code_is_sent_again_with_register(go, error, state, wrong):
    script, clock = Script().then("verify", error), Clock()
    flow = flow_with(script, clock, cooldown_s=5)
    go(flow.send_code(A))
    go(flow.verify("111111"))
    assert (flow.code_state, flow.wrong_attempts) == (state, wrong)
    assert flow.retry_action() is None
    clock.now += 5
    assert go(flow.resend())
    assert script.calls == ["register", "verify", "register"]
    assert (flow.code_state, flow.attempts_left, flow.error) == (CodeState.LIVE, 5, None)


def test_the_lifetime_passing_stops_verify_without_a_request(go):
    script, clock = Script(), Clock()
    flow = flow_with(script, clock, code_lifetime_s=5)
    go(flow.send_code(A))
    clock.now += 4.9
    assert flow.code_state is CodeState.LIVE
    clock.now += 0.1
    assert flow.code_state is CodeState.EXPIRED
    assert flow.availability(Action.VERIFY).reason == "The code has expired: send a new code."
    assert not go(flow.verify("123456"))
    assert script.calls == ["register"]
    assert flow.attempts_left == 5


def test_no_known_lifetime_never_expires_by_itself(go):
    clock = Clock()
    flow = flow_with(Script(), clock, code_lifetime_s=None)
    go(flow.send_code(A))
    clock.now += 10**6
    assert flow.code_state is CodeState.LIVE
    assert not flow.code_countdown.known


def test_resend_falls_back_to_register_only_for_no_pending_code(go):
    script, clock = Script().then("resend", http(400, "NO_PENDING_CODE")), Clock()
    flow = flow_with(script, clock, cooldown_s=0)
    go(flow.send_code(A))
    assert go(flow.resend())
    assert script.calls == ["register", "resend", "register"]
    script.then("resend", http(500))
    assert not go(flow.resend())
    assert script.calls[-1] == "resend"
    assert flow.retry_action() is Action.RESEND
    assert flow.error_message() == flow.error.message


def test_429_holds_the_same_requests_only(go):
    script, clock = Script().then("verify", http(429, after=4)), Clock()
    flow = flow_with(script, clock, cooldown_s=0)
    go(flow.send_code(A))
    assert not go(flow.verify("111111"))
    assert flow.error.verdict is Verdict.RATE_LIMITED
    assert flow.availability(Action.VERIFY).reason == "The code can be checked again in 0:04."
    assert flow.can_resend()  # a code may still be sent
    assert flow.error_message() == "Too many requests. Wait 0:04, then try again."
    assert flow.attempts_left == 5  # not a wrong try
    assert flow.clocks_running()
    clock.now += 4
    assert flow.retry_action() is Action.VERIFY


def test_429_holds_that_number_not_the_next_caller(go):
    """The server's limits are per number: one caller's 429 must not stop the
    agent from sending the next caller a code."""
    script, clock = Script().then("register", http(429, after=2)), Clock()
    flow = flow_with(script, clock, cooldown_s=0)
    assert not go(flow.send_code(A))
    assert not flow.availability(Action.SEND, A).enabled
    assert flow.retry_action() is None
    assert flow.clocks_running()
    assert flow.waits.held(Limited.CODE, B.number) == 0
    assert go(flow.send_code(B))
    assert flow.waits.held(Limited.CODE, A.number) == 2
    clock.now += 2
    assert flow.waits.held(Limited.CODE, A.number) == 0


def test_untrusted_429_reads_as_a_clock_time(go):
    script = Script().then("register", http(429, after=-1))
    flow = flow_with(script, cooldown_s=30)
    go(flow.send_code(A))
    assert (
        flow.error_message()
        == "Too many requests. Try again later, after "
        + time.strftime("%H:%M", time.localtime(30))
        + "."
    )


@pytest.mark.parametrize("capped", [True, False])
def test_a_wait_the_client_cut_to_an_hour_reads_as_a_clock_time(go, capped):
    cut = HttpStatusError(429, "", retry_after=MAX_WAIT_S, retry_after_capped=capped)
    flow = flow_with(Script().then("register", cut))
    go(flow.send_code(A))
    assert flow.code_wait() == MAX_WAIT_S
    assert flow.waits.hold(Limited.CODE, flow.target.number).trusted is not capped
    assert ("Try again later, after" in flow.error_message()) is capped


def test_rules_read_after_a_send_hold_for_that_code(go):
    from otp_desktop.flow.code_rules import CodeRules

    reads: list[str] = []

    async def rules() -> CodeRules | None:
        reads.append(script.calls[-1])  # read after the send's answer
        return CodeRules(cooldown_s=7, code_lifetime_s=45, max_attempts=3)

    script = Script()
    clock = Clock()
    flow = flow_with(script, clock)
    flow.rules_source = rules
    assert go(flow.send_code(A))
    assert reads == ["register"]
    assert (flow.cooldown_s, flow.code_lifetime_s, flow.max_attempts) == (7, 45, 3)
    assert (flow.code_countdown.remaining(), flow.attempts_left, flow.code_wait()) == (45, 3, 7)
    clock.now += 7
    assert go(flow.resend())
    assert reads == ["register", "resend"]


def test_a_server_that_cannot_say_its_rules_leaves_them(go):
    async def rules() -> None:
        return None

    flow = flow_with(Script(), cooldown_s=30, code_lifetime_s=300, max_attempts=5)
    flow.rules_source = rules
    assert go(flow.send_code(A))
    assert (flow.code_countdown.remaining(), flow.attempts_left, flow.code_wait()) == (300, 5, 30)


def test_other_failures_keep_the_step_and_offer_retry(go):
    flow = flow_with(Script().then("register", NetworkError()))
    assert not go(flow.send_code(A))
    assert (flow.step, flow.target, flow.busy) == (Step.PHONE, A, None)
    assert flow.retry_action() is Action.SEND
    assert flow.error.status is None


def test_change_number_and_next_user_keep_the_server_waits(go):
    clock = Clock()
    flow = flow_with(Script(), clock, cooldown_s=30)
    flow.change_number()  # nothing sent: nothing to do
    assert flow.step is Step.PHONE
    go(flow.send_code(A))
    flow.change_number()
    assert (flow.step, flow.target, flow.auth_code) == (Step.PHONE, A, "")
    assert flow.code_state is CodeState.NONE
    assert not flow.code_countdown.known
    flow.next_user()
    assert flow.target is None
    assert flow.availability(Action.SEND, A).wait_s == 30


def test_verified_then_summary(go):
    script = Script().then("verify", Done(""))
    flow = flow_with(script)
    go(flow.send_code(A))
    assert go(flow.verify("123456"))
    assert (flow.step, flow.result_message, flow.code_state) == (
        Step.DONE,
        "Verified.",
        CodeState.NONE,
    )
    assert flow.abandon_warning() == ""
    line = flow.summary_parts("Sandbox").english()
    assert line.startswith("OTP onboarding verified (new user): +91 ******3219 on Sandbox at ")
    assert line.endswith(", 0 s, resends: 0")
    flow.next_user()
    assert (
        flow.summary_parts("Sandbox", now=0)
        .english()
        .startswith("OTP onboarding abandoned: (no number)")
    )


def test_clocks_run_while_anything_counts_down(go):
    clock = Clock()
    flow = flow_with(
        Script().then("verify", http(429, after=4)), clock, cooldown_s=10, code_lifetime_s=None
    )
    go(flow.send_code(A))
    assert flow.clocks_running()  # the cooldown alone
    clock.now += 10
    assert not flow.clocks_running()
    go(flow.verify("111111"))
    assert flow.clocks_running()  # the verify hold alone
    clock.now += 4
    assert not flow.clocks_running()


def test_summary_says_when_it_finished():
    flow = flow_with(Script())
    flow.target, flow.finished_at = A, time.mktime((2026, 3, 4, 5, 6, 0, 0, 0, -1))
    assert " at 2026-03-04 05:06, resends: 0" in flow.summary_parts("Sandbox", now=0).english()
    flow.finished_at = None
    now = time.mktime((2026, 7, 8, 9, 10, 0, 0, 0, -1))
    assert " at 2026-07-08 09:10, resends: 0" in flow.summary_parts("Sandbox", now=now).english()


def _jwt(payload: dict) -> str:
    import base64
    import json

    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256'})}.{part(payload)}.c2ln"


def test_what_is_refused_or_asked_before_the_first_send():
    from otp_desktop.api import Credentials
    from otp_desktop.flow.send_checks import check_send
    from otp_desktop.profiles.environment import Environment

    def env(jwt: str, **kw: object) -> Environment:
        return Environment("Staging", "https://staging.example", Credentials("id", "s", jwt), **kw)

    assert check_send(env("not a jwt", builtin_sandbox=True)) == check_send(env(_jwt({})))
    refused = check_send(env("not a jwt"))
    assert refused.refused
    assert "three parts" in refused.jwt_problem
    expired = check_send(env(_jwt({"exp": 1})))
    assert (expired.refused, expired.jwt_expiry.startswith("expired "), expired.production) == (
        False,
        True,
        False,
    )
    live = check_send(env(_jwt({"exp": time.time() + 3600}), production=True))
    assert (live.refused, live.jwt_expiry, live.production) == (False, "", True)
    quiet = check_send(env(_jwt({}), production=True, confirm_first_send=False))
    assert not quiet.production


def test_what_each_call_sends_and_counts(go):
    script, clock = Script().then("resend", http(400, "NO_PENDING_CODE")), Clock()
    flow = flow_with(script, clock, cooldown_s=1)
    assert flow.code_wait() == 0  # no number yet
    assert flow.error_message() == ""
    go(flow.send_code(A))
    assert not flow.can_resend()
    assert not go(flow.resend())  # held back: nothing sent, and it says so
    clock.now += 1
    go(flow.resend())  # resend, then register
    clock.now += 1
    go(flow.resend())
    go(flow.verify("123456"))
    assert script.args == [(A,), (A,), (A,), (A,), (A, "5678", "123456")]
    assert script.args[0][0] is A  # the one value, from the field to the client
    assert flow.resends == 2


def test_a_failed_fallback_leaves_the_code_gone(go):
    script = (
        Script().then("resend", http(400, "NO_PENDING_CODE")).then("register", Sent(), http(502))
    )
    clock = Clock()
    flow = flow_with(script, clock, cooldown_s=0)
    go(flow.send_code(A))
    assert not go(flow.resend())
    assert flow.code_state is CodeState.GONE
    assert flow.new_code_needed


def test_a_refused_send_is_not_a_wrong_try(go):
    flow = flow_with(Script().then("register", http(400, said="bad number")))
    assert not go(flow.send_code(A))
    assert (flow.error.verdict, flow.wrong_attempts) == (Verdict.OTHER, 0)
    assert flow.retry_action() is Action.SEND


def test_the_error_carries_status_details_and_plain_words(go):
    script = Script().then("verify", http(400), http(429, after=2))
    flow = flow_with(script, cooldown_s=0)
    go(flow.send_code(A))
    go(flow.verify("111111"))
    assert flow.error.message == "The code was not accepted. Check the SMS and type the code again."
    assert (flow.error.status, flow.error.detail) == (400, "HTTP 400: (empty body)")
    go(flow.verify("111111"))
    assert flow.error.message == "Too many requests."
    flow.change_number()
    assert flow.error is None


def test_a_fresh_flow_and_next_user_start_from_nothing(go):
    flow = OnboardingFlow(Script())  # type: ignore[arg-type]
    assert (flow.cooldown_s, flow.code_lifetime_s, flow.max_attempts) == (30.0, 300.0, 5)

    def fresh() -> tuple:
        f = flow
        return (
            f.step,
            f.target,
            f.auth_code,
            f.is_new_user,
            f.busy,
            f.error,
            f.result_message,
            f.wrong_attempts,
            f.server_attempts_left,
            f.code_state,
            f.resends,
            f.started_at,
            f.finished_at,
            f.outcome,
            f.code_countdown.known,
        )

    start = (
        Step.PHONE,
        None,
        "",
        None,
        None,
        None,
        "",
        0,
        None,
        CodeState.NONE,
        0,
        None,
        None,
        None,
        False,
    )
    assert fresh() == start
    assert flow.availability(Action.SEND) == Availability(True)
    script = Script().then("verify", http(400, left=1))
    flow.api = script  # type: ignore[assignment]
    go(flow.send_code(A))
    go(flow.verify("111111"))
    flow.next_user()
    assert fresh() == start


def test_every_refusal_is_a_plain_false_with_its_reason(go):
    clock = Clock()
    flow = flow_with(Script().then("verify", http(429, after=0.5)), clock, cooldown_s=0)
    assert flow.availability(Action.VERIFY) == Availability(False, "No code has been sent yet.")
    go(flow.send_code(A))
    assert flow.availability(Action.SEND, A) == Availability(False, "A code was already sent.")
    flow.busy = Action.RESEND
    busy = Availability(False, "A request is running: wait for it or cancel it.")
    assert flow.availability(Action.VERIFY) == busy
    assert flow.availability(Action.CANCEL) == Availability(True)
    flow.busy = None
    go(flow.verify("111111"))
    assert flow.availability(Action.VERIFY) == Availability(
        False, "The code can be checked again in 0:01.", 0.5
    )
    clock.now += 300
    assert flow.availability(Action.VERIFY) == Availability(
        False, "The code has expired: send a new code."
    )


def test_next_user_does_not_reset_the_number_cooldown(go):
    script = Script()
    flow = flow_with(script, cooldown_s=30)
    go(flow.send_code(A))
    flow.next_user()
    assert not go(flow.send_code(A))
    assert script.calls == ["register"]
