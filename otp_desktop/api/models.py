"""Typed results, read against the documented shapes (`api/shapes.py`).

Validation is strict where the docs are precise (`authCode` is a string of
digits, `isNewUser` a boolean, balances finite numbers) and tolerant of
extra fields, which servers add over time without breaking clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from otp_desktop.api.errors import UnexpectedResponseError
from otp_desktop.api.shapes import (
    FLAG,
    MOMENT,
    NUMBER,
    OPTIONAL_NUMBER,
    TEXT,
    Problem,
    key,
    list_of,
    matching,
    nested,
    read_shape,
)

# A model is frozen and keyword-only: results are values, and a field with a
# default may come before a required one, in the document's order.
model = dataclass(frozen=True, kw_only=True)


@model
class RegisterResult:
    """Answer of register and resend: the authCode to verify with."""

    auth_code: str = field(metadata=key(matching(r"[0-9]{1,12}"), "authCode"))
    is_new_user: bool = field(metadata=key(FLAG, "isNewUser"))


@model
class VerifyResult:
    message: str = field(default="", metadata=key(TEXT))


@model
class WalletBalance:
    wallet_address: str = field(metadata=key(TEXT))
    earned_balance: float = field(metadata=key(NUMBER))
    bought_balance: float = field(default=0.0, metadata=key(NUMBER))
    bonus_balance: float = field(default=0.0, metadata=key(NUMBER))
    lazy_balance: float = field(default=0.0, metadata=key(NUMBER))
    on_chain_balance: float = field(default=0.0, metadata=key(NUMBER))
    lazy_balance_delta: float = field(default=0.0, metadata=key(NUMBER))
    min_wallet_bal_to_withdraw: float = field(metadata=key(NUMBER, "minWalletBalToWithdraw"))
    wallet_transaction_error: bool = field(default=False, metadata=key(FLAG))
    is_lazy_balance_updated: bool = field(default=False, metadata=key(FLAG))
    created_at: datetime | None = field(default=None, metadata=key(MOMENT))
    modified_at: datetime | None = field(default=None, metadata=key(MOMENT))

    @property
    def can_withdraw(self) -> bool:
        return self.earned_balance > 0 and self.earned_balance >= self.min_wallet_bal_to_withdraw

    @property
    def missing_to_withdraw(self) -> float:
        return max(0.0, self.min_wallet_bal_to_withdraw - self.earned_balance)


@model
class TransactionDescription:
    event_description: str = field(default="", metadata=key(TEXT, "eventDescription"))
    event_id: str = field(default="", metadata=key(TEXT, "eventID"))
    event_name: str = field(default="", metadata=key(TEXT, "eventName"))
    event_reward_category: str = field(default="", metadata=key(TEXT, "eventRewardCategory"))
    reward_amount: float | None = field(default=None, metadata=key(OPTIONAL_NUMBER, "rewardAmount"))
    reward_created_at: str = field(default="", metadata=key(TEXT, "rewardCreatedAt"))
    reward_id: str = field(default="", metadata=key(TEXT, "rewardID"))


@model
class Transaction:
    uid: str = field(metadata=key(TEXT))
    from_wallet: str = field(default="", metadata=key(TEXT))
    to_wallet: str = field(default="", metadata=key(TEXT))
    amount: float = field(metadata=key(NUMBER))
    sync_status: str = field(default="", metadata=key(TEXT))
    requesting_system: str = field(default="", metadata=key(TEXT))
    gas_fee_payer: str = field(default="", metadata=key(TEXT))
    webhook_url: str = field(default="", metadata=key(TEXT))
    created_at: datetime | None = field(default=None, metadata=key(MOMENT))
    modified_at: datetime | None = field(default=None, metadata=key(MOMENT))
    description: TransactionDescription = field(
        default_factory=TransactionDescription, metadata=key(nested(TransactionDescription))
    )


@model
class TransactionsPage:
    transactions: list[Transaction] = field(metadata=key(list_of(Transaction)))
    last_evaluated_key: str = field(default="", metadata=key(TEXT))

    @property
    def has_more(self) -> bool:
        return bool(self.last_evaluated_key)


@model
class WithdrawResult:
    gamer_id: str = field(default="", metadata=key(TEXT))
    bonus: float | None = field(default=None, metadata=key(OPTIONAL_NUMBER))
    message: str = field(default="", metadata=key(TEXT))


M = TypeVar("M")


def validate(model: type[M], data: Any) -> M:
    """`model` read from a decoded answer, or UnexpectedResponseError naming
    where the answer differs from the document (never the value itself)."""
    try:
        return read_shape(model, data)
    except Problem as problem:
        raise UnexpectedResponseError(
            detail=f"{model.__name__} does not match the documented shape: {problem}"
        ) from None
