"""Every documented field of an answer lands in its model's attribute, by
its JSON name (camelCase where the document says so), and the reader's
strictness: wrong types, missing required fields and numbers out of range
name the field, never the value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from otp_desktop.api import UnexpectedResponseError
from otp_desktop.api.models import (
    RegisterResult,
    TransactionsPage,
    WalletBalance,
    WithdrawResult,
    validate,
)

WALLET = {
    "wallet_address": "0xabc",
    "earned_balance": 250,
    "bought_balance": 1.5,
    "bonus_balance": 2,
    "lazy_balance": 3,
    "on_chain_balance": 4,
    "lazy_balance_delta": -5,
    "minWalletBalToWithdraw": 100,
    "wallet_transaction_error": True,
    "is_lazy_balance_updated": True,
    "created_at": "2024-01-01T00:00:00Z",
    "modified_at": "2024-02-01T10:30:00+05:30",
    "unknown_new_field": {"servers": "add fields"},
}


def test_every_wallet_field_is_read_by_its_documented_name() -> None:
    wallet = validate(WalletBalance, WALLET)
    assert wallet.wallet_address == "0xabc"
    assert (wallet.earned_balance, wallet.bought_balance, wallet.bonus_balance) == (250, 1.5, 2)
    assert (wallet.lazy_balance, wallet.on_chain_balance, wallet.lazy_balance_delta) == (3, 4, -5)
    assert wallet.min_wallet_bal_to_withdraw == 100
    assert wallet.wallet_transaction_error is True
    assert wallet.is_lazy_balance_updated is True
    assert wallet.created_at == datetime(2024, 1, 1, tzinfo=UTC)
    assert wallet.modified_at is not None
    assert wallet.modified_at.utcoffset() is not None
    assert wallet.can_withdraw
    assert wallet.missing_to_withdraw == 0


def test_every_transaction_field_is_read_by_its_documented_name() -> None:
    description = {
        "eventDescription": "Signed up",
        "eventID": "e1",
        "eventName": "signup",
        "eventRewardCategory": "bonus",
        "rewardAmount": 5,
        "rewardCreatedAt": "2024-01-01",
        "rewardID": "r1",
    }
    tx = {
        "uid": "t1",
        "from_wallet": "0xa",
        "to_wallet": "0xb",
        "amount": 5,
        "sync_status": "synced",
        "requesting_system": "rewards",
        "gas_fee_payer": "platform",
        "webhook_url": "https://example.test/hook",
        "created_at": 1704067200,
        "description": description,
    }
    page = validate(TransactionsPage, {"transactions": [tx], "last_evaluated_key": "k"})
    assert page.has_more
    (read,) = page.transactions
    assert (read.uid, read.from_wallet, read.to_wallet, read.amount) == ("t1", "0xa", "0xb", 5)
    assert (read.sync_status, read.requesting_system) == ("synced", "rewards")
    assert (read.gas_fee_payer, read.webhook_url) == ("platform", "https://example.test/hook")
    assert read.created_at == datetime(2024, 1, 1, tzinfo=UTC)
    assert read.modified_at is None
    d = read.description
    assert (d.event_description, d.event_id, d.event_name) == ("Signed up", "e1", "signup")
    assert (d.event_reward_category, d.reward_amount) == ("bonus", 5)
    assert (d.reward_created_at, d.reward_id) == ("2024-01-01", "r1")


def test_a_withdrawal_and_a_code_are_read_by_their_documented_names() -> None:
    done = validate(WithdrawResult, {"gamer_id": "g", "bonus": None, "message": "ok"})
    assert (done.gamer_id, done.bonus, done.message) == ("g", None, "ok")
    sent = validate(RegisterResult, {"authCode": "0042", "isNewUser": False})
    assert (sent.auth_code, sent.is_new_user) == ("0042", False)


@pytest.mark.parametrize(
    ("model", "data", "where"),
    [
        (RegisterResult, {"authCode": 42, "isNewUser": True}, "authCode: expected a string"),
        (RegisterResult, {"authCode": "4 2", "isNewUser": True}, "authCode: expected a string"),
        (RegisterResult, {"authCode": "42", "isNewUser": 1}, "isNewUser: expected true"),
        (RegisterResult, {"isNewUser": True}, "authCode: a required field is missing"),
        (RegisterResult, ["authCode"], "body: expected an object"),
        (WalletBalance, {**WALLET, "earned_balance": True}, "earned_balance: expected a number"),
        (WalletBalance, {**WALLET, "earned_balance": "250"}, "earned_balance: expected a number"),
        (
            WalletBalance,
            {**WALLET, "bonus_balance": 10**400},
            "bonus_balance: a number out of range",
        ),
        (WalletBalance, {**WALLET, "created_at": "yesterday"}, "created_at: expected a date"),
        (WalletBalance, {**WALLET, "created_at": 1e300}, "created_at: expected a date"),
    ],
)
def test_a_value_that_does_not_fit_names_its_field_not_its_value(model, data, where) -> None:
    with pytest.raises(UnexpectedResponseError) as caught:
        validate(model, data)
    assert where in caught.value.detail
    assert "4 2" not in caught.value.detail
    assert "yesterday" not in caught.value.detail


def test_a_problem_deep_in_a_list_names_its_path() -> None:
    bad = {"transactions": [{"uid": "a", "amount": 1}, {"uid": "b", "amount": [1]}]}
    with pytest.raises(
        UnexpectedResponseError, match=r"transactions\.1\.amount: expected a number"
    ):
        validate(TransactionsPage, bad)
