"""An environment: base URL, credentials and transport settings."""

from __future__ import annotations

import ipaddress
import os
import ssl
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from otp_desktop.api import CodeEncoding, Credentials, RewardsClient, Timeouts
from otp_desktop.api.client import ExchangeHook

SANDBOX_NAME = "Sandbox"


class InvalidEnvironmentError(ValueError):
    """An environment that cannot be used as it is; the message says why."""


def is_loopback_host(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(slots=True)
class Environment:
    name: str
    base_url: str
    credentials: Credentials = field(default_factory=Credentials)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    production: bool = False
    verify_tls: bool = True
    allow_insecure_http: bool = False
    timeouts: Timeouts = field(default_factory=Timeouts)
    code_encoding: CodeEncoding = CodeEncoding.AUTO
    builtin_sandbox: bool = False
    cooldown_s: float = 30.0
    """Resend cooldown to show when the server sends no Retry-After."""
    code_lifetime_s: float | None = None
    """How long a code lives, when known (the docs do not say)."""
    max_attempts: int | None = None
    """Wrong tries before a code is burnt, when known."""
    confirm_first_send: bool = True
    """On a production environment, ask before the first send of each onboarding."""
    ca_bundle: str = ""
    """A CA file to trust instead of the system store (a company proxy's CA)."""

    @property
    def needs_send_confirmation(self) -> bool:
        return self.production and self.confirm_first_send

    def check(self) -> None:
        """Refuse a URL the app must not send secrets to."""
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidEnvironmentError(
                f"{self.base_url!r} is not an http:// or https:// address with a host name."
            )
        if parts.scheme == "http" and not (
            is_loopback_host(parts.hostname) or self.allow_insecure_http
        ):
            raise InvalidEnvironmentError(
                f"Plain http:// sends the client secret and the user's token unencrypted. "
                f"Use https:// for {parts.hostname}, or allow insecure HTTP for this environment."
            )

    def make_client(self, on_exchange: ExchangeHook | None = None) -> RewardsClient:
        self.check()
        return RewardsClient(
            self.base_url,
            self.credentials,
            timeouts=self.timeouts,
            code_encoding=self.code_encoding,
            on_exchange=on_exchange,
            verify=self._verify(),
        )

    def _verify(self) -> ssl.SSLContext | bool:
        if not self.verify_tls:
            return False
        if self.ca_bundle:
            try:
                return ssl.create_default_context(cafile=self.ca_bundle)
            except (OSError, ssl.SSLError) as exc:
                raise InvalidEnvironmentError(
                    f"The CA file {self.ca_bundle!r} could not be used: {exc}."
                ) from None
        return _ssl_context()


def _ssl_context() -> ssl.SSLContext | bool:
    """The OS trust store (TLS-inspecting office proxies live there), else certifi."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # any failure: httpx's default (certifi) still verifies
        return True


def adhoc_from_env(
    base_url: str, env: Mapping[str, str] | None = None, *, check: bool = True
) -> Environment:
    """`--base-url URL`: an unsaved environment whose credentials come from
    OTP_DESKTOP_CLIENT_ID, OTP_DESKTOP_CLIENT_SECRET and OTP_DESKTOP_JWT."""
    env = os.environ if env is None else env
    environment = Environment(
        name="Ad hoc",
        base_url=base_url.rstrip("/"),
        credentials=Credentials(
            env.get("OTP_DESKTOP_CLIENT_ID", ""),
            env.get("OTP_DESKTOP_CLIENT_SECRET", ""),
            env.get("OTP_DESKTOP_JWT", ""),
        ),
    )
    if check:
        environment.check()
    return environment
