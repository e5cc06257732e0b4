"""Which proxy a request goes through, as the system says.

`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (any case; on
Windows and macOS also the system settings, via urllib), unless the
environment overrides them with its own proxy URL or "no proxy".
Loopback addresses never go through a proxy: the built-in sandbox and a
local test server are on this machine.
"""

from __future__ import annotations

import functools
import ipaddress
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import httpx

SYSTEM = ""
"""The environment's proxy field left empty: follow the system."""
NO_PROXY = "none"
"""The environment's proxy field saying: connect directly."""


class ProxyProblem(ValueError):
    """A proxy setting that cannot be used; the message says why."""


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _system_proxy(url: str, host: str, env: Mapping[str, str] | None) -> str | None:
    import urllib.request  # ~10 ms of imports: only when a client is made

    if env is None:
        proxies = urllib.request.getproxies()
        bypass = bool(proxies) and urllib.request.proxy_bypass(host)
    else:
        proxies = {
            k.lower()[: -len("_proxy")]: v for k, v in env.items() if k.lower().endswith("_proxy")
        }
        bypass = urllib.request.proxy_bypass_environment(host, proxies)  # type: ignore[attr-defined]
    if bypass:
        return None
    scheme = urlsplit(url).scheme
    return proxies.get(scheme) or proxies.get("all") or None


def proxy_for(url: str, setting: str = SYSTEM, env: Mapping[str, str] | None = None) -> str | None:
    """The proxy URL for requests to `url`, or None to connect directly.

    `setting` is the environment's field: empty (the system's), "none", or
    a proxy URL. `env` stands for os.environ in tests.
    """
    host = urlsplit(url).hostname or ""
    setting = setting.strip()
    if is_loopback_host(host) or setting.lower() == NO_PROXY:
        return None
    proxy = setting or _system_proxy(url, host, env)
    if proxy is None:
        return None
    if "://" not in proxy:
        proxy = "http://" + proxy  # "proxy:3128" is how many people write it
    check_proxy_url(proxy)
    return proxy


def check_proxy_url(proxy: str) -> None:
    parts = urlsplit(proxy)
    if parts.scheme not in ("http", "https", "socks5", "socks5h") or not parts.hostname:
        raise ProxyProblem(
            "The proxy address must look like http://proxy.example.com:3128 (or 'none')."
        )


@functools.cache
def no_tls() -> ssl.SSLContext:
    """For a plain-http server reached directly, which never uses TLS: a
    context that trusts nothing (a TLS handshake through it fails), instead
    of httpx's default that reads ~150 certificates (~2.5 MiB) per client."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def transport(url: str, setting: str = SYSTEM, **options: Any) -> httpx.AsyncHTTPTransport:
    """An httpx transport for `url`, through its proxy if it has one."""
    import httpx

    proxy = proxy_for(url, setting)
    if proxy is None and urlsplit(url).scheme == "http":
        options["verify"] = no_tls()
    try:
        return httpx.AsyncHTTPTransport(proxy=proxy, **options)
    except ImportError:  # socks5:// needs an extra package
        raise ProxyProblem("SOCKS proxies are not supported: use an HTTP proxy address.") from None


def direct_client(base_url: str, timeout: float = 5.0) -> httpx.AsyncClient:
    """An httpx client for the built-in sandbox on loopback: never proxied,
    whatever the environment variables say."""
    import httpx

    plain = urlsplit(base_url).scheme == "http"
    return httpx.AsyncClient(
        base_url=base_url, timeout=timeout, trust_env=False, verify=no_tls() if plain else True
    )
