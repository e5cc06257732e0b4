"""The API client against the real sandbox over loopback."""

from __future__ import annotations

import dataclasses
import json

import httpx
import pytest

from otp_desktop.api import (
    CodeEncoding,
    CodeNotRepresentableError,
    Credentials,
    Exchange,
    HttpStatusError,
    RequestTimeoutError,
    RewardsClient,
)
from otp_desktop.api.masking import MASK
from otp_desktop.phone import PhoneNumber
from otp_desktop.sandbox import EmbeddedSandbox
from tests.sandbox_helpers import CC, PHONE, latest_message


def make_client(sandbox: EmbeddedSandbox, creds: Credentials, **kw: object) -> RewardsClient:
    return RewardsClient(sandbox.base_url, creds, **kw)  # type: ignore[arg-type]


def test_register_then_verify_round_trip(sandbox, creds, run, clock):
    async def scenario():
        async with make_client(sandbox, creds) as client:
            sent = await client.register(PhoneNumber.of(PHONE, CC))
            message = latest_message(sandbox.base_url)
            assert sent.auth_code == message["authCode"]
            assert sent.is_new_user is True
            result = await client.verify(PhoneNumber.of(PHONE, CC), sent.auth_code, message["otp"])
            assert result.message == "successfully verified OTP & identity-associated"
            # The same number again is no longer new (after the cooldown between two sends).
            clock.advance(30)
            again = await client.register(PhoneNumber.of(PHONE, CC))
            assert again.is_new_user is False

    run(scenario())


def test_resend_issues_a_new_auth_code_and_the_old_one_stops_working(sandbox, creds, run, clock):
    async def scenario():
        async with make_client(sandbox, creds) as client:
            first = await client.register(PhoneNumber.of(PHONE, CC))
            first_otp = latest_message(sandbox.base_url)["otp"]
            clock.advance(31)
            second = await client.resend(PhoneNumber.of(PHONE, CC))
            latest = latest_message(sandbox.base_url)
            assert latest["authCode"] == second.auth_code
            with pytest.raises(HttpStatusError) as info:
                await client.verify(PhoneNumber.of(PHONE, CC), first.auth_code, first_otp)
            assert info.value.status == 400
            assert info.value.attempts_left == 4
            await client.verify(PhoneNumber.of(PHONE, CC), second.auth_code, latest["otp"])

    run(scenario())


def test_headers_and_body_types_are_exactly_as_documented(sandbox, creds, run):
    seen: list[Exchange] = []

    async def scenario():
        async with make_client(sandbox, creds, on_exchange=seen.append) as client:
            sent = await client.register(PhoneNumber.of(PHONE, CC))
            otp = latest_message(sandbox.base_url)["otp"]
            await client.verify(PhoneNumber.of(PHONE, CC), sent.auth_code, otp)
            return sent.auth_code, otp

    auth_code, otp = run(scenario())
    register, verify = seen
    headers = dict(register.request_headers)
    assert headers["content-type"] == "application/json"
    assert headers["clientid"] == creds.client_id
    assert headers["clientsecret"] == creds.client_secret
    assert headers["user-jwt-token"] == creds.user_jwt
    assert json.loads(register.request_body) == {"phone_number": PHONE, "countryCode": CC}
    body = json.loads(verify.request_body)
    assert body["phone_number"] == PHONE
    assert body["countryCode"] == CC
    # Numbers as documented, unless a leading zero forces a string.
    for field, code in (("authCode", auth_code), ("otp", otp)):
        expected: int | str = code if code.startswith("0") else int(code)
        assert body[field] == expected
    assert verify.status == 201


def test_code_with_leading_zero_is_sent_as_string_in_auto_mode(sandbox, creds, run):
    seen: list[Exchange] = []

    async def scenario():
        async with make_client(sandbox, creds, on_exchange=seen.append) as client:
            sent = await client.register(
                PhoneNumber.of("9999900002", "+91")
            )  # test number, code 012345
            await client.verify(PhoneNumber.of("9999900002", "+91"), sent.auth_code, "012345")

    run(scenario())
    body = json.loads(seen[-1].request_body)
    assert body["otp"] == "012345"
    assert "otp starts with 0" in (seen[-1].note or "")


def test_code_with_leading_zero_is_refused_in_number_mode_before_sending(sandbox, creds, run):
    seen: list[Exchange] = []

    async def scenario():
        async with make_client(
            sandbox, creds, on_exchange=seen.append, code_encoding=CodeEncoding.NUMBER
        ) as client:
            sent = await client.register(PhoneNumber.of("9999900002", "+91"))
            with pytest.raises(CodeNotRepresentableError):
                await client.verify(PhoneNumber.of("9999900002", "+91"), sent.auth_code, "012345")

    run(scenario())
    assert [e.path for e in seen] == ["/api/proxy/auth/otp/register"]


def test_string_mode_sends_every_code_as_string(sandbox, creds, run):
    seen: list[Exchange] = []

    async def scenario():
        async with make_client(
            sandbox, creds, on_exchange=seen.append, code_encoding=CodeEncoding.STRING
        ) as client:
            sent = await client.register(PhoneNumber.of("9999900001", "+91"))
            await client.verify(PhoneNumber.of("9999900001", "+91"), sent.auth_code, "123456")

    run(scenario())
    assert json.loads(seen[-1].request_body)["otp"] == "123456"


def test_wallet_balance_transactions_paging_and_withdraw(sandbox, creds, run):
    async def scenario():
        async with make_client(sandbox, creds) as client:
            balance = await client.wallet_balance()
            assert balance.earned_balance == 250
            assert balance.can_withdraw
            uids: list[str] = []
            page = await client.wallet_transactions()
            while True:
                uids += [t.uid for t in page.transactions]
                if not page.has_more:
                    break
                page = await client.wallet_transactions(page.last_evaluated_key)
            assert len(uids) == len(set(uids)) == 23
            result = await client.withdraw()
            assert result.message == "Withdrawn Successfully"
            after = await client.wallet_balance()
            assert after.earned_balance == 0
            assert after.on_chain_balance == 250
            first = await client.wallet_transactions()
            assert first.transactions[0].description.event_reward_category == "WITHDRAWN"
            with pytest.raises(HttpStatusError) as info:
                await client.withdraw()
            assert info.value.status == 400
            assert "no earned balance" in info.value.server_message

    run(scenario())


def test_wrong_secret_gives_401_with_plain_words(sandbox, creds, run):
    bad = Credentials(creds.client_id, "wrong", creds.user_jwt)

    async def scenario():
        async with RewardsClient(sandbox.base_url, bad) as client:
            with pytest.raises(HttpStatusError) as info:
                await client.register(PhoneNumber.of(PHONE, CC))
        return info.value

    err = run(scenario())
    assert err.status == 401
    assert "credentials" in err.user_message
    assert "clientSecret is not valid" in err.server_message


def test_exchange_hook_reports_and_masks_secrets(sandbox, creds, run):
    seen: list[Exchange] = []

    async def scenario():
        async with make_client(sandbox, creds, on_exchange=seen.append) as client:
            sent = await client.register(PhoneNumber.of("9999900001", "+91"))
            await client.verify(PhoneNumber.of("9999900001", "+91"), sent.auth_code, "123456")

    run(scenario())
    masked = [e.masked() for e in seen]
    text = repr([dataclasses.astuple(e) for e in masked]) + repr(seen)  # repr: short, masked
    assert creds.client_secret not in text
    assert creds.user_jwt not in text
    assert "123456" not in text
    assert MASK in text
    assert all(e.duration_ms > 0 and e.status in (200, 201) for e in seen)


def test_post_is_not_retried_after_it_may_have_reached_the_server(run):
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("timed out", request=request)

    async def scenario():
        client = RewardsClient(
            "https://rewards.example",
            Credentials("a", "b", "c"),
            transport=httpx.MockTransport(handler),
        )
        async with client:
            with pytest.raises(RequestTimeoutError) as info:
                await client.register(PhoneNumber.of(PHONE, CC))
        return info.value

    err = run(scenario())
    assert len(calls) == 1
    assert err.may_have_reached_server
    assert "may or may not have been processed" in err.user_message


def test_credentials_repr_hides_secrets():
    text = repr(Credentials("id", "very-secret-value", "eyJ.token.value"))
    assert "very-secret-value" not in text
    assert "eyJ.token.value" not in text
