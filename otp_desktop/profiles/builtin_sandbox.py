"""The built-in "Sandbox" environment: the embedded server and its demo
credentials, fetched over HTTP like any other client would."""

from __future__ import annotations

from typing import Any

from otp_desktop.flow.code_rules import CodeRules
from otp_desktop.profiles.environment import SANDBOX_NAME, Environment
from otp_desktop.sandbox_admin import SandboxAdmin, SandboxAdminError


def code_rules_of(rules: dict[str, Any]) -> CodeRules:
    """What the sandbox's rules mean for the flow: cooldown, lifetime, attempts
    (KeyError, TypeError or ValueError when the answer lacks them)."""
    return CodeRules(
        float(rules["resend_cooldown_s"]),
        float(rules["otp_lifetime_s"]),
        int(rules["max_attempts"]),
    )


def apply_rules(env: Environment, rules: dict[str, Any]) -> None:
    code = code_rules_of(rules)
    env.cooldown_s, env.code_lifetime_s, env.max_attempts = (
        code.cooldown_s,
        code.code_lifetime_s,
        code.max_attempts,
    )


async def read_code_rules(admin: SandboxAdmin, env: Environment) -> CodeRules | None:
    """The sandbox's rules as they are now, also kept in `env`; None when the
    sandbox cannot say (the flow keeps what it knew)."""
    try:
        rules = await admin.rules()
        code = code_rules_of(rules)
    except (SandboxAdminError, KeyError, TypeError, ValueError):
        return None
    apply_rules(env, rules)
    return code


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
