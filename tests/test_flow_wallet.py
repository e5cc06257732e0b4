"""The withdrawal's rules with no widget: asked, confirmed, sent once, counted at the wire."""

from __future__ import annotations

import asyncio
import contextlib

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


class GatedWallet:
    """The real client over loopback; the transactions call waits at a gate
    the test opens, so "while the wallet is being read" is a moment in hand."""

    def __init__(self, client: RewardsClient) -> None:
        self.client = client
        self.gate: asyncio.Event | None = None
        self.balance_read = asyncio.Event()
        self.reading = False
        """From the balance call's start to the transactions call's end."""

    async def wallet_balance(self):
        self.reading = True
        try:
            return await self.client.wallet_balance()
        finally:
            self.balance_read.set()

    async def wallet_transactions(self, last_evaluated_key: str = ""):
        if self.gate is not None:
            await self.gate.wait()
        try:
            return await self.client.wallet_transactions(last_evaluated_key)
        finally:
            self.reading = False

    withdraw_gate: asyncio.Event | None = None
    withdraw_started: asyncio.Event | None = None

    async def withdraw(self):
        if self.withdraw_gate is not None:
            self.withdraw_started.set()
            await self.withdraw_gate.wait()
        return await self.client.withdraw()

    def hold_withdrawals(self) -> None:
        self.withdraw_gate, self.withdraw_started = asyncio.Event(), asyncio.Event()

    async def read_held_at_the_gate(self, session: WalletSession) -> asyncio.Task:
        """A refresh started and held between its balance and transactions calls."""
        self.gate = asyncio.Event()
        self.balance_read.clear()
        reading = asyncio.ensure_future(session.refresh())
        await self.balance_read.wait()
        return reading


def test_withdraw_never_looks_available_while_the_wallet_is_read(wire, sandbox, creds, run):
    """The user presses Withdraw whenever the window shows it enabled (on every
    repaint, and now and then) and confirms at once: from the balance call to
    the transactions call it is refused with the reason, never enabled."""

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            api = GatedWallet(client)
            session = WalletSession(api)
            await session.refresh()
            confirmed: list[asyncio.Task] = []
            refusals: set[str] = set()

            def user_looks() -> None:  # on every repaint, and now and then
                if not api.reading or confirmed:
                    return
                if session.ask_withdraw():  # the button was enabled mid-read
                    confirmed.append(asyncio.ensure_future(session.withdraw()))
                else:
                    refusals.add(session.withdraw_availability().reason)

            session.subscribe(user_looks)
            reading = await api.read_held_at_the_gate(session)
            for _ in range(5):  # the user looks again while transactions wait at the gate
                await asyncio.sleep(0.01)
                user_looks()
            api.gate.set()
            await reading
            await asyncio.gather(*confirmed)
            return confirmed, refusals

    confirmed, refusals = run(scenario())
    assert confirmed == []  # Withdraw never looked available between the two calls
    assert refusals == {"A request is running: wait for it or cancel it."}
    assert wire.count("/withdraw") == 0


async def _confirm_during_a_read(client: RewardsClient, wire, emptied_elsewhere: bool):
    """Withdraw asked, then a read starts, and the user confirms during it;
    what the session says meanwhile, and the withdrawals that reached the wire."""
    api = GatedWallet(client)
    session = WalletSession(api)
    await session.refresh()
    assert session.ask_withdraw()
    if emptied_elsewhere:
        await client.withdraw()  # the same wallet, from another place
    reading = await api.read_held_at_the_gate(session)  # e.g. a read already due
    withdrawing = asyncio.ensure_future(session.withdraw())
    await asyncio.sleep(0.05)
    seen = (
        session.withdraw_stage,
        session.withdraw_availability().reason,
        wire.count("/withdraw"),
    )
    api.gate.set()
    await reading
    return session, await withdrawing, seen


def test_a_withdraw_confirmed_during_a_read_goes_once_the_read_ends(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            return await _confirm_during_a_read(client, wire, emptied_elsewhere=False)

    session, ok, seen = run(scenario())
    assert seen == (
        WithdrawStage.WAITING,
        "The confirmed withdrawal is sent once the wallet has been read.",
        0,  # nothing sent while the read ran
    )
    assert ok
    assert wire.count("/withdraw") == 1
    assert session.result_message
    assert session.withdraw_stage is WithdrawStage.IDLE


def test_a_withdraw_the_fresh_balance_no_longer_allows_says_it_was_not_sent(
    wire, sandbox, creds, run
):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            return await _confirm_during_a_read(client, wire, emptied_elsewhere=True)

    session, ok, _seen = run(scenario())
    assert not ok
    assert wire.count("/withdraw") == 1  # only the one made elsewhere
    assert session.error.action is WalletAction.WITHDRAW
    assert session.error.message == (
        "The withdrawal was not sent. The earned balance is below the minimum to withdraw."
    )


def test_a_withdraw_cancelled_while_it_waits_says_nothing_moved(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            api = GatedWallet(client)
            session = WalletSession(api)
            await session.refresh()
            assert session.ask_withdraw()
            reading = await api.read_held_at_the_gate(session)
            withdrawing = asyncio.ensure_future(session.withdraw())
            await asyncio.sleep(0.01)
            withdrawing.cancel()  # Esc while it waits for the read
            with contextlib.suppress(asyncio.CancelledError):
                await withdrawing
            api.gate.set()
            await reading
            return session

    session = run(scenario())
    assert wire.count("/withdraw") == 0
    assert session.error.message == (
        "The withdrawal was cancelled before it was sent: no money moved."
    )
    assert session.withdraw_stage is WithdrawStage.IDLE
    assert session.can_withdraw()


def test_more_transactions_page_by_page(wire, sandbox, creds, run):
    from tests.sandbox_helpers import set_rules

    set_rules(sandbox.base_url, seeded_transactions=5, transactions_page_size=3)

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            await session.refresh()
            first = (len(session.transactions), session.has_more)
            assert await session.load_more()
            second = (len(session.transactions), session.has_more, session.busy)
            assert not await session.load_more()  # nothing more to load: nothing sent
            return first, second, session

    first, second, session = run(scenario())
    assert first == (3, True)
    assert second == (5, False, None)
    assert len({t.uid for t in session.transactions}) == 5
    assert wire.count("/transactions/list", method="GET") == 2


def test_a_read_after_a_cancelled_withdrawal_keeps_its_warning(wire, sandbox, creds, run):
    from otp_desktop.flow.wallet import WalletError

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            warning = WalletError(WalletAction.WITHDRAW, "may or may not", "cancelled", True)
            session.error = warning
            await session.refresh_after_cancel()
            return session, warning

    session, warning = run(scenario())
    assert session.error is warning
    assert session.balance is not None
    assert session.withdraw_stage is WithdrawStage.OUTCOME_UNKNOWN
    assert wire.count("/balance", method="GET") == 1


def test_a_withdrawal_and_its_read_keep_the_session_busy(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            api = GatedWallet(client)
            session = WalletSession(api)
            await session.refresh()
            api.hold_withdrawals()
            assert session.ask_withdraw()
            withdrawing = asyncio.ensure_future(session.withdraw())
            await api.withdraw_started.wait()
            in_flight = (session.busy, session.withdraw_stage, await session.refresh())
            api.gate = asyncio.Event()
            api.balance_read.clear()
            api.withdraw_gate.set()
            await api.balance_read.wait()  # the read after the withdrawal, held
            reading = (session.busy, session.can_withdraw(), bool(session.result_message))
            api.gate.set()
            return in_flight, reading, await withdrawing, session

    in_flight, reading, ok, session = run(scenario())
    assert in_flight == (WalletAction.WITHDRAW, WithdrawStage.IN_FLIGHT, False)
    assert reading == (WalletAction.REFRESH, False, True)
    assert ok
    assert (session.busy, session.error) == (None, None)
    assert wire.count("/withdraw") == 1


def test_a_withdrawal_cancelled_mid_send_says_its_outcome_is_unknown(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            api = GatedWallet(client)
            session = WalletSession(api)
            await session.refresh()
            api.hold_withdrawals()
            assert session.ask_withdraw()
            withdrawing = asyncio.ensure_future(session.withdraw())
            await api.withdraw_started.wait()
            withdrawing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await withdrawing
            return session

    session = run(scenario())
    assert session.busy is None
    assert session.withdraw_stage is WithdrawStage.OUTCOME_UNKNOWN
    assert session.error.message.startswith(
        "The withdrawal was cancelled while it was being sent: it may or may not have happened."
    )
    assert (session.error.action, session.error.detail) == (WalletAction.WITHDRAW, "cancelled")
    assert session.result_message == ""


def test_a_failed_withdrawal_whose_read_fails_too_does_not_claim_a_read(wire, sandbox, creds, run):
    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            session = WalletSession(client)
            await session.refresh()
            add_fault(sandbox.base_url, endpoint="withdraw", kind="drop", count=1)
            add_fault(sandbox.base_url, endpoint="balance", kind="status", status=500, count=1)
            session.ask_withdraw()
            ok = await session.withdraw()
            return session, ok

    session, ok = run(scenario())
    assert not ok
    assert session.error.outcome_unknown
    assert "read again" not in session.error.message
    assert session.result_message == ""
