"""`otp-desktop --self-test`: the checks a packaged build must pass.

The Qt platform check lives in app.py (this module stays Qt-free); here:
the keyring backend in use, the embedded sandbox, and a register -> verify
round trip against it.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

PROBE_USER = "self-test-probe"


def keyring_backend(backend: KeyringBackend | None = None) -> tuple[bool, str]:
    """Fails when the keyring loses or refuses an entry, or when the build lost
    keyring's backends (a bundle without their entry points falls back to
    keyring's `fail` backend). A machine with no keyring service passes: the
    app then keeps secrets in memory and says so."""
    import keyring

    from otp_desktop.profiles.secrets_vault import SecretVault

    backend = backend or keyring.get_keyring()
    vault = SecretVault(backend)
    name = f"keyring backend {vault.backend_name}"
    if not vault.persistent:
        if not entry_points(group="keyring.backends"):
            return False, f"{name}: this build carries none of keyring's backends"
        return True, f"{name}: NOT persistent (no keyring service; secrets kept in memory)"
    problem = _keyring_round_trip(backend)
    return not problem, f"{name}: {problem or 'persistent, an entry written and read back'}"


def _keyring_round_trip(backend: KeyringBackend) -> str:
    """Write, read back and delete a random entry; what went wrong, or ''."""
    from keyring.errors import KeyringError

    from otp_desktop.profiles.secrets_vault import SERVICE

    probe = secrets.token_hex(8)
    try:
        backend.set_password(SERVICE, PROBE_USER, probe)
        try:
            read = backend.get_password(SERVICE, PROBE_USER)
        finally:
            backend.delete_password(SERVICE, PROBE_USER)
    except KeyringError as exc:
        return f"the keyring refused a test entry ({type(exc).__name__})"
    return "" if read == probe else "the keyring did not give back a test entry"


def sandbox_round_trip() -> tuple[bool, str]:
    from otp_desktop.api import RewardsClient
    from otp_desktop.phone import PhoneNumber
    from otp_desktop.sandbox import EmbeddedSandbox
    from otp_desktop.sandbox_admin import SandboxAdmin

    async def round_trip(base: str) -> str:
        async with SandboxAdmin(base) as admin:
            credentials = await admin.credentials()
        async with RewardsClient(base, credentials) as client:
            test_number = PhoneNumber.of("9999900001", "+91")
            sent = await client.register(test_number)
            done = await client.verify(test_number, sent.auth_code, "123456")
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
