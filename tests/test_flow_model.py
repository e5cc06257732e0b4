"""A model-based test of the onboarding flow (no Qt) against the real sandbox.

Hypothesis drives `flow/` through send, resend, right and wrong codes, a
moving clock (expiry, cooldown), 429s with and without Retry-After,
cancelled requests, change number and next user, with short rules (2 tries,
a 5 s lifetime, a 2 s cooldown). After every step:

- no request reached the sandbox for an action the flow had disabled;
- the flow's attempts, expiry and cooldown are the sandbox's;
- every 429 is one the test injected (the flow never runs into the
  sandbox's own cooldown);
- there is a way on (an enabled action, or one that comes back by itself),
  and at the end that way is followed to a verified user.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from otp_desktop.api import RewardsClient
from otp_desktop.flow import Action, CodeState, OnboardingFlow, Step
from otp_desktop.flow.verdicts import Verdict
from otp_desktop.phone import PhoneNumber
from otp_desktop.sandbox import EmbeddedSandbox, ManualClock, SandboxRules
from otp_desktop.sandbox.faults import FaultKind
from otp_desktop.sandbox.identity import e164_of
from tests.sandbox_helpers import add_fault, credentials, wrong_code
from tests.wire import Wire

RULES = SandboxRules(
    otp_lifetime_s=5, resend_cooldown_s=2, max_attempts=2, send_limit=10_000, send_window_s=60
)
TARGETS = (
    PhoneNumber("9876543219", "+91", "+91 98765 43219", "IN"),
    PhoneNumber("9123456789", "+91", "+91 91234 56789", "IN"),
)
CODE_PATHS = ("/register", "/resend")


def model_wait(retry_after: float | None) -> float:
    """How long the issue says a 429 holds: Retry-After, capped at an hour;
    without one, the cooldown."""
    if retry_after is None:
        return RULES.resend_cooldown_s
    return min(retry_after, 3600.0)


class ModelClock(ManualClock):
    """The sandbox's clock, back at the same start for every example, so a
    replayed example meets the same float arithmetic (and fails the same way)."""

    START = 1_000_000.0

    def restart(self) -> None:
        with self._lock:
            self._now = self.START


class Harness:
    """One sandbox, loop and client for a whole run; reset between examples."""

    def __init__(self) -> None:
        self.clock = ModelClock(ModelClock.START)
        self.sandbox = EmbeddedSandbox(RULES, self.clock)
        self.sandbox.start()
        self.wire = Wire(self.sandbox)
        # One loop on one thread: the client is bound to it.
        self.pool = ThreadPoolExecutor(1)
        self.loop = asyncio.new_event_loop()
        self.client = RewardsClient(self.sandbox.base_url, credentials(self.sandbox.base_url))

    def run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return self.pool.submit(self.loop.run_until_complete, coro).result(30)

    def reset(self) -> None:
        self.sandbox.call(_reset(self.sandbox))
        self.wire.clear()
        self.clock.restart()

    def close(self) -> None:
        self.run(self.client.aclose())
        self.pool.submit(self.loop.close).result()
        self.pool.shutdown()
        self.sandbox.stop()


async def _reset(sandbox: EmbeddedSandbox) -> None:
    sandbox.state.reset()


class OnboardingMachine(RuleBasedStateMachine):
    harness: ClassVar[Harness]

    def __init__(self) -> None:
        super().__init__()
        h = self.harness
        h.reset()
        self.wire, self.clock, self.sandbox, self.run = h.wire, h.clock, h.sandbox, h.run
        self.flow = OnboardingFlow(
            h.client, cooldown_s=2, code_lifetime_s=5, max_attempts=2, clock=self.clock.now
        )
        self.held_until: dict[tuple[str, Any], float] = {}
        """The model's own reading of each 429: no such request to that number
        before this time (the server's limits are per number)."""

    def teardown(self) -> None:
        self.reach_a_verified_user()

    # --- helpers ------------------------------------------------------------

    def requests(self, paths: tuple[str, ...]) -> int:
        return sum(self.wire.count(p) for p in paths)

    def faults_left(self) -> int:
        return len(self.sandbox.state.faults.faults)

    def pending(self, target: PhoneNumber | None) -> Any:
        if target is None:
            return None
        # The sandbox keys each number by its E.164 form (one number, one identity).
        key = e164_of(target.country_code, target.national_digits)
        return self.sandbox.state.otp.pending.get(key)

    def act(
        self,
        action: Action,
        coro: Coroutine[Any, Any, bool],
        paths: tuple[str, ...],
        target: PhoneNumber | None = None,
    ) -> bool:
        """Run one action; check it sent nothing when disabled, and its 429s."""
        enabled = self.flow.availability(action, target).enabled
        kind = "verify" if action is Action.VERIFY else "code"
        number = target or self.flow.target
        key = (kind, number.number if number else None)
        held = self.clock.now() < self.held_until.get(key, 0.0)
        before, faults = self.requests(paths), list(self.sandbox.state.faults.faults)
        ok = self.run(coro)
        sent = self.requests(paths) - before
        if not enabled:
            assert (ok, sent) == (False, 0), f"{action} was disabled but sent {sent}"
        else:
            assert sent >= 1
        assert not (held and sent), f"{action} went out during the wait a 429 asked for"
        error = self.flow.error
        if sent and error is not None and error.verdict is Verdict.RATE_LIMITED:
            used = [f for f in faults if f not in self.sandbox.state.faults.faults]
            assert used, "a 429 the flow should have seen coming"
            self.held_until[key] = self.clock.now() + model_wait(used[0].retry_after)
        return bool(ok)

    def fault_consumed(self, faults: int) -> bool:
        return self.faults_left() < faults

    # --- rules --------------------------------------------------------------

    @rule(which=st.sampled_from([0, 1]))
    def send_code(self, which: int) -> None:
        target = TARGETS[which]
        self.act(Action.SEND, self.flow.send_code(target), ("/register",), target)

    @rule()
    def send_a_new_code(self) -> None:
        held_by_server = self.pending(self.flow.target) is not None
        before = self.wire.count("/resend")
        self.act(Action.RESEND, self.flow.resend(), CODE_PATHS)
        if not held_by_server:  # a resend could only answer NO_PENDING_CODE
            assert self.wire.count("/resend") == before

    @precondition(lambda self: self.flow.step is Step.CODE)
    @rule()
    def verify_right(self) -> None:
        pending = self.pending(self.flow.target)
        code = pending.otp if pending is not None else "000000"
        enabled = self.flow.can_verify(code)
        faults = self.faults_left()
        self.act(Action.VERIFY, self.flow.verify(code), ("/verify",))
        if enabled and pending is not None and not self.fault_consumed(faults):
            assert self.flow.step is Step.DONE, self.flow.error

    @precondition(lambda self: self.flow.step is Step.CODE)
    @rule()
    def verify_wrong(self) -> None:
        pending = self.pending(self.flow.target)
        code = wrong_code(pending.otp) if pending is not None else "000000"
        self.act(Action.VERIFY, self.flow.verify(code), ("/verify",))
        assert self.flow.step is not Step.DONE

    @precondition(lambda self: self.flow.step is Step.CODE)
    @rule()
    def wrong_until_burnt(self) -> None:
        for _ in range(RULES.max_attempts):
            self.verify_wrong()

    @rule(seconds=st.sampled_from([0.5, 1.0, 2.0, 3.0, 5.0, 3601.0]))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @rule(
        endpoint=st.sampled_from(["register", "resend", "verify"]),
        retry_after=st.sampled_from([None, 1, 3, 7200]),
    )
    def server_says_429(self, endpoint: str, retry_after: int | None) -> None:
        fault: dict[str, Any] = {"kind": "status", "status": 429, "count": 1}
        if retry_after is not None:
            fault["retry_after"] = retry_after
        add_fault(self.sandbox.base_url, endpoint=endpoint, **fault)

    @rule(action=st.sampled_from([Action.SEND, Action.RESEND, Action.VERIFY]))
    def cancel_midway(self, action: Action) -> None:
        flow = self.flow
        target = flow.target or TARGETS[0]
        code = "000000"
        if not flow.availability(action, target).enabled or self.faults_left():
            return  # (with another fault queued, which answers first would be a race)
        if action is Action.VERIFY and not flow.can_verify(code):
            return
        step = flow.step
        endpoint = {Action.SEND: "register", Action.RESEND: "*", Action.VERIFY: "verify"}[action]
        add_fault(self.sandbox.base_url, endpoint=endpoint, kind="hang", count=1)
        start = {
            Action.SEND: lambda: flow.send_code(target),
            Action.RESEND: flow.resend,
            Action.VERIFY: lambda: flow.verify(code),
        }[action]

        paths = (*CODE_PATHS, "/verify")
        before = self.requests(paths)

        async def cancelled() -> None:
            task = asyncio.ensure_future(start())
            for _ in range(1000):  # until the request has reached the sandbox
                if self.requests(paths) > before:
                    break
                await asyncio.sleep(0.005)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

        self.run(cancelled())
        self.sandbox.call(self._drop_hangs())
        assert flow.busy is None
        if flow.error is None or flow.error.verdict is not Verdict.RATE_LIMITED:
            assert flow.step is step

    async def _drop_hangs(self) -> None:
        board = self.sandbox.state.faults
        board.faults = [f for f in board.faults if f.kind is not FaultKind.HANG]

    @rule()
    def change_number(self) -> None:
        before = self.requests((*CODE_PATHS, "/verify"))
        self.flow.change_number()
        assert self.requests((*CODE_PATHS, "/verify")) == before

    @rule()
    def next_user(self) -> None:
        self.flow.next_user()
        assert self.flow.step is Step.PHONE

    # --- invariants -----------------------------------------------------------

    @invariant()
    def idle_between_steps(self) -> None:
        assert self.flow.busy is None

    @invariant()
    def same_clocks_and_attempts_as_the_sandbox(self) -> None:
        flow, now = self.flow, self.clock.now()
        for target in TARGETS:
            pending = self.pending(target)
            if pending is not None:
                server_wait = max(0.0, pending.sent_at + RULES.resend_cooldown_s - now)
                assert flow.waits.cooldown(target.number) == pytest.approx(server_wait)
        if flow.step is Step.CODE and flow.code_state is CodeState.LIVE:
            pending = self.pending(flow.target)
            assert pending is not None, "the flow thinks a code is live that the server dropped"
            assert pending.auth_code == flow.auth_code
            assert flow.attempts_left == RULES.max_attempts - pending.wrong_attempts
            assert flow.code_countdown.remaining() == pytest.approx(pending.expires_at - now)

    @invariant()
    def there_is_a_way_on(self) -> None:
        flow = self.flow
        if flow.step is Step.DONE:
            ways = [flow.availability(Action.NEXT_USER)]
        elif flow.step is Step.PHONE:
            ways = [flow.availability(Action.SEND, t) for t in TARGETS]
        else:
            ways = [flow.availability(Action.VERIFY), flow.availability(Action.RESEND)]
        assert any(w.enabled or w.wait_s > 0 for w in ways), ways

    def reach_a_verified_user(self) -> None:
        """Follow the way on: faults over, every wait waited out."""
        self.run(asyncio.sleep(0))
        self.sandbox.call(self._clear_faults())
        self.clock.advance(3601)
        flow = self.flow
        if flow.step is Step.DONE:
            flow.next_user()
        if flow.step is Step.PHONE:
            assert self.run(flow.send_code(TARGETS[0])), flow.error
        if flow.code_state is not CodeState.LIVE:
            assert flow.new_code_needed
            assert self.run(flow.resend()), flow.error
        pending = self.pending(flow.target)
        assert pending is not None
        assert self.run(flow.verify(pending.otp)), flow.error
        assert flow.step is Step.DONE

    async def _clear_faults(self) -> None:
        self.sandbox.state.faults.clear()


QUICK = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SLOW = settings(
    max_examples=400, stateful_step_count=50, deadline=None, suppress_health_check=list(HealthCheck)
)


def run_machine(config: settings) -> None:
    OnboardingMachine.harness = Harness()
    try:
        run_state_machine_as_test(OnboardingMachine, settings=config)
    finally:
        OnboardingMachine.harness.close()


@pytest.mark.timeout(900)  # a failure shrinks for a while before it is reported
def test_the_flow_has_no_dead_end_and_agrees_with_the_sandbox() -> None:
    run_machine(QUICK)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_the_flow_model_slow() -> None:
    run_machine(SLOW)
