"""Proxies as the system says, and TLS problems named, with real parts on
loopback: a proxy that tunnels CONNECT, a TLS server with certificates made
by trustme, the sandbox."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import ssl

import pytest
import trustme

from otp_desktop.api import Credentials
from otp_desktop.api.errors import ApiError, TlsError
from otp_desktop.api.proxies import proxy_for
from otp_desktop.profiles.builtin_sandbox import sandbox_environment
from otp_desktop.profiles.environment import Environment
from otp_desktop.sandbox_admin import SandboxAdmin
from tests.hostile_server import Answer, HostileServer
from tests.loopback_proxy import LoopbackProxy

HOST = "rewards.test"  # never resolved: only the proxy knows where it is
BALANCE = {"wallet_address": "0xabc", "earned_balance": 250, "minWalletBalToWithdraw": 100}
PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_inherited_proxy(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def tls_server(ca: trustme.CA, *names: str, **cert_kw) -> HostileServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names, **cert_kw).configure_cert(context)
    server = HostileServer(context)
    server.answer = Answer(body=json.dumps(BALANCE).encode())
    return server


def environment(url: str, ca: trustme.CA | None, tmp_path, **kw) -> Environment:
    ca_file = ""
    if ca is not None:
        ca_file = str(tmp_path / "company-ca.pem")
        ca.cert_pem.write_to_path(ca_file)
    return Environment(
        "Staging", url, Credentials("c", "proxy-secret-1", ""), ca_bundle=ca_file, **kw
    )


def balance(run, env: Environment):
    async def scenario():
        client = env.make_client()
        async with client:
            try:
                return await client.wallet_balance()
            except ApiError as exc:
                return exc

    return run(asyncio.wait_for(scenario(), 20))


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_the_client_goes_through_the_systems_proxy_with_connect(
    run, ca, tmp_path, monkeypatch, variable
):
    with tls_server(ca, HOST) as server, LoopbackProxy(server.port) as proxy:
        monkeypatch.setenv(variable, proxy.url)
        result = balance(run, environment(f"https://{HOST}:{server.port}", ca, tmp_path))
    assert not isinstance(result, ApiError), result
    assert result.earned_balance == 250
    assert proxy.request_lines == [f"CONNECT {HOST}:{server.port} HTTP/1.1"]
    assert server.received[0].headers["clientsecret"] == "proxy-secret-1"


def test_an_environment_can_set_its_own_proxy_or_none(run, ca, tmp_path, monkeypatch):
    with tls_server(ca, HOST) as server, LoopbackProxy(server.port) as proxy:
        env = environment(f"https://{HOST}:{server.port}", ca, tmp_path, proxy=proxy.url)
        assert balance(run, env).earned_balance == 250
        assert proxy.request_lines == [f"CONNECT {HOST}:{server.port} HTTP/1.1"]
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.com:3128")
    assert proxy_for("https://rewards.example.com", "none") is None
    assert proxy_for("https://rewards.example.com", "") == "http://proxy.example.com:3128"
    assert proxy_for("https://rewards.example.com", "corp:8080") == "http://corp:8080"


def test_no_proxy_and_the_scheme_decide_which_proxy():
    env = {
        "HTTPS_PROXY": "http://secure:1",
        "HTTP_PROXY": "http://plain:2",
        "ALL_PROXY": "http://all:3",
    }
    assert proxy_for("https://rewards.example.com", env=env) == "http://secure:1"
    assert proxy_for("http://rewards.example.com", env=env) == "http://plain:2"
    assert proxy_for("https://x.example.com", env={"ALL_PROXY": "http://all:3"}) == "http://all:3"
    bypass = {**env, "NO_PROXY": "example.com,other.org"}
    assert proxy_for("https://rewards.example.com", env=bypass) is None
    assert proxy_for("https://rewards.other.net", env=bypass) == "http://secure:1"
    for loopback in ("http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:2"):
        assert proxy_for(loopback, env=env) is None
        assert proxy_for(loopback, "http://corp:8080", env=env) is None


def test_loopback_never_goes_through_a_proxy_not_even_the_sandbox_set_up(run, sandbox, monkeypatch):
    with LoopbackProxy() as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.url)

        async def scenario():
            env = await sandbox_environment(sandbox.base_url)  # the credential fetch
            admin = SandboxAdmin(sandbox.base_url)
            try:
                await admin.rules()
            finally:
                await admin.aclose()
            async with env.make_client() as client:
                return await client.wallet_balance()

        assert run(scenario()).earned_balance == 250
    assert proxy.request_lines == []


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("untrusted", "not trusted by this computer"),
        ("wrong host", "for another host name"),
        ("expired", "has expired"),
    ],
)
def test_tls_problems_are_named_with_what_to_do(run, ca, tmp_path, case, words):
    past = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    cert_kw = (
        {"not_before": past, "not_after": past + dt.timedelta(days=30)} if case == "expired" else {}
    )
    names = ("other.example.com",) if case == "wrong host" else ("127.0.0.1",)
    with tls_server(ca, *names, **cert_kw) as server:
        trusted = None if case == "untrusted" else ca
        result = balance(run, environment(server.base_url, trusted, tmp_path))
    assert isinstance(result, TlsError), result
    assert words in result.user_message
    if case == "untrusted":
        assert "CA file" in result.user_message
    assert server.received == []


def test_the_environments_ca_file_makes_the_certificate_trusted(run, ca, tmp_path):
    with tls_server(ca, "127.0.0.1") as server:
        assert balance(run, environment(server.base_url, ca, tmp_path)).earned_balance == 250


def test_a_plain_http_server_reached_directly_reads_no_certificates(
    run, sandbox, tmp_path, monkeypatch
):
    """httpx's default TLS context reads ~150 certificates (~2.5 MiB) per
    client; a plain-http server reached directly never uses TLS."""
    import certifi

    from otp_desktop.profiles import environment as module

    for variable in ("SSL_CERT_FILE", "SSL_CERT_DIR"):  # httpx's default reads these instead
        monkeypatch.delenv(variable, raising=False)
    read: list[str] = []
    real_where, real_store = certifi.where, module._ssl_context
    monkeypatch.setattr(certifi, "where", lambda: read.append("certifi") or real_where())
    monkeypatch.setattr(module, "_ssl_context", lambda: read.append("os store") or real_store())
    answered = balance(run, environment(sandbox.base_url, None, tmp_path))
    assert isinstance(answered, ApiError)  # refused (made-up credentials), but it went there
    assert answered.status == 401

    async def inbox():
        async with SandboxAdmin(sandbox.base_url) as admin:
            return await admin.messages()

    assert isinstance(run(inbox()), list)
    assert read == []
    # An https server still gets the certificates (so the check above can fail).
    run(environment("https://rewards.test", None, tmp_path).make_client().aclose())
    assert read == ["os store"]
