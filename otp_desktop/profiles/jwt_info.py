"""What a user's JWT says, decoded without verification (only the server can
verify it), so the agent sees whose token it is and whether it has expired.

The one place a JWT is decoded: the form, the status bar and the send check
all ask `decode`, which reads each token once (cached) and hands the same
immutable answer to every caller."""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


class JwtProblem(ValueError):
    """The text is not a usable JWT; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class JwtInfo:
    user_id: str
    wallet_address: str
    client_name: str
    expires_at: float | None

    def expired(self, now: float | None = None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or time.time())

    def describe_expiry(self, now: float | None = None) -> str:
        if self.expires_at is None:
            return "never expires"
        delta = self.expires_at - (time.time() if now is None else now)
        span = _span(abs(delta))
        return f"expires in {span}" if delta > 0 else f"expired {span} ago"


def _span(seconds: float) -> str:
    for unit, size in (("day", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            n = int(seconds // size)
            if unit == "day":
                return f"{n} day{'s' if n != 1 else ''}"
            return f"{n} {unit}"
    return f"{int(seconds)} s"


def _number(claims: dict[str, Any], key: str) -> float | None:
    value = claims.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _claims(token: str) -> Any:
    """The payload of a compact JWT (RFC 7519), read without a JWT library:
    one would load cryptography's X.509 code (~8 MiB) to decode base64."""
    parts = []
    try:
        for part in token.split(".")[:2]:  # the header must decode too
            parts.append(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))))
    except (ValueError, binascii.Error, RecursionError):  # incl. bad UTF-8 and JSON
        raise JwtProblem(
            "The user JWT could not be decoded: check that it was copied whole."
        ) from None
    return parts[1]


def decode(token: str) -> JwtInfo:
    """What `token` says, or JwtProblem saying why it cannot be used."""
    found = _read(token.strip())
    if isinstance(found, str):
        raise JwtProblem(found)
    return found


@lru_cache(maxsize=8)
def _read(token: str) -> JwtInfo | str:
    """The claims, or the problem in plain words (cached either way: a field
    re-checked on every keystroke decodes each value once)."""
    if not token:
        return "No user JWT is set for this environment."
    if token.count(".") != 2:
        return "The user JWT is not a JWT: it must have three parts separated by dots."
    try:
        claims: object = _claims(token)
    except JwtProblem as problem:
        return str(problem)
    if not isinstance(claims, dict):
        return "The user JWT's payload is not a JSON object."
    user = claims.get("user_id") or claims.get("sub") or ""
    return JwtInfo(
        user_id=str(user),
        wallet_address=str(claims.get("wallet_address") or ""),
        client_name=str(claims.get("third_party_client_name") or claims.get("client_id") or ""),
        expires_at=_number(claims, "exp"),
    )
