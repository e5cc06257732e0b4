"""Demo partner credentials and the end users' JWTs (HS256, sandbox key)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any

import jwt

CLIENT_NAME = "Sandbox Rewards Partner"


class TokenRejectedError(Exception):
    """The JWT is missing, malformed, badly signed or expired."""


@dataclass(slots=True)
class SandboxAuthority:
    client_id: str = "sandbox-client"
    client_secret: str = field(default_factory=lambda: "sbx_" + secrets.token_urlsafe(24))
    signing_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def credentials_match(self, client_id: str | None, client_secret: str | None) -> bool:
        return (
            client_id is not None
            and client_secret is not None
            and secrets.compare_digest(client_id.encode(), self.client_id.encode())
            and secrets.compare_digest(client_secret.encode(), self.client_secret.encode())
        )

    def mint(self, user_id: str, now: float, lifetime_s: float) -> str:
        payload = {
            "sub": user_id,
            "user_id": user_id,
            "client_id": self.client_id,
            "iat": int(now),
            "exp": int(now + lifetime_s),
            "third_party_client_id": self.client_id,
            "third_party_client_name": CLIENT_NAME,
            "namespaced_third_party_user_id": f"{self.client_id}:{user_id}",
            "wallet_address": wallet_address_for(user_id),
            "is_new_user": True,
        }
        return jwt.encode(payload, self.signing_key, algorithm="HS256")

    def user_of(self, token: str | None, now: float) -> str:
        """The user a valid token belongs to; TokenRejectedError otherwise."""
        if not token:
            raise TokenRejectedError("the user-jwt-token header is missing")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self.signing_key,
                algorithms=["HS256"],
                options={"verify_exp": False, "require": ["exp", "user_id"]},
            )
        except jwt.InvalidSignatureError:
            raise TokenRejectedError("the user-jwt-token signature is not valid") from None
        except jwt.PyJWTError:
            raise TokenRejectedError("the user-jwt-token is malformed") from None
        # Expiry against the sandbox clock, so tests can move time forward.
        if not isinstance(claims["exp"], int | float) or claims["exp"] <= now:
            raise TokenRejectedError("the user-jwt-token has expired")
        return str(claims["user_id"])


def wallet_address_for(user_id: str) -> str:
    """A stable, fake 0x address for a user."""
    return "0x" + hashlib.sha256(user_id.encode()).hexdigest()[:40]
