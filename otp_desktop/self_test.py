"""`otp-desktop --self-test`: the checks a packaged build must pass.

The Qt platform check lives in app.py (this module stays Qt-free); here:
the keyring backend in use, the embedded sandbox, and a register -> verify
round trip against it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


def keyring_backend() -> tuple[bool, str]:
    from otp_desktop.profiles.secrets_vault import SecretVault

    vault = SecretVault()
    state = "persistent" if vault.persistent else "NOT persistent (secrets kept in memory)"
    return True, f"keyring backend {vault.backend_name}: {state}"


def sandbox_round_trip() -> tuple[bool, str]:
    from otp_desktop.api import Credentials, RewardsClient
    from otp_desktop.api.proxies import direct_client
    from otp_desktop.sandbox import EmbeddedSandbox

    async def round_trip(base: str) -> str:
        async with direct_client(base) as http:
            creds = (await http.get("/__sandbox/credentials")).json()
            client = RewardsClient(
                base, Credentials(creds["clientID"], creds["clientSecret"], creds["userJwt"])
            )
            async with client:
                sent = await client.register("9999900001", "+91")
                done = await client.verify("9999900001", "+91", sent.auth_code, "123456")
        return done.message

    with EmbeddedSandbox() as sandbox:
        message = asyncio.run(round_trip(sandbox.base_url))
    return True, f"embedded sandbox register -> verify: {message}"


CHECKS: tuple[tuple[str, Callable[[], tuple[bool, str]]], ...] = (
    ("keyring", keyring_backend),
    ("sandbox", sandbox_round_trip),
)


def run_checks(report: Callable[[str], None]) -> bool:
    ok = True
    for name, check in CHECKS:
        try:
            passed, detail = check()
        except Exception as exc:  # a self-test reports every failure, it does not stop
            passed, detail = False, f"{type(exc).__name__}: {exc}"
        report(f"{'PASS' if passed else 'FAIL'} {name}: {detail}")
        ok = ok and passed
    return ok
