"""The request journal (GET/DELETE /__sandbox/requests) over real HTTP."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.sandbox.journal import RequestJournal
from otp_desktop.sandbox_admin import SandboxAdmin
from tests.sandbox_helpers import CC, PHONE, add_fault, latest_message

REGISTER = "/api/proxy/auth/otp/register"
VERIFY = "/api/proxy/auth/otp/verify"


def journal(base: str, **params: Any) -> list[dict[str, Any]]:
    response = httpx.get(f"{base}/__sandbox/requests", params=params, timeout=5)
    assert response.status_code == 200, response.text
    return response.json()["requests"]  # type: ignore[no-any-return]


@pytest.fixture
def headers(sandbox: EmbeddedSandbox) -> dict[str, str]:
    creds = httpx.get(f"{sandbox.base_url}/__sandbox/credentials").json()
    return {
        "clientID": creds["clientID"],
        "clientSecret": creds["clientSecret"],
        "user-jwt-token": creds["userJwt"],
    }


def test_lists_requests_newest_first_with_status_and_masked_codes(sandbox, headers):
    base = sandbox.base_url
    body = {"phone_number": PHONE, "countryCode": CC}
    assert httpx.post(base + REGISTER, json=body, headers=headers).status_code == 200
    sent = latest_message(base)
    wrong_otp = (int(sent["otp"]) + 1) % 10**6
    verify = {**body, "authCode": int(sent["authCode"]), "otp": wrong_otp}
    assert httpx.post(base + VERIFY, json=verify, headers=headers).status_code == 400
    good = {**verify, "otp": int(sent["otp"])}
    assert httpx.post(base + VERIFY, json=good, headers=headers).status_code == 201

    entries = journal(base)
    assert [(e["method"], e["path"], e["status"]) for e in entries] == [
        ("POST", VERIFY, 201),
        ("POST", VERIFY, 400),
        ("POST", REGISTER, 200),
    ]
    assert entries[2]["body"] == body
    assert entries[0]["body"]["phone_number"] == PHONE
    assert entries[0]["body"]["otp"] == "***"
    assert all(isinstance(e["time"], float) for e in entries)
    assert entries[0]["time"] >= entries[1]["time"] >= entries[2]["time"]
    # Neither code sent as otp appears anywhere in the journal, nor the secrets.
    text = json.dumps(entries)
    assert str(int(sent["otp"])) not in text
    assert str(wrong_otp) not in text
    assert headers["clientSecret"] not in text
    assert headers["user-jwt-token"] not in text


def test_since_keeps_only_later_requests(sandbox, headers):
    base = sandbox.base_url
    httpx.post(base + REGISTER, json={"phone_number": PHONE, "countryCode": CC}, headers=headers)
    first = journal(base)[0]["time"]
    httpx.post(
        base + REGISTER, json={"phone_number": "9999900001", "countryCode": CC}, headers=headers
    )
    later = journal(base, since=first)
    assert [e["body"]["phone_number"] for e in later] == ["9999900001"]
    assert journal(base, since=time.time() + 60) == []


@pytest.mark.parametrize("since", ["yesterday", "nan", "inf", ""])
def test_bad_since_is_a_400_naming_it(sandbox, since):
    response = httpx.get(f"{sandbox.base_url}/__sandbox/requests", params={"since": since})
    assert response.status_code == 400
    assert "since" in response.json()["message"]
    assert response.json()["code"] == "INVALID_REQUEST"


def test_requests_answered_by_faults_are_recorded(sandbox, headers):
    base = sandbox.base_url
    add_fault(base, endpoint="register", kind="status", status=503, count=1)
    add_fault(base, endpoint="verify", kind="drop", count=1)
    body = {"phone_number": PHONE, "countryCode": CC}
    assert httpx.post(base + REGISTER, json=body, headers=headers).status_code == 503
    with pytest.raises(httpx.HTTPError):
        httpx.post(base + VERIFY, json={**body, "authCode": 1, "otp": 2}, headers=headers)
    api_calls = [e for e in journal(base) if e["path"].startswith("/api/")]
    # A dropped connection has no status, but the request was received.
    assert [(e["path"], e["status"]) for e in api_calls] == [(VERIFY, None), (REGISTER, 503)]
    assert api_calls[0]["body"]["otp"] == "***"


def test_refused_and_unknown_requests_are_recorded(sandbox, headers):
    base = sandbox.base_url
    httpx.get(base + "/api/nowhere")
    httpx.get(base + REGISTER)
    httpx.post(base + REGISTER, content=b"x" * (200 * 1024), headers=headers)
    httpx.post(base + REGISTER, content=b"not json", headers=headers)
    httpx.post(base + REGISTER, content=b"[" * 5000 + b"]" * 5000, headers=headers)
    entries = journal(base)
    assert [(e["method"], e["path"], e["status"]) for e in entries] == [
        ("POST", REGISTER, 400),
        ("POST", REGISTER, 400),
        ("POST", REGISTER, 413),
        ("GET", REGISTER, 405),
        ("GET", "/api/nowhere", 404),
    ]
    assert entries[1]["body"] == "not json"
    assert "not kept" in entries[0]["body"]
    assert entries[2]["body"] == "(not received)"


def test_developer_reads_are_not_journaled_but_changes_are(sandbox):
    base = sandbox.base_url
    for _ in range(3):
        httpx.get(f"{base}/__sandbox/messages")
    httpx.post(f"{base}/__sandbox/rules", json={"max_attempts": 3})
    httpx.get(f"{base}/__sandbox/messages", params={"phone_number": "x"})
    entries = journal(base)
    assert [(e["method"], e["path"], e["status"]) for e in entries] == [
        ("POST", "/__sandbox/rules", 200)
    ]
    assert entries[0]["body"] == {"max_attempts": 3}


def test_rules_with_test_number_codes_are_masked(sandbox):
    base = sandbox.base_url
    change = {
        "test_numbers": [{"country_code": "+91", "phone_number": "9999900009", "otp": "424242"}]
    }
    httpx.post(f"{base}/__sandbox/rules", json=change).raise_for_status()
    assert "424242" not in json.dumps(journal(base))


def test_delete_clears_the_journal(sandbox, headers):
    base = sandbox.base_url
    httpx.post(base + REGISTER, json={"phone_number": PHONE, "countryCode": CC}, headers=headers)
    assert journal(base)
    cleared = httpx.delete(f"{base}/__sandbox/requests")
    assert cleared.status_code == 200
    assert cleared.json() == {"requests": []}
    assert journal(base) == []


def test_journal_keeps_only_the_newest(sandbox, headers):
    sandbox.state.journal = RequestJournal(size=3)
    base = sandbox.base_url
    for i in range(5):
        httpx.get(f"{base}/api/nowhere/{i}")
    assert [e["path"] for e in journal(base)] == [f"/api/nowhere/{i}" for i in (4, 3, 2)]


def test_journal_listed_in_the_index(sandbox):
    index = httpx.get(f"{sandbox.base_url}/__sandbox/").json()
    assert any("/__sandbox/requests" in k for k in index["endpoints"])


def test_sandbox_admin_reads_the_journal(sandbox, headers, run):
    base = sandbox.base_url
    httpx.get(f"{base}/api/nowhere")

    async def read() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        admin = SandboxAdmin(base)
        try:
            everything = await admin.requests()
            later = await admin.requests(since=everything[0]["time"])
            return everything, later
        finally:
            await admin.aclose()

    everything, later = run(read())
    assert [e["path"] for e in everything] == ["/api/nowhere"]
    assert later == []


def test_an_overflowing_number_is_journaled_as_text_and_the_journal_stays_json():
    from otp_desktop.sandbox.journal import journal_body

    raw = b'{"phone_number": 1e999, "countryCode": "+91"}'
    assert journal_body(raw) == raw.decode()
    json.dumps(journal_body(raw), allow_nan=False)  # strict JSON clients can read it
