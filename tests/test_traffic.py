"""The exchange log, cURL, HAR and the text report."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from otp_desktop.api import Exchange, RewardsClient
from otp_desktop.api.masking import register_secret
from otp_desktop.phone import PhoneNumber
from otp_desktop.traffic.curl import to_curl
from otp_desktop.traffic.har import har_text
from otp_desktop.traffic.log import ExchangeLog
from otp_desktop.traffic.report import report
from tests.sandbox_helpers import latest_message


def session_exchanges(sandbox, creds, run, phone="9999900001", otp="123456") -> list[Exchange]:
    seen: list[Exchange] = []

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds, on_exchange=seen.append) as client:
            sent = await client.register(PhoneNumber.of(phone, "+91"))
            await client.verify(PhoneNumber.of(phone, "+91"), sent.auth_code, otp)
            await client.wallet_balance()

    run(scenario())
    return seen


def secrets_of(creds, otp="123456"):
    return [creds.client_secret, creds.user_jwt, otp]


def test_masked_outputs_hold_no_secret(sandbox, creds, run):
    exchanges = session_exchanges(sandbox, creds, run)
    texts = [har_text(exchanges)] + [to_curl(e) for e in exchanges] + [report(e) for e in exchanges]
    for text in texts:
        for secret in secrets_of(creds):
            assert secret not in text
    revealed = har_text(exchanges, include_secrets=True)
    assert creds.client_secret in revealed
    assert "123456" in revealed


def test_har_has_the_1_2_structure(sandbox, creds, run):
    exchanges = session_exchanges(sandbox, creds, run)
    har = json.loads(har_text(exchanges))
    log = har["log"]
    assert log["version"] == "1.2"
    assert log["creator"]["name"] == "otp-desktop"
    assert len(log["entries"]) == 3
    for entry in log["entries"]:
        assert entry["startedDateTime"].endswith("Z")
        assert entry["time"] > 0
        assert {
            "method",
            "url",
            "httpVersion",
            "headers",
            "queryString",
            "cookies",
            "headersSize",
            "bodySize",
        } <= set(entry["request"])
        assert {"status", "statusText", "headers", "content", "redirectURL"} <= set(
            entry["response"]
        )
        assert {"send", "wait", "receive"} <= set(entry["timings"])
    assert log["entries"][1]["response"]["status"] == 201
    assert log["entries"][0]["request"]["postData"]["mimeType"] == "application/json"


@pytest.mark.skipif(
    shutil.which("curl") is None or shutil.which("bash") is None, reason="needs curl"
)
@pytest.mark.parametrize(("phone", "otp"), [("9999900001", "123456"), ("9999900002", "012345")])
def test_curl_command_reproduces_the_exchange(sandbox, creds, run, clock, phone, otp):
    exchanges = session_exchanges(sandbox, creds, run, phone, otp)
    register, verify, balance = exchanges
    env = {
        **os.environ,
        "OTP_CLIENT_SECRET": creds.client_secret,
        "OTP_USER_JWT": creds.user_jwt,
        "OTP_CODE": otp,
    }

    def run_curl(exchange: Exchange) -> tuple[int, dict]:
        command = to_curl(exchange) + " -w '\\n%{http_code}'"
        done = subprocess.run(
            ["bash", "-c", command], env=env, capture_output=True, text=True, timeout=20
        )
        body, _, code = done.stdout.rpartition("\n")
        return int(code), json.loads(body)

    status, body = run_curl(balance)
    assert status == 200
    assert body["wallet_address"] == json.loads(balance.response_body)["wallet_address"]
    clock.advance(31)  # past the cooldown: a second register is allowed
    status, body = run_curl(register)
    assert status == 200
    auth_code = body["authCode"]
    # Verify with the new authCode: rebuild the exchange with it, as a tester would edit it.
    sent = json.loads(verify.request_body)
    sent["authCode"] = int(auth_code) if not auth_code.startswith("0") else auth_code
    from dataclasses import replace

    status, body = run_curl(replace(verify, request_body=json.dumps(sent)))
    assert status == 201
    assert latest_message(sandbox.base_url, phone)["otp"] == otp


def test_ring_buffer_holds_its_bound_with_100000_exchanges():
    log = ExchangeLog(capacity=5000)
    for i in range(100_000):
        log.append(Exchange("GET", f"http://x/api/{i}", (), "", float(i)))
    assert len(log) == 5000
    assert log.full
    assert log[0].url == "http://x/api/95000"
    assert log[-1].path == "/api/99999"
    log.drop_oldest()
    assert len(log) == 4999
    log.clear()
    assert len(log) == 0


def test_report_pretty_prints_json(sandbox, creds, run):
    text = report(session_exchanges(sandbox, creds, run)[0])
    assert '"phone_number": "9999900001"' in text
    assert "Response headers:" in text
    assert "«masked»" in text


def large_answer(i: int, size: int = 1024 * 1024) -> Exchange:
    body = '{"blob": "' + str(i % 10) * size + '"}'  # a new string each time
    return Exchange(
        "GET",
        f"http://x/api/{i}",
        (),
        "",
        float(i),
        status=200,
        response_body=body,
        response_size=len(body),
    )


MEMORY_PROBE = """
import json, tracemalloc
from otp_desktop.api.exchange import Exchange
from otp_desktop.traffic.log import ExchangeLog

def answer(i):
    body = '{"blob": "' + str(i % 10) * (1024 * 1024) + '"}'  # a new string each time
    return Exchange("GET", f"http://x/{i}", (), "", 0.0, status=200, response_body=body)

log = ExchangeLog()
tracemalloc.start()
for i in range(40):
    log.append(answer(i))
after_40 = tracemalloc.get_traced_memory()[0]
for i in range(40, 200):
    log.append(answer(i))
after_200 = tracemalloc.get_traced_memory()[0]
print(json.dumps([len(log), after_40, after_200, log.bytes_held, log.byte_budget]))
"""


def test_memory_stays_flat_with_large_answers():
    # In a process of its own: tracing every allocation of the whole test
    # session (Qt, loops, threads) would measure them too, and slowly.
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    count, after_40, after_200, held, budget = json.loads(done.stdout)
    assert count == 200  # bodies truncated, so every exchange still fits
    # 200 answers of 1 MiB: 200 MiB if kept whole. Kept: 64 KiB each at most.
    assert after_200 < 20 * 1024 * 1024, f"{after_200 / 2**20:.0f} MiB"
    assert after_200 - after_40 < 12 * 1024 * 1024
    assert held <= budget


def test_a_large_body_is_kept_truncated_with_a_note_and_its_full_size():
    log = ExchangeLog(max_body_chars=1000)
    log.append(large_answer(7, size=50_000))
    kept = log[0]
    assert len(kept.response_body) < 1200
    assert kept.response_body.startswith('{"blob": "7777')
    assert "the first 1,000 of 50,012 characters are kept" in kept.response_body
    assert kept.response_size == 50_012
    assert "truncated" in report(kept)
    har = json.loads(har_text([kept]))["log"]["entries"][0]["response"]["content"]
    assert har["size"] == 50_012


def test_the_byte_budget_evicts_the_oldest_first():
    log = ExchangeLog(max_body_chars=10_000, byte_budget=50_000)
    for i in range(20):
        log.append(large_answer(i, size=9_000))
    assert log.bytes_held <= 50_000
    assert 3 <= len(log) <= 5
    assert log[-1].url == "http://x/api/19"
    assert [int(e.url.rsplit("/", 1)[1]) for e in log] == list(range(20 - len(log), 20))


def test_a_secret_is_masked_before_a_body_is_cut():
    register_secret("cut-secret-0123456789")
    body = "x" * 995 + "cut-secret-0123456789" + "y" * 100
    log = ExchangeLog(max_body_chars=1000)
    log.append(Exchange("GET", "http://x/", (), "", 0.0, status=200, response_body=body))
    assert "cut-sec" not in log[0].response_body
