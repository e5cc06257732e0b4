"""What an API fuzzer and a tester found in the sandbox, each pinned by a test:
no 500 for odd input, one identity per number, the cooldown between any two
sends, and a `code` in every error answer."""

from __future__ import annotations

import httpx
import pytest

from otp_desktop.sandbox import EmbeddedSandbox, ManualClock
from tests.sandbox_helpers import RawApi, latest_message

REGISTER = "/api/proxy/auth/otp/register"
RESEND = "/api/proxy/auth/otp/resend"
VERIFY = "/api/proxy/auth/otp/verify"


class Raw(RawApi):
    def __init__(self, sandbox: EmbeddedSandbox) -> None:
        super().__init__(sandbox.base_url)

    def send(self, cc: str, number: str, path: str = REGISTER) -> httpx.Response:
        return self.post(path, {"phone_number": number, "countryCode": cc})

    def verify(self, cc: str, number: str, auth_code: int, otp: int) -> httpx.Response:
        body = {"phone_number": number, "countryCode": cc, "authCode": auth_code, "otp": otp}
        return self.post(VERIFY, body)


@pytest.fixture
def raw(sandbox: EmbeddedSandbox) -> Raw:
    return Raw(sandbox)


def assert_400_naming(response: httpx.Response, field: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert field in body["message"]
    assert body["code"] == "INVALID_REQUEST"


# --- 1. never a 500 ------------------------------------------------------------


@pytest.mark.parametrize("path", [REGISTER, RESEND])
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"countryCode": "+0227", "phone_number": "00022750"}, "countryCode"),
        ({"countryCode": "+091", "phone_number": "9876543219"}, "countryCode"),
        ({"countryCode": "+0091", "phone_number": "9876543219"}, "countryCode"),
        ({"countryCode": "+91", "phone_number": "1"}, "phone_number"),
        ({"countryCode": "+91", "phone_number": "9" * 29}, "phone_number"),
        ({"countryCode": "+1", "phone_number": "0"}, "phone_number"),
        ({"countryCode": "+44", "phone_number": "0"}, "phone_number"),
    ],
)
def test_numbers_the_phone_library_refuses_are_400(raw, path, body, field):
    assert_400_naming(raw.post(path, body), field)


@pytest.mark.parametrize(
    "path", [REGISTER, RESEND, VERIFY, "/__sandbox/rules", "/__sandbox/faults"]
)
def test_deeply_nested_json_is_400(raw, path):
    deep = b"[" * 5000 + b"]" * 5000
    response = raw.post(path, raw=deep)
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["message"]


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_rules_are_refused_not_stored(raw, text):
    before = httpx.get(f"{raw.base}/__sandbox/rules").json()
    response = httpx.post(
        f"{raw.base}/__sandbox/rules",
        content=f'{{"otp_lifetime_s": {text}}}'.encode(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST"
    assert httpx.get(f"{raw.base}/__sandbox/rules").json() == before
    raw.send("+91", "9876543219")
    assert httpx.get(f"{raw.base}/__sandbox/messages").status_code == 200


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"otp_lifetime_s": 1e300}, "otp_lifetime_s"),
        ({"send_limit": 0}, "send_limit"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"seeded_transactions": 10**9}, "seeded_transactions"),
        ({"jwt_lifetime_s": -1}, "jwt_lifetime_s"),
        ({"test_numbers": 5}, "test_numbers"),
        ({"test_numbers": [{"country_code": "+91", "phone_number": "1", "otp": "1" * 40}]}, "otp"),
    ],
)
def test_out_of_range_rules_are_refused_naming_the_rule(raw, change, field):
    response = httpx.post(f"{raw.base}/__sandbox/rules", json=change)
    assert_400_naming(response, field)
    raw.send("+91", "9876543219")
    assert httpx.get(f"{raw.base}/__sandbox/messages").status_code == 200
    assert httpx.get(f"{raw.base}/api/wallet/balance", headers=raw.headers).status_code == 200


@pytest.mark.parametrize(
    "text",
    [
        '{"kind": "status", "status": 429, "retry_after": 1e400}',
        '{"kind": "status", "status": 429, "retry_after": NaN}',
        '{"kind": "latency", "latency_ms": Infinity}',
        '{"kind": "status", "status": 204}',
        '{"kind": "status", "count": 1e400}',
    ],
)
def test_non_finite_or_odd_faults_are_refused(raw, text):
    response = httpx.post(
        f"{raw.base}/__sandbox/faults",
        content=text.encode(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert httpx.get(f"{raw.base}/__sandbox/faults").json() == {"faults": []}
    assert raw.send("+91", "9876543219").status_code == 200


@pytest.mark.parametrize("value", [10**400 // 10**390, 10**10, -1, 1.5, "1" * 11, ""])
def test_out_of_range_codes_are_400(raw, value):
    raw.send("+91", "9876543219")
    response = raw.post(
        VERIFY, {"phone_number": "9876543219", "countryCode": "+91", "authCode": 1, "otp": value}
    )
    assert response.status_code == 400
    assert "otp" in response.json()["message"]


# --- 2. one number, one identity -------------------------------------------------


SPELLINGS = [("+91", "9876543210", "09876543210"), ("+1", "2015550124", "12015550124")]


@pytest.mark.parametrize(("cc", "plain", "other"), SPELLINGS)
def test_spellings_share_the_cooldown_and_the_send_limit(raw, clock: ManualClock, cc, plain, other):
    assert raw.send(cc, plain).status_code == 200
    assert raw.send(cc, other).status_code == 429  # same number: the cooldown holds
    for _ in range(4):
        clock.advance(31)
        assert raw.send(cc, other, RESEND).status_code == 200
    clock.advance(31)
    limited = raw.send(cc, plain)
    assert limited.status_code == 429
    assert limited.json()["code"] == "SEND_LIMIT"


@pytest.mark.parametrize(("cc", "plain", "other"), SPELLINGS)
def test_spellings_share_the_wrong_tries(raw, cc, plain, other):
    raw.send(cc, plain)
    sent = latest_message(raw.base, plain)
    wrong = (int(sent["otp"]) + 1) % 10**6
    lefts = [
        raw.verify(cc, number, int(sent["authCode"]), wrong).json().get("attemptsLeft")
        for number in (plain, other, plain, other, plain)
    ]
    assert lefts == [4, 3, 2, 1, 0]
    burnt = raw.verify(cc, other, int(sent["authCode"]), int(sent["otp"]))
    assert burnt.json()["code"] == "NO_PENDING_CODE"


@pytest.mark.parametrize(("cc", "plain", "other"), SPELLINGS)
def test_spellings_share_is_new_user_and_the_inbox(raw, clock: ManualClock, cc, plain, other):
    assert raw.send(cc, plain).json()["isNewUser"] is True
    sent = latest_message(raw.base, other)  # the inbox finds it under either spelling
    assert raw.verify(cc, other, int(sent["authCode"]), int(sent["otp"])).status_code == 201
    clock.advance(31)
    assert raw.send(cc, other).json()["isNewUser"] is False
    assert latest_message(raw.base, plain)["e164"] == cc + plain


def test_a_test_number_keeps_its_code_whatever_the_spelling(raw):
    assert raw.send("+91", "09999900001").status_code == 200
    assert latest_message(raw.base, "9999900001")["otp"] == "123456"


# --- 3. the cooldown is between any two sends ------------------------------------------


def test_register_right_after_a_verify_waits_for_the_cooldown(raw, clock: ManualClock):
    raw.send("+91", "9876543219")
    sent = latest_message(raw.base, "9876543219")
    assert (
        raw.verify("+91", "9876543219", int(sent["authCode"]), int(sent["otp"])).status_code == 201
    )
    clock.advance(5)
    again = raw.send("+91", "9876543219")
    assert again.status_code == 429
    assert again.headers["Retry-After"] == "25"
    assert "Wait 25 s" in again.json()["message"]
    clock.advance(25)
    assert raw.send("+91", "9876543219").status_code == 200


def test_register_right_after_a_burnt_code_waits_for_the_cooldown(raw, sandbox, clock):
    httpx.post(f"{raw.base}/__sandbox/rules", json={"max_attempts": 1}).raise_for_status()
    raw.send("+91", "9876543219")
    sent = latest_message(raw.base, "9876543219")
    wrong = (int(sent["otp"]) + 1) % 10**6
    burnt = raw.verify("+91", "9876543219", int(sent["authCode"]), wrong)
    assert burnt.json()["code"] == "OTP_ATTEMPTS_EXCEEDED"
    again = raw.send("+91", "9876543219")
    assert again.status_code == 429
    assert again.json()["code"] == "RESEND_COOLDOWN"
    assert int(again.headers["Retry-After"]) == 30


# --- 5. 404, 405 and 413 carry a code --------------------------------------------------


def test_not_found_method_not_allowed_and_too_large_carry_a_code(raw):
    missing = httpx.get(f"{raw.base}/api/nothing")
    assert (missing.status_code, missing.json()["code"]) == (404, "NOT_FOUND")
    wrong_method = httpx.get(raw.base + REGISTER)
    assert (wrong_method.status_code, wrong_method.json()["code"]) == (405, "METHOD_NOT_ALLOWED")
    assert "POST" in wrong_method.headers["Allow"]
    huge = raw.post(REGISTER, raw=b" " * (100 * 1024))
    assert (huge.status_code, huge.json()["code"]) == (413, "PAYLOAD_TOO_LARGE")
