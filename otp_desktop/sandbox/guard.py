"""The guard of the developer endpoints (/__sandbox/): they hand out the
credentials and the OTP inbox, so neither a web page in the user's browser
nor, unless asked for, another machine may use them."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

from otp_desktop.sandbox.http.messages import Request
from otp_desktop.sandbox.otp_store import OtpRuleError

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


class RemoteNotAllowedError(ValueError):
    """Listening beyond loopback was asked for without --allow-remote."""


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class DevGuard:
    token: str | None = None
    """When set (remote access allowed), `Authorization: Bearer <token>` is required."""

    @classmethod
    def for_host(cls, host: str, *, allow_remote: bool) -> DevGuard:
        if is_loopback(host):
            return cls()
        if not allow_remote:
            raise RemoteNotAllowedError(
                f"{host} is reachable from other machines, and anyone who reaches the sandbox "
                "reads its credentials and codes. Add --allow-remote to listen there anyway "
                "(the developer endpoints then need a token printed at start)."
            )
        return cls(token=secrets.token_urlsafe(24))

    def check(self, request: Request) -> None:
        """Raise OtpRuleError (401/403/415) unless the request may use /__sandbox/."""
        if self.token is not None:
            sent = request.headers.get("Authorization") or ""
            if not secrets.compare_digest(sent.encode(), f"Bearer {self.token}".encode()):
                raise OtpRuleError(
                    401,
                    "The developer endpoints need the token printed when the sandbox started: "
                    "send Authorization: Bearer <token>.",
                    code="DEVELOPER_TOKEN_REQUIRED",
                )
        elif not is_loopback(request.hostname):
            # Loopback only: a foreign Host is a DNS-rebinding page, not a local tool.
            raise OtpRuleError(
                403,
                "The developer endpoints answer only to a loopback Host.",
                code="FORBIDDEN_HOST",
            )
        origin = request.headers.get("Origin")
        if origin is not None and origin != f"http://{request.host}":
            raise OtpRuleError(
                403,
                f"The developer endpoints refuse requests from web pages ({origin}).",
                code="FORBIDDEN_ORIGIN",
            )
        if request.method == "POST" and request.content_type != "application/json":
            raise OtpRuleError(
                415,
                "Send the developer endpoints JSON with Content-Type: application/json.",
                code="UNSUPPORTED_MEDIA_TYPE",
            )
