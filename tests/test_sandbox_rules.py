"""Each rule of the sandbox over raw HTTP, with the sandbox clock moved by hand."""

from __future__ import annotations

from typing import Any

import httpx
import jwt
import pytest

from otp_desktop.sandbox import EmbeddedSandbox, ManualClock
from tests.sandbox_helpers import CC, PHONE, RawApi, latest_message, set_rules

REGISTER = "/api/proxy/auth/otp/register"
RESEND = "/api/proxy/auth/otp/resend"
VERIFY = "/api/proxy/auth/otp/verify"


class Api(RawApi):
    def __init__(self, sandbox: EmbeddedSandbox) -> None:
        super().__init__(sandbox.base_url)

    def send(self, path: str = REGISTER, phone: str = PHONE) -> httpx.Response:
        return self.post(path, {"phone_number": phone, "countryCode": CC})

    def verify(self, otp: Any, auth_code: Any = None, phone: str = PHONE) -> httpx.Response:
        if auth_code is None:
            auth_code = int(latest_message(self.base, phone)["authCode"])
        return self.post(
            VERIFY, {"phone_number": phone, "countryCode": CC, "authCode": auth_code, "otp": otp}
        )


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Api:
    return Api(sandbox)


def wrong(otp: str) -> int:
    return (int(otp) + 1) % 10**6


def test_register_answers_auth_code_as_string_and_verify_201(api):
    response = api.send()
    assert response.status_code == 200
    body = response.json()
    assert isinstance(body["authCode"], str)
    assert len(body["authCode"]) == 4
    assert body["isNewUser"] is True
    otp = latest_message(api.base)["otp"]
    assert len(otp) == 6
    assert otp.isdigit()
    verified = api.verify(int(otp))
    assert verified.status_code == 201
    assert verified.json() == {"message": "successfully verified OTP & identity-associated"}


def test_resend_cooldown_429_with_retry_after(api, clock: ManualClock):
    api.send()
    clock.advance(10)
    early = api.send(RESEND)
    assert early.status_code == 429
    assert early.headers["Retry-After"] == "20"
    assert "Wait 20 s" in early.json()["message"]
    clock.advance(20)
    assert api.send(RESEND).status_code == 200


def test_resend_without_register_is_refused(api):
    response = api.send(RESEND)
    assert response.status_code == 400
    assert "register first" in response.json()["message"]


def test_code_expires_after_its_lifetime(api, clock: ManualClock):
    api.send()
    otp = latest_message(api.base)["otp"]
    clock.advance(300)
    response = api.verify(int(otp))
    assert response.status_code == 400
    assert response.json()["code"] == "OTP_EXPIRED"


def test_five_wrong_tries_burn_the_code(api):
    api.send()
    otp = latest_message(api.base)["otp"]
    lefts = [api.verify(wrong(otp)).json().get("attemptsLeft") for _ in range(5)]
    assert lefts == [4, 3, 2, 1, 0]
    burnt = api.verify(int(otp))
    assert burnt.status_code == 400
    assert burnt.json()["code"] == "NO_PENDING_CODE"


def test_send_limit_per_number_and_window(api, clock: ManualClock):
    for _ in range(5):
        assert api.send().status_code == 200
        clock.advance(31)
    limited = api.send()
    assert limited.status_code == 429
    assert limited.json()["code"] == "SEND_LIMIT"
    assert int(limited.headers["Retry-After"]) > 0
    clock.advance(600)
    assert api.send().status_code == 200


def test_rules_are_configurable_live(api, clock: ManualClock):
    set_rules(api.base, resend_cooldown_s=2, max_attempts=1, otp_lifetime_s=5)
    api.send()
    clock.advance(2)
    assert api.send(RESEND).status_code == 200
    otp = latest_message(api.base)["otp"]
    assert api.verify(wrong(otp)).json()["code"] == "OTP_ATTEMPTS_EXCEEDED"
    bad = httpx.post(f"{api.base}/__sandbox/rules", json={"max_attempts": "many"})
    assert bad.status_code == 400


def test_numbers_and_strings_are_both_accepted_for_codes(api, clock: ManualClock):
    api.send(phone="9999900002")  # test number with the code 012345
    # 12345 as a number is the code 012345, zero-padded to six digits.
    assert api.verify(12345, phone="9999900002").status_code == 201
    clock.advance(30)  # the cooldown holds between any two sends
    api.send(phone="9999900002")
    assert api.verify("012345", phone="9999900002").status_code == 201


@pytest.mark.parametrize(
    "headers_change",
    [
        {"clientSecret": "wrong"},
        {"clientID": "someone-else"},
        {"clientSecret": None},
    ],
)
def test_partner_credentials_are_checked(api, headers_change):
    headers = {**api.headers}
    for key, value in headers_change.items():
        if value is None:
            headers.pop(key)
        else:
            headers[key] = value
    response = api.post(REGISTER, {"phone_number": PHONE, "countryCode": CC}, headers=headers)
    assert response.status_code == 401
    assert "clientID or clientSecret" in response.json()["message"]


def test_jwt_checks(api, sandbox, clock: ManualClock):
    claims = jwt.decode(api.headers["user-jwt-token"], options={"verify_signature": False})
    forged = jwt.encode(claims, "not-the-sandbox-key-but-long-enough-32b", algorithm="HS256")
    cases = {
        "signature": forged,
        "malformed": "not.a.jwt",
        "missing": "",
    }
    for reason, token in cases.items():
        headers = {**api.headers, "user-jwt-token": token}
        response = httpx.get(f"{api.base}/api/wallet/balance", headers=headers)
        assert response.status_code == 401, reason
        assert "user-jwt-token" in response.json()["message"]
    clock.advance(25 * 3600)
    expired = httpx.get(f"{api.base}/api/wallet/balance", headers=api.headers)
    assert expired.status_code == 401
    assert "expired" in expired.json()["message"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"phone_number": 9876543219, "countryCode": CC}, "must be a string"),
        (
            {"phone_number": "98765-43219", "countryCode": CC},
            "1 to 17 digits (no +, spaces or dashes)",
        ),
        ({"phone_number": PHONE, "countryCode": "+999"}, "Unknown country code"),
        ({"phone_number": PHONE, "countryCode": "91"}, "+ and 1 to 3 digits"),
        ({"countryCode": CC}, "Missing field: phone_number"),
        ({"phone_number": "12345", "countryCode": CC}, "not a valid phone number"),
        ([1, 2], "JSON object"),
    ],
)
def test_invalid_bodies_get_400_with_a_message(api, body, words):
    response = api.post(REGISTER, body)
    assert response.status_code == 400
    assert words in response.json()["message"]


def test_not_json_and_empty_bodies(api):
    assert "not valid JSON" in api.post(REGISTER, raw=b"{nope").json()["message"]
    assert "empty" in api.post(REGISTER, raw=b"").json()["message"]
    assert api.post(REGISTER, raw=b"\xff\xfe").status_code == 400


@pytest.mark.parametrize(
    ("field", "value"),
    [("otp", True), ("otp", "12a456"), ("otp", -5), ("authCode", None), ("authCode", 1.5)],
)
def test_invalid_codes_in_verify(api, field, value):
    api.send()
    body = {"phone_number": PHONE, "countryCode": CC, "authCode": 1234, "otp": 123456, field: value}
    response = api.post(VERIFY, body)
    assert response.status_code == 400
    assert field in response.json()["message"]


def test_unknown_path_and_method_answer_json(api):
    assert httpx.get(f"{api.base}/api/nothing").json()["message"] == "Not Found"
    response = httpx.get(api.base + REGISTER, headers=api.headers)
    assert response.status_code == 405


def test_reset_forgets_codes_and_wallets(api):
    api.send()
    httpx.post(f"{api.base}/api/wallet/withdraw", headers=api.headers)
    httpx.post(f"{api.base}/__sandbox/reset", json={}).raise_for_status()
    assert httpx.get(f"{api.base}/__sandbox/messages").json() == {"messages": []}
    balance = httpx.get(f"{api.base}/api/wallet/balance", headers=api.headers).json()
    assert balance["earned_balance"] == 250


def test_withdraw_below_minimum(api):
    set_rules(api.base, starting_earned_balance=40)
    response = httpx.post(f"{api.base}/api/wallet/withdraw", headers=api.headers)
    assert response.status_code == 400
    assert "below the minimum of 100" in response.json()["message"]


def test_faults_endpoint_validates_its_input(api):
    bad = httpx.post(f"{api.base}/__sandbox/faults", json={"kind": "explode"})
    assert bad.status_code == 400
    assert "kind must be one of" in bad.json()["message"]
