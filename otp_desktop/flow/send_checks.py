"""What must be refused or confirmed before an onboarding's first send.

The rule lives here; the UI words it (ui/onboarding/send_guard.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from otp_desktop.profiles.environment import Environment


@dataclass(frozen=True, slots=True)
class SendCheck:
    jwt_problem: str = ""
    """Why the user JWT cannot be used: nothing may be sent ('' when fine)."""
    jwt_expiry: str = ""
    """"expired 2 days ago" when the JWT has expired: confirm first."""
    production: bool = False
    """A production environment that asks before the first send."""

    @property
    def refused(self) -> bool:
        return bool(self.jwt_problem)


def check_send(env: Environment) -> SendCheck:
    """The built-in sandbox mints its own JWTs, so only other environments' are read."""
    from otp_desktop.profiles.jwt_info import JwtProblem, decode

    expiry = ""
    if not env.builtin_sandbox:
        try:
            info = decode(env.credentials.user_jwt)
        except JwtProblem as exc:
            return SendCheck(jwt_problem=str(exc))
        if info.expired():
            expiry = info.describe_expiry()
    return SendCheck(jwt_expiry=expiry, production=env.needs_send_confirmation)
