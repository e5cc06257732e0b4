"""The inbox's status per code and the emulated users (GET/POST/DELETE
/__sandbox/users), over real HTTP against the sandbox on loopback."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from otp_desktop.sandbox_admin import SandboxAdmin, SandboxAdminError
from tests.sandbox_helpers import CC, PHONE, RawApi, credentials, dev_get, wrong_code

REGISTER = "/api/proxy/auth/otp/register"
RESEND = "/api/proxy/auth/otp/resend"
VERIFY = "/api/proxy/auth/otp/verify"
BODY = {"phone_number": PHONE, "countryCode": CC}
E164 = "+919876543219"


def statuses(base: str, phone: str = PHONE) -> list[str]:
    """The inbox's statuses for `phone`, newest first."""
    return [m["status"] for m in dev_get(base, "messages", phone_number=phone)["messages"]]


def verify(raw: RawApi, otp: str, auth_code: str) -> httpx.Response:
    return raw.post(VERIFY, {**BODY, "authCode": int(auth_code), "otp": int(otp)})


def users(base: str) -> list[dict[str, Any]]:
    return dev_get(base, "users")["users"]  # type: ignore[no-any-return]


@pytest.fixture
def raw(sandbox) -> RawApi:
    return RawApi(sandbox.base_url)


def test_a_code_is_pending_then_superseded_then_used(raw, clock):
    assert raw.post(REGISTER, BODY).status_code == 200
    assert statuses(raw.base) == ["pending"]
    clock.advance(31)
    assert raw.post(RESEND, BODY).status_code == 200
    assert statuses(raw.base) == ["pending", "superseded"]
    latest = dev_get(raw.base, "messages", phone_number=PHONE)["messages"][0]
    assert verify(raw, latest["otp"], latest["authCode"]).status_code == 201
    assert statuses(raw.base) == ["used", "superseded"]
    clock.advance(3600)  # a used code stays used, it does not turn "expired"
    assert statuses(raw.base) == ["used", "superseded"]


def test_a_code_expires_and_a_burnt_one_says_so(raw, clock):
    assert raw.post(REGISTER, BODY).status_code == 200
    clock.advance(301)
    assert statuses(raw.base) == ["expired"]
    assert raw.post(RESEND, BODY).status_code == 200
    assert statuses(raw.base) == ["pending", "expired"]  # expired is not "superseded"
    sent = dev_get(raw.base, "messages", phone_number=PHONE)["messages"][0]
    for _ in range(5):
        assert verify(raw, wrong_code(sent["otp"]), sent["authCode"]).status_code == 400
    assert statuses(raw.base) == ["burnt", "expired"]


def test_users_list_each_jwt_user_with_its_numbers_and_wallet(raw, sandbox):
    assert raw.post(REGISTER, BODY).status_code == 200
    (user,) = users(raw.base)
    assert user["user_id"] == "sandbox-user-1"
    assert user["numbers"] == [
        {
            "e164": E164,
            "countryCode": CC,
            "phone_number": PHONE,
            "verified": False,
            "code": "pending",
        }
    ]
    assert user["wallet"] is None  # no wallet call yet
    sent = dev_get(raw.base, "messages", phone_number=PHONE)["messages"][0]
    assert verify(raw, sent["otp"], sent["authCode"]).status_code == 201
    assert httpx.get(raw.base + "/api/wallet/balance", headers=raw.headers).status_code == 200
    (user,) = users(raw.base)
    assert user["numbers"][0]["verified"] is True
    assert user["numbers"][0]["code"] == "used"
    assert user["wallet"]["earned_balance"] == 250
    assert user["wallet"]["transactions"] == 23


def test_a_number_verified_by_another_user_moves_to_it(raw, sandbox):
    other = credentials(sandbox.base_url, user="agent-2")
    headers = {**raw.headers, "user-jwt-token": other.user_jwt}
    assert raw.post(REGISTER, BODY).status_code == 200
    sent = dev_get(raw.base, "messages", phone_number=PHONE)["messages"][0]
    body = {**BODY, "authCode": int(sent["authCode"]), "otp": int(sent["otp"])}
    assert raw.post(VERIFY, body, headers=headers).status_code == 201
    owners = {u["user_id"]: [n["e164"] for n in u["numbers"]] for u in users(raw.base)}
    assert owners == {"agent-2": [E164]}


def test_a_balance_set_decides_the_withdraw_minimum(raw):
    response = httpx.post(
        raw.base + "/__sandbox/users", json={"user_id": "sandbox-user-1", "earned_balance": 50}
    )
    assert response.status_code == 200, response.text
    assert response.json()["users"][0]["wallet"]["earned_balance"] == 50
    balance = httpx.get(raw.base + "/api/wallet/balance", headers=raw.headers).json()
    assert balance["earned_balance"] == 50
    refused = httpx.post(raw.base + "/api/wallet/withdraw", headers=raw.headers)
    assert refused.status_code == 400
    assert refused.json()["code"] == "BELOW_MINIMUM"
    httpx.post(
        raw.base + "/__sandbox/users", json={"user_id": "sandbox-user-1", "earned_balance": 150}
    )
    assert httpx.post(raw.base + "/api/wallet/withdraw", headers=raw.headers).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"earned_balance": 5},
        {"user_id": "", "earned_balance": 5},
        {"user_id": "u", "earned_balance": -1},
        {"user_id": "u", "earned_balance": True},
        {"user_id": "u", "bonus_balance": "5"},
        {"user_id": "u", "earned_balance": 1e13},
    ],
)
def test_bad_balances_are_refused_and_nothing_is_stored(raw, body):
    response = httpx.post(raw.base + "/__sandbox/users", json=body)
    assert response.status_code == 400
    assert response.json()["message"]
    assert users(raw.base) == []


def test_a_forgotten_number_is_new_again(raw, clock):
    assert raw.post(REGISTER, BODY).json()["isNewUser"] is True
    sent = dev_get(raw.base, "messages", phone_number=PHONE)["messages"][0]
    assert verify(raw, sent["otp"], sent["authCode"]).status_code == 201
    assert raw.post(REGISTER, BODY).status_code == 429  # the cooldown
    gone = httpx.delete(raw.base + "/__sandbox/users", params={"e164": E164})
    assert gone.status_code == 200
    assert gone.json()["users"] == []
    assert statuses(raw.base) == []
    again = raw.post(REGISTER, BODY)  # no cooldown, and new again
    assert again.status_code == 200
    assert again.json()["isNewUser"] is True


def test_a_forgotten_user_loses_its_wallet_and_numbers(raw):
    assert raw.post(REGISTER, BODY).status_code == 200
    httpx.post(
        raw.base + "/__sandbox/users", json={"user_id": "sandbox-user-1", "earned_balance": 1}
    )
    httpx.post(raw.base + "/__sandbox/users", json={"user_id": "other"})
    gone = httpx.delete(raw.base + "/__sandbox/users", params={"user_id": "sandbox-user-1"})
    assert [u["user_id"] for u in gone.json()["users"]] == ["other"]
    assert statuses(raw.base) == []
    balance = httpx.get(raw.base + "/api/wallet/balance", headers=raw.headers).json()
    assert balance["earned_balance"] == 250  # a new wallet
    missing = httpx.delete(raw.base + "/__sandbox/users", params={"user_id": "nobody"})
    assert missing.status_code == 404
    both = httpx.delete(raw.base + "/__sandbox/users", params={"user_id": "o", "e164": E164})
    assert both.status_code == 400


def test_reset_forgets_the_users(raw):
    assert raw.post(REGISTER, BODY).status_code == 200
    httpx.post(raw.base + "/__sandbox/reset", json={}).raise_for_status()
    assert users(raw.base) == []


def test_the_admin_client_reads_and_changes_users(run, sandbox):
    async def session() -> tuple[list[Any], list[Any], str]:
        async with SandboxAdmin(sandbox.base_url) as admin:
            set_ = await admin.set_balances("u1", earned_balance=75.5, bonus_balance=3)
            listed = await admin.users()
            await admin.forget_user("u1")
            try:
                await admin.forget_number(E164)
            except SandboxAdminError as exc:
                return set_, listed, str(exc)
            return set_, listed, ""

    set_, listed, refusal = run(session())
    assert set_ == listed
    assert listed[0]["wallet"]["earned_balance"] == 75.5
    assert listed[0]["wallet"]["bonus_balance"] == 3
    assert refusal == "The sandbox knows no such user or number."
