"""Secrets: checked where typed or read, never sent as an illegal header,
and masked by value in every text that leaves the core."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from urllib.parse import urlencode

import pytest

from otp_desktop import logging_setup
from otp_desktop.api import Credentials, RewardsClient
from otp_desktop.api.credentials import CredentialProblem, clean_credentials
from otp_desktop.api.errors import ApiError, CredentialError
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.masking import MASK, mask_text
from otp_desktop.phone import PhoneNumber
from otp_desktop.profiles.environment import Environment, InvalidEnvironmentError, adhoc_from_env
from otp_desktop.profiles.plain_fields import PlainFieldsError, from_plain
from otp_desktop.traffic.curl import to_curl
from otp_desktop.traffic.har import har_text
from otp_desktop.traffic.report import report
from tests.hostile_server import Answer, HostileServer

CORE = "7f3a9b2c1d"
# Printable ASCII a header may carry, with the characters every format escapes.
SECRET = f"Zq\"{CORE}'x\\y z"
TOKEN = "opaque-user-token-5e4d3c2b1a"  # not JWT-shaped: only masking by value finds it
OTP = "482913"


@pytest.fixture
def server():
    with HostileServer() as running:
        yield running


def attempt(run, creds: Credentials, server: HostileServer) -> ApiError:
    async def scenario():
        async with RewardsClient(server.base_url, creds) as client:
            with pytest.raises(ApiError) as info:
                await client.register(PhoneNumber.of("9876543219", "+91"))
            return info.value

    return run(asyncio.wait_for(scenario(), 20))


@pytest.mark.parametrize(
    "secret",
    ["pasted-secret-01 ", "\npasted-secret-01", "pasted-secret-01\r\n", "pasted\x00secret-01"],
)
def test_a_secret_no_header_can_carry_is_refused_before_any_request(run, server, secret):
    error = attempt(run, Credentials("client-1", secret, ""), server)
    assert isinstance(error, CredentialError)
    assert "client secret" in error.user_message
    assert "pasted-secret" not in str(error)
    assert "secret-01" not in str(error)
    assert server.received == []  # nothing reached the server


def test_a_non_ascii_secret_is_refused_naming_the_field(run, server):
    error = attempt(run, Credentials("client-1", "ok", "tökén-with-accent-123"), server)
    assert isinstance(error, CredentialError)
    assert "user JWT" in error.user_message
    assert "non-ASCII" in error.user_message
    assert "accent" not in str(error)
    assert server.received == []


def test_surrounding_whitespace_is_trimmed_with_a_note_and_odd_characters_refused():
    cleaned, notes = clean_credentials(Credentials(" id ", "secret-abc\n", "\ttoken-xyz"))
    assert cleaned == Credentials("id", "secret-abc", "token-xyz")
    assert notes == [
        "Spaces or line breaks around the client ID were removed.",
        "Spaces or line breaks around the client secret were removed.",
        "Spaces or line breaks around the user JWT were removed.",
    ]
    with pytest.raises(CredentialProblem, match="client secret contains a character"):
        clean_credentials(Credentials("id", "sécret", ""))


def test_variables_are_trimmed_with_a_notice_or_refused_naming_the_field():
    env = adhoc_from_env(
        "https://rewards.example.com",
        {"OTP_DESKTOP_CLIENT_SECRET": "env-secret-123\n", "OTP_DESKTOP_CLIENT_ID": "id"},
    )
    assert env.credentials.client_secret == "env-secret-123"
    assert "client secret were removed" in env.notice
    with pytest.raises(InvalidEnvironmentError, match="client secret") as info:
        adhoc_from_env("https://x.example.com", {"OTP_DESKTOP_CLIENT_SECRET": "ab\x1bcdef-secret"})
    assert "cdef-secret" not in str(info.value)


def test_an_imported_client_id_is_trimmed_or_refused():
    assert (
        from_plain({"name": "a", "client_id": " partner-1\n"}).credentials.client_id == "partner-1"
    )
    with pytest.raises(PlainFieldsError, match="client ID"):
        from_plain({"name": "a", "client_id": "partner\x07-1"})


def echoing_exchange(run, server: HostileServer) -> tuple[list[Exchange], ApiError]:
    """A server that echoes the secrets in every place an answer has."""
    echo = f"bad secret {SECRET} for {TOKEN}, code {OTP}"
    server.answer = Answer(
        status=400,
        body=json.dumps({"message": echo, "echo": [SECRET, TOKEN, OTP]}).encode(),
        headers={
            "Content-Type": "application/json",
            "X-Echo": f"{SECRET} {TOKEN} {OTP}",
            "Location": "https://x.example.com/?" + urlencode({"s": SECRET, "t": TOKEN}),
        },
    )
    seen: list[Exchange] = []

    async def scenario():
        creds = Credentials("client-1", SECRET, TOKEN)
        async with RewardsClient(server.base_url, creds, on_exchange=seen.append) as client:
            with pytest.raises(ApiError):
                await client.wallet_transactions(last_evaluated_key=SECRET)
            with pytest.raises(ApiError) as info:
                await client.verify(PhoneNumber.of("9876543219", "+91"), "1234", OTP)
            return info.value

    return seen, run(asyncio.wait_for(scenario(), 20))


def leaks(text: str) -> list[str]:
    # CORE is inside SECRET: any escaped or partial form of it shows.
    return [s for s in (CORE, TOKEN, OTP, "opaque-user") if s in text]


def test_every_output_masks_every_known_secret_whatever_field_it_came_in(
    run, server, tmp_path, monkeypatch
):
    seen, error = echoing_exchange(run, server)
    assert leaks(server.received[0].path), "the test's secret did reach the URL"
    masked = [e.masked() for e in seen]
    outputs = {
        "error": f"{error} {error.user_message} {error.detail} {error.server_message}",
        "exchanges": repr([dataclasses.astuple(e) for e in masked]),
        "har": har_text(seen),
        "curl": "\n".join(to_curl(e) for e in seen),
        "report": "\n".join(report(e) for e in seen),
        "crash report": logging_setup.redact(f"Traceback: {SECRET} {TOKEN} {OTP} {seen!r}"),
    }
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    path = logging_setup.configure("DEBUG", console=False)
    try:
        logging.getLogger("otp_desktop.test").warning("failed: %s %r", error, seen)
        for handler in logging.getLogger().handlers:
            handler.flush()
        outputs["log"] = path.read_text()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_otp_desktop", False)]:
            root.removeHandler(handler)
            handler.close()
    for name, text in outputs.items():
        assert leaks(text) == [], name
        assert MASK in text, name


def test_secrets_are_masked_in_every_escaped_form():
    from otp_desktop.api.masking import register_secret

    register_secret(SECRET)
    for form in (SECRET, json.dumps(SECRET), repr(SECRET), repr(SECRET.encode())):
        assert CORE not in mask_text(f"before {form} after"), form


def test_a_code_is_masked_as_a_number_of_its_own_never_inside_a_longer_one():
    from otp_desktop.api.masking import mask_body, register_secret

    register_secret("654321")  # a code once sent; the next number happens to contain it
    body = '{"phone_number": "9876543219", "countryCode": "+91", "amount": 16543210}'
    assert mask_body(body) == body
    assert mask_text("the code 654321 was wrong; otp=654321&x") == (
        f"the code {MASK} was wrong; otp={MASK}&x"
    )
    assert mask_text("9876543219", extra_secrets=["654321"]) == "9876543219"
    assert mask_text("sent 654321.", extra_secrets=["654321"]) == f"sent {MASK}."


def test_secrets_read_with_a_line_break_are_trimmed_when_connecting_with_a_notice(run):
    env = Environment("Kept", "https://x.example.com", Credentials("id", "kept-secret-9\n", ""))
    client = env.make_client()
    run(client.aclose())
    assert client.credentials.client_secret == "kept-secret-9"
    assert "client secret were removed" in env.notice
