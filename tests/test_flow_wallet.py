"""The withdrawal's rules with no widget: asked, confirmed, sent once, counted at the wire."""

from __future__ import annotations

import asyncio

from otp_desktop.api import RewardsClient
from otp_desktop.flow.wallet import WalletAction, WalletSession, WithdrawStage
from tests.sandbox_helpers import add_fault


def test_nothing_is_sent_without_a_confirmation(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            await session.refresh()
            assert not await session.withdraw()  # never asked
            assert session.ask_withdraw()
            assert session.withdraw_stage is WithdrawStage.CONFIRMING
            assert not session.ask_withdraw()  # one question at a time
            assert "Answer the question" in session.withdraw_availability().reason
            session.decline_withdraw()
            assert not await session.withdraw()  # declined
            return session

    session = run(scenario())
    assert session.withdraw_stage is WithdrawStage.IDLE
    assert wire.count("/withdraw") == 0


def test_one_confirmation_sends_one_withdrawal(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            await session.refresh()
            assert session.ask_withdraw()
            results = await asyncio.gather(*(session.withdraw() for _ in range(20)))
            return session, results

    session, results = run(scenario())
    assert results.count(True) == 1
    assert wire.count("/withdraw") == 1
    assert session.withdraw_stage is WithdrawStage.IDLE


def test_withdraw_is_held_back_while_another_request_runs(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            await session.refresh()
            add_fault(sandbox.base_url, endpoint="balance", kind="latency", latency_ms=300)
            reading = asyncio.ensure_future(session.refresh())
            await asyncio.sleep(0.05)
            asked = session.ask_withdraw()
            reason = session.withdraw_availability().reason
            await reading
            return asked, reason

    asked, reason = run(scenario())
    assert not asked
    assert reason == "A request is running: wait for it or cancel it."
    assert wire.count("/withdraw") == 0


def test_a_dropped_withdrawal_reads_as_outcome_unknown(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            await session.refresh()
            add_fault(sandbox.base_url, endpoint="withdraw", kind="drop", count=1)
            session.ask_withdraw()
            ok = await session.withdraw()
            return session, ok

    session, ok = run(scenario())
    assert not ok
    assert session.withdraw_stage is WithdrawStage.OUTCOME_UNKNOWN
    assert "read again" in session.error.message
    assert session.error.action is WalletAction.WITHDRAW
    assert session.error.detail  # what happened on the wire, behind Details
    assert wire.count("/withdraw") == 1
    assert wire.count("/balance", method="GET") == 2
