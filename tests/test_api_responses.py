"""Byte-level server answers the sandbox does not produce, via MockTransport."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otp_desktop.api import ApiError, Credentials, HttpStatusError, RewardsClient
from otp_desktop.api.masking import MASK, mask_body, mask_headers, mask_phone, mask_text
from otp_desktop.api.responses import parse_retry_after, server_message
from otp_desktop.phone import PhoneNumber


def client_for(handler) -> RewardsClient:
    return RewardsClient(
        "https://rewards.example",
        Credentials("id", "s3cret-value", "eyJa.eyJb.c"),
        transport=httpx.MockTransport(handler),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"message": "Phone blocked"}', "Phone blocked"),
        (b'{"error": "invalid_client"}', "invalid_client"),
        (b'{"detail": [{"loc": ["body"], "msg": "field required"}]}', "field required"),
        (b'{"errors": {"phone_number": ["is invalid"]}}', "phone_number: is invalid"),
        (
            b"<html><title>Service Unavailable</title><body>down</body></html>",
            "Service Unavailable",
        ),
        (b"", ""),
        (b"plain words", "plain words"),
    ],
)
def test_server_message_from_any_error_body(run, body, expected):
    def handler(request):
        return httpx.Response(422, content=body)

    async def scenario():
        async with client_for(handler) as client:
            with pytest.raises(HttpStatusError) as info:
                await client.register(PhoneNumber.of("9876543219", "+91"))
        return info.value

    err = run(scenario())
    assert err.status == 422
    assert expected in err.server_message
    assert "422" in err.detail


def test_retry_after_forms():
    assert parse_retry_after("7") == 7
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470) == 10


def test_redirect_is_not_followed(run):
    def handler(request):
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/"})

    async def scenario():
        async with client_for(handler) as client:
            with pytest.raises(ApiError) as info:
                await client.wallet_balance()
        return info.value

    assert "elsewhere.example" in run(scenario()).detail


def test_declared_oversize_body_is_refused_before_reading(run):
    def handler(request):
        return httpx.Response(200, headers={"Content-Length": str(5 * 1024 * 1024)}, content=b"{}")

    async def scenario():
        async with client_for(handler) as client:
            with pytest.raises(ApiError) as info:
                await client.wallet_balance()
        return info.value

    assert "larger than" in run(scenario()).detail


def test_masking_functions():
    assert mask_headers([("clientSecret", "x"), ("user-jwt-token", "y"), ("clientID", "z")]) == [
        ("clientSecret", MASK),
        ("user-jwt-token", MASK),
        ("clientID", "z"),
    ]
    assert '"otp": "' + MASK in mask_body('{"otp": 123456, "authCode": 2735}')
    assert "2735" in mask_body('{"otp": 123456, "authCode": 2735}')
    assert mask_text("token eyJhbGci.eyJzdWIi.sig here") == f"token {MASK} here"
    assert mask_text("secret abcdef123 ok", ["abcdef123"]) == f"secret {MASK} ok"
    assert mask_phone("9876543219", "+91") == "+91 ******3219"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.binary(max_size=300), status=st.sampled_from([200, 201, 400, 401, 429, 500, 503]))
def test_any_response_body_gives_a_result_or_a_clear_error(run, body, status):
    def handler(request):
        return httpx.Response(status, content=body)

    async def scenario():
        async with client_for(handler) as client:
            try:
                return await client.register(PhoneNumber.of("9876543219", "+91"))
            except ApiError as exc:
                return exc

    outcome = run(scenario())
    if isinstance(outcome, ApiError):
        assert outcome.user_message
        assert "Traceback" not in outcome.user_message
    else:
        assert outcome.auth_code.isdigit()


def test_server_message_ignores_empty_fields():
    assert server_message('{"message": "", "error": "real"}') == "real"
