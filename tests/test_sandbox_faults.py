"""Every fault kind of the sandbox, seen through the real client."""

from __future__ import annotations

import time

import pytest

from otp_desktop.api import (
    HttpStatusError,
    NetworkError,
    RequestTimeoutError,
    RewardsClient,
    Timeouts,
    UnexpectedResponseError,
)
from otp_desktop.api.errors import ConnectionDroppedError, NameResolutionError
from otp_desktop.phone import PhoneNumber
from tests.sandbox_helpers import CC, PHONE, add_fault, clear_faults

FAULT_EXPECTATIONS = [
    ({"kind": "status", "status": 503}, HttpStatusError, "HTTP 503"),
    ({"kind": "status", "status": 429, "retry_after": 7}, HttpStatusError, "Wait 7 s"),
    ({"kind": "malformed_json"}, UnexpectedResponseError, "not JSON"),
    ({"kind": "html"}, HttpStatusError, "502 Bad Gateway"),
    ({"kind": "empty"}, UnexpectedResponseError, "empty"),
    ({"kind": "drop"}, ConnectionDroppedError, "may or may not"),
    ({"kind": "drop_mid_body"}, ConnectionDroppedError, "may or may not"),
    ({"kind": "hang"}, RequestTimeoutError, "did not answer in time"),
    ({"kind": "wrong_shape"}, UnexpectedResponseError, "documented shape"),
    ({"kind": "oversize"}, UnexpectedResponseError, "larger than"),
    ({"kind": "non_utf8"}, UnexpectedResponseError, "UTF-8"),
]


@pytest.mark.parametrize(
    ("fault", "error", "words"),
    FAULT_EXPECTATIONS,
    ids=[f[0]["kind"] + str(f[0].get("status", "")) for f in FAULT_EXPECTATIONS],
)
def test_fault_gives_clear_error_then_flow_recovers(sandbox, creds, run, fault, error, words):
    add_fault(sandbox.base_url, endpoint="register", count=1, **fault)

    async def scenario():
        client = RewardsClient(sandbox.base_url, creds, timeouts=Timeouts(connect=2, read=0.5))
        async with client:
            with pytest.raises(error) as info:
                await client.register(PhoneNumber.of(PHONE, CC))
            # count=1: the fault is used up and the next call works.
            ok = await client.register(PhoneNumber.of("9999900001", "+91"))
            return info.value, ok

    err, ok = run(scenario())
    shown = f"{err.user_message} {err.detail}"
    assert words in shown
    assert "Traceback" not in shown
    assert ok.auth_code.isdigit()


def test_latency_and_trickle_still_give_the_right_answer(sandbox, creds, run):
    add_fault(sandbox.base_url, endpoint="register", kind="latency", latency_ms=300, count=1)
    add_fault(sandbox.base_url, endpoint="resend", kind="trickle", latency_ms=5, count=1)

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            t0 = time.perf_counter()
            await client.register(PhoneNumber.of(PHONE, CC))
            slow = time.perf_counter() - t0
            sandbox.state.clock.advance(60)  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            sent = await client.resend(PhoneNumber.of(PHONE, CC))
            return slow, time.perf_counter() - t0, sent

    slow, trickled, sent = run(scenario())
    assert slow >= 0.3
    assert trickled >= 0.1  # ~40 bytes at 5 ms each
    assert sent.auth_code.isdigit()


def test_fault_until_cleared_applies_to_every_endpoint_with_star(sandbox, creds, run):
    add_fault(sandbox.base_url, kind="status", status=500)

    async def scenario():
        async with RewardsClient(sandbox.base_url, creds) as client:
            for call in (client.wallet_balance, client.withdraw):
                with pytest.raises(HttpStatusError):
                    await call()
            clear_faults(sandbox.base_url)
            return await client.wallet_balance()

    assert run(scenario()).earned_balance == 250


def test_connection_refused_is_a_network_error(run):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def scenario():
        async with RewardsClient(f"http://127.0.0.1:{port}", creds_stub()) as client:
            with pytest.raises(NetworkError) as info:
                await client.register(PhoneNumber.of(PHONE, CC))
        return info.value

    err = run(scenario())
    assert "could not be reached" in err.user_message
    assert not err.may_have_reached_server


def test_name_that_does_not_resolve(run):
    async def scenario():
        async with RewardsClient("http://no-such-host.invalid", creds_stub()) as client:
            with pytest.raises(NameResolutionError) as info:
                await client.register(PhoneNumber.of(PHONE, CC))
        return info.value

    assert "name could not be found" in run(scenario()).user_message


def creds_stub():
    from otp_desktop.api import Credentials

    return Credentials("id", "secret-value", "jwt-value")
