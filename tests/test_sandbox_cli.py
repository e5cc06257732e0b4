"""`otp-sandbox` alone, driven over real HTTP like the README's curl walk-through."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def standalone() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "otp_desktop.sandbox.cli",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/__sandbox/", timeout=0.5)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("otp-sandbox did not start: " + (proc.stderr.read() if proc.stderr else ""))
    yield base, proc
    if proc.poll() is None:
        proc.terminate()
        proc.communicate(timeout=5)  # also closes the pipes


def test_walk_through_over_real_http(standalone):
    base, proc = standalone
    creds = httpx.get(f"{base}/__sandbox/credentials").json()
    h = {
        "Content-Type": "application/json",
        "clientID": creds["clientID"],
        "clientSecret": creds["clientSecret"],
        "user-jwt-token": creds["userJwt"],
    }
    phone = {"phone_number": "9876543219", "countryCode": "+91"}

    reg = httpx.post(f"{base}/api/proxy/auth/otp/register", json=phone, headers=h)
    assert reg.status_code == 200
    msgs = httpx.get(f"{base}/__sandbox/messages").json()["messages"]
    assert msgs[0]["authCode"] == reg.json()["authCode"]

    early = httpx.post(f"{base}/api/proxy/auth/otp/resend", json=phone, headers=h)
    assert early.status_code == 429
    assert "Retry-After" in early.headers
    # The cooldown (30 s) ends when the rules say so, not after a sleep that a
    # loaded machine can overrun before the early resend.
    rules = httpx.post(f"{base}/__sandbox/rules", json={"resend_cooldown_s": 0})
    assert rules.status_code == 200, rules.text
    res = httpx.post(f"{base}/api/proxy/auth/otp/resend", json=phone, headers=h)
    assert res.status_code == 200
    latest = httpx.get(f"{base}/__sandbox/messages").json()["messages"][0]

    wrong = {**phone, "authCode": int(latest["authCode"]), "otp": 0}
    assert httpx.post(f"{base}/api/proxy/auth/otp/verify", json=wrong, headers=h).status_code == 400
    # The documented types: numbers (docs/walkthrough.sh covers a code starting with 0).
    good = {**phone, "authCode": int(latest["authCode"]), "otp": int(latest["otp"])}
    ver = httpx.post(f"{base}/api/proxy/auth/otp/verify", json=good, headers=h)
    assert ver.status_code == 201

    bal = httpx.get(f"{base}/api/wallet/balance", headers=h).json()
    assert bal["earned_balance"] >= bal["minWalletBalToWithdraw"]
    txs = httpx.get(f"{base}/api/wallet/transactions/list", headers=h).json()
    assert txs["last_evaluated_key"]
    more = httpx.get(
        f"{base}/api/wallet/transactions/list",
        headers=h,
        params={"last_evaluated_key": txs["last_evaluated_key"]},
    ).json()
    assert {t["uid"] for t in more["transactions"]}.isdisjoint(
        t["uid"] for t in txs["transactions"]
    )
    wd = httpx.post(f"{base}/api/wallet/withdraw", headers=h)
    assert wd.json()["message"] == "Withdrawn Successfully"
    assert httpx.post(f"{base}/api/wallet/withdraw", headers=h).status_code == 400
    assert httpx.post(f"{base}/api/proxy/auth/otp/register", json=phone).status_code == 401

    proc.terminate()
    out, _ = proc.communicate(timeout=5)
    # Standalone, the console is the SMS inbox.
    assert f"code {latest['otp']}" in out


def test_port_in_use_is_a_clear_message():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "otp_desktop.sandbox.cli", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=20,
        )
    assert done.returncode == 2
    assert "cannot listen" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_can_talk_to_it(standalone):
    base, _ = standalone
    out = subprocess.run(
        ["curl", "-s", f"{base}/__sandbox/credentials"], capture_output=True, text=True, timeout=10
    )
    assert '"clientID"' in out.stdout
