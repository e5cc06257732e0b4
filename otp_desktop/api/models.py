"""Typed results, validated against the documented shapes.

Validation is strict where the docs are precise (`authCode` is a string,
`isNewUser` a boolean) and tolerant of extra fields, which servers add over
time without breaking clients.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from otp_desktop.api.errors import UnexpectedResponseError


class _Model(BaseModel):
    # A balance of NaN or infinity is a bad answer, never a number to compare.
    model_config = ConfigDict(
        extra="ignore", populate_by_name=True, frozen=True, allow_inf_nan=False, defer_build=True
    )


class RegisterResult(_Model):
    """Answer of register and resend: the authCode to verify with."""

    auth_code: StrictStr = Field(alias="authCode", pattern=r"^[0-9]{1,12}$")
    is_new_user: StrictBool = Field(alias="isNewUser")


class VerifyResult(_Model):
    message: StrictStr = ""


class WalletBalance(_Model):
    wallet_address: StrictStr
    earned_balance: float
    bought_balance: float = 0.0
    bonus_balance: float = 0.0
    lazy_balance: float = 0.0
    on_chain_balance: float = 0.0
    lazy_balance_delta: float = 0.0
    min_wallet_bal_to_withdraw: float = Field(alias="minWalletBalToWithdraw")
    wallet_transaction_error: StrictBool = False
    is_lazy_balance_updated: StrictBool = False
    created_at: datetime | None = None
    modified_at: datetime | None = None

    @property
    def can_withdraw(self) -> bool:
        return self.earned_balance > 0 and self.earned_balance >= self.min_wallet_bal_to_withdraw

    @property
    def missing_to_withdraw(self) -> float:
        return max(0.0, self.min_wallet_bal_to_withdraw - self.earned_balance)


class TransactionDescription(_Model):
    event_description: str = Field("", alias="eventDescription")
    event_id: str = Field("", alias="eventID")
    event_name: str = Field("", alias="eventName")
    event_reward_category: str = Field("", alias="eventRewardCategory")
    reward_amount: float | None = Field(None, alias="rewardAmount")
    reward_created_at: str = Field("", alias="rewardCreatedAt")
    reward_id: str = Field("", alias="rewardID")


class Transaction(_Model):
    uid: StrictStr
    from_wallet: str = ""
    to_wallet: str = ""
    amount: float
    sync_status: str = ""
    requesting_system: str = ""
    gas_fee_payer: str = ""
    webhook_url: str = ""
    created_at: datetime | None = None
    modified_at: datetime | None = None
    description: TransactionDescription = Field(default_factory=TransactionDescription)  # type: ignore[arg-type]


class TransactionsPage(_Model):
    transactions: list[Transaction]
    last_evaluated_key: str = ""

    @property
    def has_more(self) -> bool:
        return bool(self.last_evaluated_key)


class WithdrawResult(_Model):
    gamer_id: str = ""
    bonus: float | None = None
    message: StrictStr = ""


def describe_validation_problem(errors: list[dict[str, Any]]) -> str:
    """Short text for the first few pydantic errors, without input values."""
    parts = []
    for err in errors[:3]:
        where = ".".join(str(p) for p in err.get("loc", ())) or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except (OverflowError, RecursionError):  # belt and braces: safe_json bounds both
        raise UnexpectedResponseError(
            detail=f"{model.__name__} holds values out of range"
        ) from None
    except ValidationError as exc:
        problems = describe_validation_problem(exc.errors(include_input=False))  # type: ignore[arg-type]
        raise UnexpectedResponseError(
            detail=f"{model.__name__} does not match the documented shape: {problems}"
        ) from None
