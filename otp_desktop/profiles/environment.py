"""An environment: base URL, credentials and transport settings."""

from __future__ import annotations

import os
import ssl
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from otp_desktop.api.codes import CodeEncoding
from otp_desktop.api.credentials import (
    CredentialProblem,
    Credentials,
    check_credentials,
    clean_credentials,
    trim_credentials,
)
from otp_desktop.api.proxies import ProxyProblem, check_proxy_url, is_loopback_host
from otp_desktop.api.timeouts import Timeouts

if TYPE_CHECKING:
    from otp_desktop.api.client import ExchangeHook, RewardsClient

__all__ = ["Environment", "InvalidEnvironmentError", "adhoc_from_env", "is_loopback_host"]

SANDBOX_NAME = "Sandbox"


class InvalidEnvironmentError(ValueError):
    """An environment that cannot be used as it is; the message says why."""


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
    proxy: str = ""
    """Empty: the system's proxy settings; "none": connect directly; else a proxy URL."""
    notice: str = ""
    """Something to tell the user once, e.g. that spaces around a secret were trimmed."""

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
        try:
            check_credentials(self.credentials)
            if self.proxy.strip() and self.proxy.strip().lower() != "none":
                check_proxy_url(self.proxy.strip())
        except (CredentialProblem, ProxyProblem) as exc:
            raise InvalidEnvironmentError(str(exc)) from None

    def make_client(self, on_exchange: ExchangeHook | None = None) -> RewardsClient:
        from otp_desktop.api.client import RewardsClient

        # Secrets read from the keyring or an old file may carry a pasted line break.
        self.credentials, notes = trim_credentials(self.credentials)
        if notes:
            self.notice = " ".join(notes)
        self.check()
        return RewardsClient(
            self.base_url,
            self.credentials,
            timeouts=self.timeouts,
            code_encoding=self.code_encoding,
            on_exchange=on_exchange,
            verify=self._verify(),
            proxy=self.proxy,
        )

    def _verify(self) -> ssl.SSLContext | bool:
        if not self.verify_tls:
            return False
        if self.base_url.lower().startswith("http://"):
            # No TLS to set up: reached directly it gets none at all
            # (api/proxies.no_tls); through an https proxy, httpx's default.
            return True
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
    credentials = Credentials(
        env.get("OTP_DESKTOP_CLIENT_ID", ""),
        env.get("OTP_DESKTOP_CLIENT_SECRET", ""),
        env.get("OTP_DESKTOP_JWT", ""),
    )
    notice = ""
    try:  # pasted into a shell, a value often brings a space or a line break
        credentials, notes = clean_credentials(credentials)
        notice = " ".join(notes)
    except CredentialProblem:
        pass  # kept as is: check() refuses it with a message naming the variable's field
    environment = Environment(
        name="Ad hoc", base_url=base_url.rstrip("/"), credentials=credentials, notice=notice
    )
    if check:
        environment.check()
    return environment
