"""Hostile answers from a real server on loopback: whatever arrives, the
client ends in its own error types with plain words, and the exchange still
exports (HAR, report, cURL)."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc

import pytest

from otp_desktop.api import Credentials, RewardsClient, Timeouts
from otp_desktop.api.errors import (
    ApiError,
    HttpStatusError,
    ServerTooSlowError,
    UnexpectedResponseError,
)
from otp_desktop.api.exchange import Exchange
from otp_desktop.phone import PhoneNumber
from otp_desktop.traffic.curl import to_curl
from otp_desktop.traffic.har import har_text
from otp_desktop.traffic.report import report
from tests.hostile_server import Answer, HostileServer

CREDS = Credentials("client-1", "hostile-test-secret-1", "")
DEEP = b"[" * 100_000 + b"]" * 100_000  # 200 KB, under the 1 MiB cap


@pytest.fixture
def server():
    with HostileServer() as running:
        yield running


def call(run, server, method: str = "wallet_balance", **client_kw):
    """Call one endpoint; return (the error raised or None, the exchanges)."""
    seen: list[Exchange] = []

    async def scenario():
        async with RewardsClient(server.base_url, CREDS, on_exchange=seen.append, **client_kw) as c:
            try:
                if method == "register":
                    await c.register(PhoneNumber.of("9876543219", "+91"))
                else:
                    await getattr(c, method)()
            except ApiError as exc:
                return exc
        return None

    return run(asyncio.wait_for(scenario(), 30)), seen


def exports_work(exchange: Exchange) -> None:
    assert '"version": "1.2"' in har_text([exchange])
    assert exchange.method in report(exchange)
    assert "curl" in to_curl(exchange)


@pytest.mark.parametrize("status", [200, 400])
def test_json_nested_100000_deep_is_a_clear_error_and_exports_still_work(run, server, status):
    server.answer = Answer(status=status, body=DEEP)
    error, seen = call(run, server, "register")
    expected = UnexpectedResponseError if status == 200 else HttpStatusError
    assert isinstance(error, expected)
    assert error.user_message
    exports_work(seen[-1])


@pytest.mark.parametrize(
    "body",
    [
        b'{"wallet_address": "0xabc", "earned_balance": 1e999, "minWalletBalToWithdraw": 100}',
        b'{"wallet_address": "0xabc", "earned_balance": NaN, "minWalletBalToWithdraw": 100}',
        b'{"wallet_address": "0xabc", "earned_balance": 250, "minWalletBalToWithdraw": -Infinity}',
        b'{"wallet_address": "0xabc", "earned_balance": 1'
        + b"0" * 5000
        + b', "minWalletBalToWithdraw": 1}',
    ],
    ids=["1e999", "NaN", "-Infinity", "5000-digit"],
)
def test_a_non_finite_or_huge_balance_is_a_bad_answer(run, server, body):
    server.answer = Answer(body=body)
    error, seen = call(run, server)
    assert isinstance(error, UnexpectedResponseError)
    assert "does not understand" in error.user_message
    exports_work(seen[-1])


@pytest.mark.parametrize(
    ("header", "expected", "capped"),
    [
        ("9" * 400, 3600.0, True),
        ("²", None, False),
        ("-5", None, False),
        ("1.5", None, False),
        ("99999999999", 3600.0, True),
        ("3600", 3600.0, False),
        ("3601", 3600.0, True),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0, False),  # in the past: no wait
        ("Fri, 31 Dec 9999 23:59:59 GMT", 3600.0, True),
        ("Mon, 99 Foo 2015 99:99:99 GMT", None, False),
        ("30", 30.0, False),
    ],
)
def test_any_retry_after_gives_bounded_seconds_or_none(run, server, header, expected, capped):
    server.answer = Answer(
        status=429, body=b'{"message": "slow down"}', headers={"Retry-After": header}
    )
    error, _ = call(run, server, "register")
    assert isinstance(error, HttpStatusError)
    assert error.retry_after == expected
    assert error.retry_after_capped is capped  # the flow must not trust a cut-down wait
    assert "Too many requests." in error.user_message


def test_a_server_dripping_one_byte_a_second_ends_with_too_slow(run, server):
    server.answer = Answer(body=b'{"wallet_address": "0xabc", "earned_balance": 1}', drip_s=1.0)
    timeouts = Timeouts(connect=2, read=5, write=2, total=2.5)
    error, seen = call(run, server, timeouts=timeouts)
    assert isinstance(error, ServerTooSlowError)
    assert "The server is too slow" in error.user_message
    assert seen[-1].error
    assert "deadline" in seen[-1].error


def test_a_post_that_timed_out_says_its_outcome_is_unknown(run, server):
    server.answer = Answer(body=b'{"authCode": "1234", "isNewUser": true}', drip_s=1.0)
    error, _ = call(run, server, "register", timeouts=Timeouts(total=1.5))
    assert isinstance(error, ServerTooSlowError)
    assert error.may_have_reached_server
    assert "may or may not have been processed" in error.user_message


def test_a_decompression_bomb_stops_at_the_cap_without_expanding_in_memory(run, server):
    bomb = gzip.compress(b"\0" * (100 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 200 * 1024
    server.answer = Answer(
        body=bomb, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
    )
    tracemalloc.start()
    try:
        error, _ = call(run, server)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, UnexpectedResponseError)
    assert "larger than the 1024 KiB limit" in error.detail
    # httpx alone expands a 64 KiB network chunk to 64 MiB in one step.
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


def test_a_gzip_answer_within_the_cap_is_read(run, server):
    body = b'{"wallet_address": "0xabc", "earned_balance": 250, "minWalletBalToWithdraw": 100}'
    server.answer = Answer(
        body=gzip.compress(body),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )

    async def scenario():
        async with RewardsClient(server.base_url, CREDS) as client:
            return await client.wallet_balance()

    assert run(scenario()).earned_balance == 250
    assert server.received[-1].headers["accept-encoding"] == "gzip, deflate"


def test_an_unknown_or_corrupt_encoding_is_a_clear_error(run, server):
    for encoding, body in (("br", b"\x00\x01"), ("gzip", b"not gzip at all")):
        server.answer = Answer(
            body=body, headers={"Content-Type": "application/json", "Content-Encoding": encoding}
        )
        error, _ = call(run, server)
        assert isinstance(error, UnexpectedResponseError), encoding
