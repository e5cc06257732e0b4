"""Demo partner credentials and the end users' JWTs (HS256, sandbox key)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

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
        return _sign(payload, self.signing_key)

    def user_of(self, token: str | None, now: float) -> str:
        """The user a valid token belongs to; TokenRejectedError otherwise."""
        if not token:
            raise TokenRejectedError("the user-jwt-token header is missing")
        claims = _verified_claims(token, self.signing_key)
        if "exp" not in claims or "user_id" not in claims:
            raise TokenRejectedError("the user-jwt-token is malformed")
        # Expiry against the sandbox clock, so tests can move time forward.
        if not isinstance(claims["exp"], int | float) or claims["exp"] <= now:
            raise TokenRejectedError("the user-jwt-token has expired")
        return str(claims["user_id"])


# HS256 by hand (RFC 7519 with RFC 7515's compact form): a JWT library would
# load cryptography's X.509 code (~8 MiB) into the app for one HMAC.
_HEADER = {"alg": "HS256", "typ": "JWT"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json_b64(value: dict[str, Any]) -> str:
    return _b64(json.dumps(value, separators=(",", ":")).encode())


def _mac(signing_input: str, key: str) -> bytes:
    return hmac.new(key.encode(), signing_input.encode("ascii"), hashlib.sha256).digest()


def _sign(claims: dict[str, Any], key: str) -> str:
    signing_input = f"{_json_b64(_HEADER)}.{_json_b64(claims)}"
    return f"{signing_input}.{_b64(_mac(signing_input, key))}"


def _verified_claims(token: str, key: str) -> dict[str, Any]:
    """The claims of an HS256 token signed with `key`; TokenRejectedError
    (malformed, or a bad signature) otherwise."""
    malformed = TokenRejectedError("the user-jwt-token is malformed")
    try:
        header_b64, claims_b64, signature_b64 = token.split(".")
        header = json.loads(_unb64(header_b64))
        claims = json.loads(_unb64(claims_b64))
        signature = _unb64(signature_b64)
    except (ValueError, binascii.Error, RecursionError):  # incl. bad UTF-8 and JSON
        raise malformed from None
    if not isinstance(header, dict) or header.get("alg") != "HS256" or not isinstance(claims, dict):
        raise malformed
    if not hmac.compare_digest(signature, _mac(f"{header_b64}.{claims_b64}", key)):
        raise TokenRejectedError("the user-jwt-token signature is not valid")
    return claims


def wallet_address_for(user_id: str) -> str:
    """A stable, fake 0x address for a user."""
    return "0x" + hashlib.sha256(user_id.encode()).hexdigest()[:40]
