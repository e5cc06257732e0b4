"""The one client of the sandbox's developer endpoints, against the real
sandbox over loopback (the panel, the built-in environment and the
self-test all use it)."""

from __future__ import annotations

import socket

import pytest

from otp_desktop.api import Credentials, RewardsClient
from otp_desktop.phone import PhoneNumber
from otp_desktop.profiles.builtin_sandbox import sandbox_environment
from otp_desktop.sandbox_admin import SandboxAdmin, SandboxAdminError


def test_credentials_are_typed_and_accepted_by_the_api(run, sandbox):
    async def onboard() -> tuple[Credentials, str]:
        async with SandboxAdmin(sandbox.base_url) as admin:
            credentials = await admin.credentials()
        async with RewardsClient(sandbox.base_url, credentials) as client:
            sent = await client.register(PhoneNumber.of("9999900001", "+91"))
            done = await client.verify(
                PhoneNumber.of("9999900001", "+91"), sent.auth_code, "123456"
            )
        return credentials, done.message

    credentials, message = run(onboard())
    assert isinstance(credentials, Credentials)
    assert credentials.user_jwt.count(".") == 2
    assert "verified" in message


def test_the_builtin_environment_takes_the_sandbox_credentials_and_rules(run, sandbox):
    async def change_rules() -> None:
        async with SandboxAdmin(sandbox.base_url) as admin:
            await admin.set_rules({"resend_cooldown_s": 7, "max_attempts": 2})

    run(change_rules())
    env = run(sandbox_environment(sandbox.base_url))
    assert env.builtin_sandbox
    assert (env.cooldown_s, env.max_attempts) == (7.0, 2)
    assert env.credentials.client_secret == sandbox.server.state.authority.client_secret


def test_a_reset_clears_what_the_sandbox_remembers(run, sandbox):
    async def add_then_reset() -> tuple[int, int]:
        async with SandboxAdmin(sandbox.base_url) as admin:
            await admin.add_fault({"kind": "status", "status": 503})
            before = len(await admin.faults())
            await admin.reset()
            return before, len(await admin.faults())

    assert run(add_then_reset()) == (1, 0)


def test_a_sandbox_that_is_gone_is_a_plain_error(run):
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        base = f"http://127.0.0.1:{probe.getsockname()[1]}"

    async def ask() -> Credentials:
        async with SandboxAdmin(base) as admin:
            return await admin.credentials()

    with pytest.raises(SandboxAdminError, match="could not be reached"):
        run(ask())
