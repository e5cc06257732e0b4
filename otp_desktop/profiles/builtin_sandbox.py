"""The built-in "Sandbox" environment: the embedded server and its demo
credentials, fetched over HTTP like any other client would."""

from __future__ import annotations

from typing import Any

from otp_desktop.profiles.environment import SANDBOX_NAME, Environment
from otp_desktop.sandbox_admin import SandboxAdmin


def apply_rules(env: Environment, rules: dict[str, Any]) -> None:
    """What the sandbox's rules mean for the flow: cooldown, lifetime, attempts."""
    env.cooldown_s = float(rules["resend_cooldown_s"])
    env.code_lifetime_s = float(rules["otp_lifetime_s"])
    env.max_attempts = int(rules["max_attempts"])


async def sandbox_environment(base_url: str) -> Environment:
    """The Sandbox environment for a running sandbox at `base_url`."""
    async with SandboxAdmin(base_url) as admin:
        credentials = await admin.credentials()
        rules = await admin.rules()
    env = Environment(
        name=SANDBOX_NAME, base_url=base_url, credentials=credentials, builtin_sandbox=True
    )
    apply_rules(env, rules)
    return env
