"""The guard of the developer endpoints: no web page, no other machine
(unless asked for, and then with a token), JSON POSTs only; the app's own
tools, which send no Origin, keep working."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from otp_desktop.profiles.builtin_sandbox import sandbox_environment
from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.sandbox.guard import is_loopback
from otp_desktop.sandbox_admin import SandboxAdmin
from otp_desktop.self_test import sandbox_round_trip
from tests.sandbox_process import command, standalone_sandbox

EVIL = "http://evil.example"


@pytest.mark.parametrize("path", ["messages", "credentials", "rules", "faults", "requests", ""])
def test_a_foreign_origin_cannot_read(sandbox: EmbeddedSandbox, path):
    response = httpx.get(f"{sandbox.base_url}/__sandbox/{path}", headers={"Origin": EVIL})
    assert response.status_code == 403
    assert response.json()["code"] == "FORBIDDEN_ORIGIN"
    assert "clientSecret" not in response.text


def test_a_foreign_origin_cannot_change_rules_even_as_json(sandbox: EmbeddedSandbox):
    for content_type in ("text/plain", "application/json"):
        response = httpx.post(
            f"{sandbox.base_url}/__sandbox/rules",
            content=b'{"max_attempts": 99}',
            headers={"Origin": EVIL, "Content-Type": content_type},
        )
        assert response.status_code == 403
    assert sandbox.state.rules.max_attempts == 5


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
@pytest.mark.parametrize("path", ["rules", "faults", "reset"])
def test_posts_must_be_json(sandbox: EmbeddedSandbox, path, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    body = b'{"max_attempts": 99}' if path == "rules" else b'{"kind": "drop"}'
    response = httpx.post(f"{sandbox.base_url}/__sandbox/{path}", content=body, headers=headers)
    assert response.status_code == 415
    assert response.json()["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert sandbox.state.rules.max_attempts == 5
    assert sandbox.state.faults.faults == []


def test_a_page_rebinding_its_name_to_loopback_is_refused(sandbox: EmbeddedSandbox):
    response = httpx.get(
        f"{sandbox.base_url}/__sandbox/credentials", headers={"Host": "evil.example:80"}
    )
    assert response.status_code == 403
    assert response.json()["code"] == "FORBIDDEN_HOST"


def test_the_sandbox_own_origin_and_no_origin_are_served(sandbox: EmbeddedSandbox):
    own = httpx.get(f"{sandbox.base_url}/__sandbox/rules", headers={"Origin": sandbox.base_url})
    assert own.status_code == 200
    assert httpx.get(f"{sandbox.base_url}/__sandbox/rules").status_code == 200


def test_the_api_itself_is_not_behind_the_guard(sandbox: EmbeddedSandbox, creds):
    headers = {
        "Origin": EVIL,
        "clientID": creds.client_id,
        "clientSecret": creds.client_secret,
        "user-jwt-token": creds.user_jwt,
    }
    assert httpx.get(f"{sandbox.base_url}/api/wallet/balance", headers=headers).status_code == 200


def test_the_apps_sandbox_tools_still_work(sandbox: EmbeddedSandbox, run):
    async def use_everything() -> None:
        env = await sandbox_environment(sandbox.base_url)
        assert env.credentials.client_secret
        admin = SandboxAdmin(sandbox.base_url)
        try:
            await admin.set_rules({"max_attempts": 4})
            await admin.add_fault({"kind": "latency", "latency_ms": 1, "endpoint": "register"})
            assert len(await admin.faults()) == 1
            await admin.clear_faults()
            assert await admin.messages() == []
            assert await admin.rules() == sandbox.state.rules.to_json()
            await admin.reset()
            assert [e["path"] for e in await admin.requests()][:1] == ["/__sandbox/reset"]
        finally:
            await admin.aclose()

    run(use_everything())
    assert sandbox.state.rules.max_attempts == 4
    # The self-test runs its own loop: off the thread where the Qt tests' loop runs.
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(sandbox_round_trip).result(timeout=60)[0]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("0.0.0.0", False), ("::", False), ("192.168.1.5", False),
     ("example.com", False)],
)  # fmt: skip
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_listening_beyond_loopback_needs_allow_remote():
    done = subprocess.run(
        command("--host", "0.0.0.0", "--port", "0"), capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2
    assert "--allow-remote" in done.stderr
    assert "Traceback" not in done.stderr


def test_allow_remote_guards_the_developer_endpoints_with_a_printed_token():
    with standalone_sandbox("--host", "0.0.0.0", "--allow-remote", "--quiet") as remote:
        start = remote.text()
        token = start.split("Authorization: Bearer ")[1].split("'")[0]
        assert len(token) >= 24
        base = remote.base.replace("0.0.0.0", "127.0.0.1")
        refused = httpx.get(f"{base}/__sandbox/credentials")
        assert refused.status_code == 401
        assert "clientSecret" not in refused.text
        wrong = httpx.get(f"{base}/__sandbox/messages", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        auth = {"Authorization": f"Bearer {token}"}
        creds = httpx.get(f"{base}/__sandbox/credentials", headers=auth)
        assert creds.status_code == 200
        assert (
            httpx.get(f"{base}/__sandbox/rules", headers={**auth, "Origin": EVIL}).status_code
            == 403
        )
        # The API itself answers as documented, with the partner credentials.
        api_headers = {"user-jwt-token": creds.json()["userJwt"]}
        assert httpx.get(f"{base}/api/wallet/balance", headers=api_headers).status_code == 200


def test_loopback_start_line_has_no_token():
    with standalone_sandbox("--quiet") as local:
        assert "Bearer" not in local.text()
        assert httpx.get(f"{local.base}/__sandbox/credentials").status_code == 200


def test_help_runs():
    assert (
        "--allow-remote"
        in subprocess.run(
            [sys.executable, "-m", "otp_desktop.sandbox.cli", "--help"],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
    )
