"""The onboarding state machine with no widget, against the real sandbox."""

from __future__ import annotations

import asyncio

import pytest

from otp_desktop.api import RewardsClient
from otp_desktop.api.errors import NetworkError
from otp_desktop.flow import Action, OnboardingFlow, Outcome, PhoneTarget, Step
from tests.sandbox_helpers import latest_message

TARGET = PhoneTarget("9876543219", "+91", "+91 98765 43219", "IN")


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
            assert flow.resend_countdown.remaining() == 30
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
    line = flow.summary("Sandbox")
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


def test_concurrent_calls_send_one_request(sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            flow = OnboardingFlow(client)
            results = await asyncio.gather(*(flow.send_code(TARGET) for _ in range(20)))
            return results

    results = run(scenario())
    assert results.count(True) == 1
    assert len(sandbox.state.otp.messages("9876543219")) == 1


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
    assert "abandoned" in flow.summary("Sandbox")
