"""The onboarding state machine with no widget, against the real sandbox."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from otp_desktop.api import RewardsClient
from otp_desktop.api.errors import NetworkError
from otp_desktop.flow import Action, CodeState, OnboardingFlow, Outcome, Step
from otp_desktop.phone import PhoneNumber
from tests.sandbox_helpers import add_fault, latest_message, wrong_code

TARGET = PhoneNumber("9876543219", "+91", "+91 98765 43219", "IN")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_full_flow_and_summary(sandbox, creds, run):
    clock = Clock()

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            flow = OnboardingFlow(client, clock=clock)
            assert await flow.send_code(TARGET)
            assert flow.step is Step.CODE
            assert flow.is_new_user is True
            assert flow.code_wait() == 30
            assert not flow.can_resend()
            clock.now += 30
            assert flow.can_resend()
            sandbox.state.clock.advance(30)
            assert await flow.resend()
            assert flow.resends == 1
            otp = latest_message(sandbox.base_url)["otp"]
            assert await flow.verify(otp)
            return flow

    flow = run(scenario())
    assert flow.step is Step.DONE
    assert flow.outcome is Outcome.VERIFIED
    line = flow.summary_parts("Sandbox").english()
    assert "verified (new user): +91 ******3219 on Sandbox" in line
    assert "resends: 1" in line


def test_wrong_codes_count_down_and_burn(sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            flow = OnboardingFlow(client, max_attempts=5)
            await flow.send_code(TARGET)
            otp = latest_message(sandbox.base_url)["otp"]
            bad = f"{(int(otp) + 1) % 10**6:06d}"
            seen = []
            for _ in range(5):
                assert not await flow.verify(bad)
                seen.append(flow.attempts_left)
            return flow, seen, otp

    flow, seen, otp = run(scenario())
    assert seen == [4, 3, 2, 1, 0]
    assert flow.code_burnt
    assert not flow.can_verify(otp)
    assert flow.error is not None
    assert flow.error.action is Action.VERIFY


def test_concurrent_calls_send_one_request_each(wire, sandbox, creds, run):
    """Counted at the wire: the sandbox's cooldown would hide duplicates."""
    clock = Clock()

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            flow = OnboardingFlow(client, clock=clock)
            sent = await asyncio.gather(*(flow.send_code(TARGET) for _ in range(20)))
            clock.now += 30
            sandbox.state.clock.advance(30)
            resent = await asyncio.gather(*(flow.resend() for _ in range(20)))
            otp = latest_message(sandbox.base_url)["otp"]
            verified = await asyncio.gather(*(flow.verify(otp) for _ in range(20)))
            return sent, resent, verified

    sent, resent, verified = run(scenario())
    assert (sent.count(True), resent.count(True), verified.count(True)) == (1, 1, 1)
    assert wire.count("/register") == 1
    assert wire.count("/resend") == 1
    assert wire.count("/verify") == 1


def test_network_failure_becomes_a_flow_error_and_state_is_kept(run):
    class Down:
        async def register(self, *_):
            raise NetworkError(detail="refused")

        resend = verify = register

    async def scenario():
        flow = OnboardingFlow(Down())
        ok = await flow.send_code(TARGET)
        return flow, ok

    flow, ok = run(scenario())
    assert not ok
    assert flow.step is Step.PHONE
    assert flow.target == TARGET
    assert flow.busy is None
    assert flow.error is not None
    assert "could not be reached" in flow.error.message


def test_cancel_leaves_the_flow_idle(run):
    class Slow:
        async def register(self, *_):
            await asyncio.sleep(10)

        resend = verify = register

    async def scenario():
        flow = OnboardingFlow(Slow())
        task = asyncio.ensure_future(flow.send_code(TARGET))
        await asyncio.sleep(0.01)
        assert flow.busy is Action.SEND
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return flow

    flow = run(scenario())
    assert flow.busy is None
    assert flow.step is Step.PHONE
    assert flow.error is None


def test_change_number_and_next_user():
    flow = OnboardingFlow(None)  # type: ignore[arg-type]
    flow.step, flow.target, flow.auth_code = Step.CODE, TARGET, "1234"
    flow.change_number()
    assert flow.step is Step.PHONE
    assert flow.target == TARGET
    assert flow.auth_code == ""
    flow.next_user()
    assert flow.target is None
    assert "abandoned" in flow.summary_parts("Sandbox").english()


@contextlib.asynccontextmanager
async def code_sent(sandbox, creds, clock):
    """A flow on the sandbox whose code was just sent; (flow, the OTP)."""
    async with RewardsClient(sandbox.base_url, creds) as client:
        flow = OnboardingFlow(client, clock=clock)
        assert await flow.send_code(TARGET)
        yield flow, latest_message(sandbox.base_url)["otp"]


def later(sandbox, clock, seconds: float) -> None:
    """Move the flow's and the sandbox's clocks together."""
    clock.now += seconds
    sandbox.state.clock.advance(seconds)


def test_burnt_code_recovers_with_register_after_the_cooldown(wire, sandbox, creds, run):
    clock = Clock()

    async def scenario():
        async with code_sent(sandbox, creds, clock) as (flow, otp):
            for _ in range(5):
                await flow.verify(wrong_code(otp))
            assert flow.code_state is CodeState.BURNT
            assert flow.new_code_needed
            assert not flow.availability(Action.VERIFY).enabled
            assert not await flow.verify(otp)  # no request for a dead code
            assert not await flow.resend()  # the cooldown still runs
            assert flow.availability(Action.RESEND).reason == "Another code can be sent in 0:30."
            later(sandbox, clock, 30)
            assert await flow.resend()
            assert flow.code_state is CodeState.LIVE
            assert flow.attempts_left == 5
            assert await flow.verify(latest_message(sandbox.base_url)["otp"])
            return flow

    flow = run(scenario())
    assert flow.outcome is Outcome.VERIFIED
    assert flow.resends == 1
    assert wire.count("/register") == 2  # the new code was registered ...
    assert wire.count("/resend") == 0  # ... not resent: the server held no code
    assert wire.count("/verify") == 6


def test_expired_code_sends_no_verify_and_is_not_a_wrong_try(wire, sandbox, creds, run):
    clock = Clock()

    async def scenario():
        async with code_sent(sandbox, creds, clock) as (flow, otp):
            later(sandbox, clock, 300)
            assert flow.code_state is CodeState.EXPIRED
            assert not flow.can_verify(otp)
            assert not await flow.verify(otp)
            assert flow.attempts_left == 5
            assert await flow.resend()
            assert await flow.verify(latest_message(sandbox.base_url)["otp"])
            return flow

    run(scenario())
    assert wire.count("/verify") == 1
    assert wire.count("/register") == 2


def test_resend_after_the_server_dropped_the_code_registers_in_the_same_click(
    wire, sandbox, creds, run
):
    clock = Clock()

    async def scenario():
        async with code_sent(sandbox, creds, clock) as (flow, _otp):
            sandbox.state.otp.pending.clear()  # e.g. the server restarted
            later(sandbox, clock, 30)
            ok = await flow.resend()
            return flow, ok

    flow, ok = run(scenario())
    assert ok
    assert flow.code_state is CodeState.LIVE
    assert flow.error is None
    assert (wire.count("/resend"), wire.count("/register")) == (1, 2)


def test_429_holds_back_every_send_until_the_wait_ends(wire, sandbox, creds, run):
    clock = Clock()

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            flow = OnboardingFlow(client, clock=clock)
            add_fault(
                sandbox.base_url,
                endpoint="register",
                kind="status",
                status=429,
                retry_after=3,
                count=1,
            )
            assert not await flow.send_code(TARGET)
            assert flow.error_message() == "Too many requests. Wait 0:03, then try again."
            assert flow.retry_action() is None
            for _ in range(5):
                assert not await flow.send_code(TARGET)
            clock.now += 1
            assert flow.error_message() == "Too many requests. Wait 0:02, then try again."
            assert flow.availability(Action.SEND).wait_s == 2
            clock.now += 2
            assert flow.retry_action() is Action.SEND
            assert flow.error_message() == "Too many requests. The wait is over: try again."
            assert await flow.send_code(TARGET)
            return flow

    run(scenario())
    assert wire.count("/register") == 2


def test_each_send_reads_the_sandbox_rules_again(sandbox, run):
    """A rule changed through the sandbox's API after connecting holds for
    the next code; a sandbox that cannot say leaves the known rules."""
    from otp_desktop.connection import open_running_sandbox
    from otp_desktop.sandbox_admin import SandboxAdmin
    from tests.sandbox_helpers import set_rules

    clock = Clock()

    async def scenario():
        connection = await open_running_sandbox(sandbox.base_url)
        try:
            flow = OnboardingFlow(connection.client, clock=clock)
            flow.rules_source = connection.code_rules
            set_rules(sandbox.base_url, otp_lifetime_s=45, max_attempts=3, resend_cooldown_s=7)
            assert await flow.send_code(TARGET)
            read = (flow.code_countdown.remaining(), flow.attempts_left, flow.code_wait())
            # The developer endpoints gone (a closed client): the send still counts.
            await connection.admin.aclose()
            connection.admin = SandboxAdmin("http://127.0.0.1:9")
            set_rules(sandbox.base_url, otp_lifetime_s=20)
            clock.now += 7
            sandbox.state.clock.advance(7)
            assert await flow.resend()
            kept = (flow.code_countdown.remaining(), flow.attempts_left)
            return read, kept
        finally:
            await connection.aclose()

    read, kept = run(scenario())
    assert read == (45, 3, 7)
    assert kept == (45, 3)


def test_each_answer_is_one_change_with_the_end_of_the_wait(sandbox, creds, run):
    """Listeners (the window re-renders and re-lays out on each) hear of a
    send, a resend and a verify twice each: the wait starting, then the
    answer with the wait over, never an in-between state."""
    seen: list[tuple[Step, Action | None]] = []

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            flow = OnboardingFlow(client, cooldown_s=0)
            flow.subscribe(lambda: seen.append((flow.step, flow.busy)))
            await flow.send_code(TARGET)
            await flow.resend()
            await flow.verify(latest_message(sandbox.base_url)["otp"])

    run(scenario())
    assert seen == [
        (Step.PHONE, Action.SEND),
        (Step.CODE, None),
        (Step.CODE, Action.RESEND),
        (Step.CODE, None),
        (Step.CODE, Action.VERIFY),
        (Step.DONE, None),
    ]
