"""Wallet state per user: balances, transactions with paging, withdrawal."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from otp_desktop.sandbox.clock import Clock
from otp_desktop.sandbox.otp_store import OtpRuleError
from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.tokens import wallet_address_for

CUSTODIAL_TREASURY = "0x" + "c" * 40
EVENTS = ("Daily check-in", "Quiz completed", "Referral joined", "Level up", "Streak bonus")


def _naive_iso(ts: float) -> str:
    # The docs show timestamps without a zone: 2024-02-08T12:30:56.599657
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None).isoformat()


@dataclass
class Wallet:
    user_id: str
    address: str
    earned: float
    bonus: float
    on_chain: float = 0.0
    created_at: float = 0.0
    modified_at: float = 0.0
    transactions: list[dict[str, Any]] = field(default_factory=list)
    """Newest first."""

    def balance_json(self, rules: SandboxRules) -> dict[str, Any]:
        return {
            "wallet_address": self.address,
            "earned_balance": self.earned,
            "bought_balance": 0,
            "bonus_balance": self.bonus,
            "lazy_balance": self.earned,
            "on_chain_balance": self.on_chain,
            "lazy_balance_delta": 0,
            "minWalletBalToWithdraw": rules.min_wallet_bal_to_withdraw,
            "wallet_transaction_error": False,
            "is_lazy_balance_updated": True,
            "created_at": _naive_iso(self.created_at),
            "modified_at": _naive_iso(self.modified_at),
        }


def _transaction(
    from_wallet: str, to_wallet: str, amount: float, when: float, name: str, category: str
) -> dict[str, Any]:
    uid = str(uuid.uuid4())
    return {
        "uid": uid,
        "from_wallet": from_wallet,
        "to_wallet": to_wallet,
        "amount": amount,
        "sync_status": "COMPLETED",
        "requesting_system": "sandbox",
        "gas_fee_payer": "CLIENT",
        "webhook_url": "",
        "created_at": _naive_iso(when),
        "modified_at": _naive_iso(when),
        "description": {
            "eventDescription": f"{name} (sandbox)",
            "eventID": f"evt-{uid[:8]}",
            "eventName": name,
            "eventRewardCategory": category,
            "rewardAmount": amount,
            "rewardCreatedAt": _naive_iso(when),
            "rewardID": f"rwd-{uid[:8]}",
        },
    }


@dataclass
class WalletBook:
    rules: SandboxRules
    clock: Clock
    wallets: dict[str, Wallet] = field(default_factory=dict)

    def wallet(self, user_id: str) -> Wallet:
        wallet = self.wallets.get(user_id)
        if wallet is None:
            wallet = self._open(user_id)
            self.wallets[user_id] = wallet
        return wallet

    def _open(self, user_id: str) -> Wallet:
        now = self.clock.now()
        n = self.rules.seeded_transactions
        address = wallet_address_for(user_id)
        wallet = Wallet(
            user_id,
            address,
            self.rules.starting_earned_balance,
            self.rules.starting_bonus_balance,
            created_at=now - 86400 * 30,
            modified_at=now,
        )
        # Seeded history that adds up to the starting earned balance.
        share = round(self.rules.starting_earned_balance / n, 2) if n else 0.0
        for i in range(n):
            amount = share if i else round(self.rules.starting_earned_balance - share * (n - 1), 2)
            wallet.transactions.append(
                _transaction(
                    CUSTODIAL_TREASURY,
                    address,
                    amount,
                    now - 3600 * (i + 1),
                    EVENTS[i % len(EVENTS)],
                    "EARNED",
                )
            )
        return wallet

    def page(self, user_id: str, after_key: str) -> dict[str, Any]:
        txs = self.wallet(user_id).transactions
        start = 0
        if after_key:
            index = next((i for i, t in enumerate(txs) if t["uid"] == after_key), None)
            if index is None:
                raise OtpRuleError(
                    400,
                    "last_evaluated_key does not match any transaction.",
                    code="UNKNOWN_PAGE_KEY",
                )
            start = index + 1
        size = self.rules.transactions_page_size
        chunk = txs[start : start + size]
        more = start + size < len(txs)
        return {"transactions": chunk, "last_evaluated_key": chunk[-1]["uid"] if more else ""}

    def withdraw(self, user_id: str) -> dict[str, Any]:
        wallet = self.wallet(user_id)
        minimum = self.rules.min_wallet_bal_to_withdraw
        if wallet.earned <= 0:
            raise OtpRuleError(
                400, "There is no earned balance to withdraw.", code="NOTHING_TO_WITHDRAW"
            )
        if wallet.earned < minimum:
            raise OtpRuleError(
                400,
                f"The earned balance {wallet.earned:g} is below the minimum of {minimum:g} "
                "needed to withdraw.",
                code="BELOW_MINIMUM",
            )
        now = self.clock.now()
        amount = wallet.earned
        wallet.transactions.insert(
            0,
            _transaction(
                wallet.address,
                "0x" + wallet.address[2:][::-1],
                amount,
                now,
                "Withdrawal",
                "WITHDRAWN",
            ),
        )
        wallet.on_chain += amount
        wallet.earned = 0.0
        wallet.modified_at = now
        return {"gamer_id": user_id, "bonus": wallet.bonus, "message": "Withdrawn Successfully"}
