"""The wallet after onboarding: balance, transactions, one withdrawal at a time.

A withdrawal moves money, so it is never repeated behind the user's back:
it is asked for (`ask_withdraw`), confirmed (`withdraw`) and sent exactly
once; when its outcome is unknown (timeout, dropped connection, cancel) the
session says so and reads the balance again instead of offering a blind retry.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeVar

from otp_desktop.api.errors import ApiError
from otp_desktop.flow.busy_state import BusyState, error_detail
from otp_desktop.flow.steps import ENABLED, Availability

if TYPE_CHECKING:  # the models load with the API client, after the first paint
    from otp_desktop.api.models import Transaction, TransactionsPage, WalletBalance, WithdrawResult

T = TypeVar("T")


class WalletApi(Protocol):
    async def wallet_balance(self) -> WalletBalance: ...
    async def wallet_transactions(self, last_evaluated_key: str = "") -> TransactionsPage: ...
    async def withdraw(self) -> WithdrawResult: ...


class WalletAction(StrEnum):
    REFRESH = "refresh"
    MORE = "more"
    WITHDRAW = "withdraw"


class WithdrawStage(StrEnum):
    IDLE = "idle"
    CONFIRMING = "confirming"
    """The user is being asked; nothing is sent until they confirm."""
    WAITING = "waiting"
    """Confirmed while the wallet was being read: sent once the read ends."""
    IN_FLIGHT = "in_flight"
    OUTCOME_UNKNOWN = "outcome_unknown"
    """It may or may not have happened: the balance was read again."""


@dataclass(frozen=True, slots=True)
class WalletError:
    action: WalletAction
    message: str
    detail: str
    outcome_unknown: bool = False


class WalletSession(BusyState[WalletAction]):
    def __init__(self, api: WalletApi) -> None:
        super().__init__()
        self.api = api
        self.balance: WalletBalance | None = None
        self.transactions: list[Transaction] = []
        self.transactions_read = False
        """A page was read: an empty list then means no transactions, not a failed read."""
        self.next_key = ""
        self.error: WalletError | None = None
        self.result_message = ""
        self._confirming = False
        self._waiting = False
        self._idle_waiters: list[asyncio.Future[None]] = []

    @property
    def has_more(self) -> bool:
        return bool(self.next_key)

    @property
    def withdraw_stage(self) -> WithdrawStage:
        if self._confirming:
            return WithdrawStage.CONFIRMING
        if self._waiting:
            return WithdrawStage.WAITING
        if self.busy is WalletAction.WITHDRAW:
            return WithdrawStage.IN_FLIGHT
        if self.error is not None and self.error.outcome_unknown:
            return WithdrawStage.OUTCOME_UNKNOWN
        return WithdrawStage.IDLE

    def withdraw_availability(self) -> Availability:
        """May Withdraw be pressed now, and if not, why (plain words)."""
        if self._confirming:
            return Availability(False, "Answer the question about the withdrawal first.")
        if self._waiting:
            return Availability(False, _WAITING)
        if self.busy is not None:
            return Availability(False, "A request is running: wait for it or cancel it.")
        if self.balance is None:
            return Availability(False, "The balance has not been read yet.")
        if not self.balance.can_withdraw:
            return Availability(False, "The earned balance is below the minimum to withdraw.")
        return ENABLED

    def can_withdraw(self) -> bool:
        return self.withdraw_availability().enabled

    def ask_withdraw(self) -> bool:
        """Start asking the user; False (nothing changes) when Withdraw is not available."""
        if not self.can_withdraw():
            return False
        self._confirming = True
        self._changed()
        return True

    def decline_withdraw(self) -> None:
        self._confirming = False
        self._changed()

    def _failed(self, action: WalletAction, exc: ApiError) -> None:
        self.error = WalletError(
            action, exc.user_message, error_detail(exc), exc.may_have_reached_server
        )

    def _changed(self) -> None:
        if self.busy is None:  # a confirmed withdrawal waiting for a read may go
            waiters, self._idle_waiters = self._idle_waiters, []
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)
        super()._changed()

    async def _until_idle(self) -> None:
        while self.busy is not None:
            waiter = asyncio.get_running_loop().create_future()
            self._idle_waiters.append(waiter)
            await waiter

    async def refresh(self) -> bool:
        """Balance and the first page of transactions, busy from the first call
        to the last (no moment between them where Withdraw looks available)."""
        if self.busy is not None:
            return False
        with self._busy(WalletAction.REFRESH):
            return await self._read()

    async def _read(self) -> bool:
        balance = await self._call(WalletAction.REFRESH, self.api.wallet_balance())
        if balance is None:
            return False
        self.balance = balance
        page = await self._call(WalletAction.REFRESH, self.api.wallet_transactions())
        if page is None:
            return False
        self.transactions = list(page.transactions)
        self.transactions_read = True
        self.next_key = page.last_evaluated_key
        return True

    async def load_more(self) -> bool:
        if self.busy is not None or not self.next_key:
            return False
        page = await self._run(WalletAction.MORE, self.api.wallet_transactions(self.next_key))
        if page is None:
            return False
        known = {t.uid for t in self.transactions}
        self.transactions += [t for t in page.transactions if t.uid not in known]
        self.next_key = page.last_evaluated_key
        self._changed()
        return True

    async def withdraw(self) -> bool:
        """The user confirmed: sent once (after a read already running ends),
        then the balance read again. Never dropped without a word."""
        if not self._confirming:
            return False
        self._confirming = False
        self._waiting = True
        self._changed()
        try:
            await self._until_idle()
        except asyncio.CancelledError:
            self._not_sent(_CANCELLED_BEFORE)
            raise
        finally:
            self._waiting = False
        refusal = self.withdraw_availability()
        if not refusal.enabled:  # the balance read meanwhile no longer allows it
            self._not_sent(f"The withdrawal was not sent. {refusal.reason}")
            return False
        self.result_message = ""
        with self._busy(WalletAction.WITHDRAW):
            result = await self._send_withdrawal()
            # Either way the balance has (or may have) changed: read it again,
            # still busy, so nothing can start before the outcome is known.
            self.busy = WalletAction.REFRESH
            self._changed()
            await asyncio.sleep(0)  # the outcome is painted before the page relays out
            if await self._read_keeping_error() and result is None:
                self._say_read_again()
        return result is not None

    def _not_sent(self, message: str) -> None:
        self.error = WalletError(WalletAction.WITHDRAW, message, "not sent")
        self._changed()

    async def _send_withdrawal(self) -> WithdrawResult | None:
        try:
            result = await self._call(WalletAction.WITHDRAW, self.api.withdraw())
        except asyncio.CancelledError:
            self.error = WalletError(
                WalletAction.WITHDRAW,
                "The withdrawal was cancelled while it was being sent: it may or may not have "
                "happened. The balance below was read again; check it before withdrawing again.",
                "cancelled",
                outcome_unknown=True,
            )
            raise
        if result is not None:
            self.result_message = result.message or "Withdrawn."
        return result

    async def _read_keeping_error(self) -> bool:
        """Read the wallet again; the withdrawal's error (if any) stays shown."""
        error = self.error
        read = await self._read()
        if error is not None:
            self.error = error
        return read

    def _say_read_again(self) -> None:
        unknown = self.error
        if unknown is not None and unknown.outcome_unknown:
            self.error = WalletError(
                unknown.action,
                unknown.message + " The balance below was read again; check it before "
                "withdrawing again.",
                unknown.detail,
                outcome_unknown=True,
            )

    async def refresh_after_cancel(self) -> None:
        """A cancelled withdrawal may have moved money: look again, keep the warning."""
        error = self.error
        await self.refresh()
        if error is not None and self.error is None:
            self.error = error
            self._changed()


_WAITING = "The confirmed withdrawal is sent once the wallet has been read."
_CANCELLED_BEFORE = "The withdrawal was cancelled before it was sent: no money moved."
