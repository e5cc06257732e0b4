"""The built-in "Sandbox" environment: the embedded server and its demo
credentials, fetched over HTTP like any other client would."""

from __future__ import annotations

from typing import Any

from otp_desktop.api.credentials import Credentials
from otp_desktop.api.proxies import direct_client
from otp_desktop.profiles.environment import SANDBOX_NAME, Environment


async def fetch_json(base_url: str, path: str) -> Any:
    async with direct_client(base_url) as http:  # on loopback: never through a proxy
        response = await http.get(path)
        response.raise_for_status()
        return response.json()


def apply_rules(env: Environment, rules: dict[str, Any]) -> None:
    """What the sandbox's rules mean for the flow: cooldown, lifetime, attempts."""
    env.cooldown_s = float(rules["resend_cooldown_s"])
    env.code_lifetime_s = float(rules["otp_lifetime_s"])
    env.max_attempts = int(rules["max_attempts"])


async def sandbox_environment(base_url: str) -> Environment:
    """The Sandbox environment for a running sandbox at `base_url`."""
    creds = await fetch_json(base_url, "/__sandbox/credentials")
    rules = await fetch_json(base_url, "/__sandbox/rules")
    env = Environment(
        name=SANDBOX_NAME,
        base_url=base_url,
        credentials=Credentials(creds["clientID"], creds["clientSecret"], creds["userJwt"]),
        builtin_sandbox=True,
    )
    apply_rules(env, rules)
    return env
