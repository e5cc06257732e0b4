"""Slow and many clients against a real `otp-sandbox` process: half-sent
requests are timed out, and a burst of idle connections cannot lock others out."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.sandbox_process import standalone_sandbox

# Generous bound on how long a socket read may block: the sandbox's own
# timeouts (1 s here) must close the connection well before it.
READ_BOUND_S = 30
BURST = 10_000


def address(base: str) -> tuple[str, int]:
    parts = urlsplit(base)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


def read_all(sock: socket.socket) -> bytes:
    """Everything until the sandbox closes the connection (or the bound passes)."""
    sock.settimeout(READ_BOUND_S)
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


@pytest.fixture(scope="module")
def strict_sandbox():
    with standalone_sandbox("--quiet", "--idle-timeout-s", "1", "--body-timeout-s", "1") as running:
        yield running


def test_headers_that_never_finish_are_cut_off(strict_sandbox):
    with socket.create_connection(address(strict_sandbox.base)) as sock:
        sock.sendall(b"GET /api/wallet/balance HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        try:
            assert read_all(sock) == b""  # closed, nothing answered
        except TimeoutError:
            pytest.fail("the sandbox held a half-sent request open")


def test_a_connection_that_sends_nothing_is_closed(strict_sandbox):
    with socket.create_connection(address(strict_sandbox.base)) as sock:
        try:
            assert read_all(sock) == b""
        except TimeoutError:
            pytest.fail("the sandbox held a silent connection open")


def test_a_body_that_never_arrives_gets_408(strict_sandbox):
    head = (
        b"POST /api/proxy/auth/otp/register HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    )
    with socket.create_connection(address(strict_sandbox.base)) as sock:
        sock.sendall(head + b'{"phone_nu')
        try:
            answer = read_all(sock)
        except TimeoutError:
            pytest.fail("the sandbox waited for the body forever")
    assert answer.startswith(b"HTTP/1.1 408")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["code"] == "REQUEST_TIMEOUT"
    journal = httpx.get(f"{strict_sandbox.base}/__sandbox/requests").json()["requests"]
    assert journal[0]["status"] == 408


def open_idle(host: str, port: int, count: int) -> list[socket.socket]:
    """`count` connections that never send a byte, opened as fast as the kernel takes them."""
    socks = []
    for _ in range(count):
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex((host, port))  # in progress: the kernel completes it
        socks.append(sock)
    return socks


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX open-files limit")
def test_a_burst_of_ten_thousand_idle_connections_leaves_it_answering():
    # Default limits (256 connections, idle ones closed after 10 s), and a
    # desktop's usual 1024 open files: unbounded, the burst would exhaust them.
    with standalone_sandbox("--quiet", max_files=1024) as sandbox:
        burst = open_idle(*address(sandbox.base), BURST)
        try:
            # Every burst connection is still open on this side, none sent a byte.
            with httpx.Client(timeout=READ_BOUND_S) as http:
                assert http.get(f"{sandbox.base}/__sandbox/rules").status_code == 200
                jwt = http.get(f"{sandbox.base}/__sandbox/credentials").json()["userJwt"]
                balance = http.get(
                    f"{sandbox.base}/api/wallet/balance", headers={"user-jwt-token": jwt}
                )
                assert balance.status_code == 200
            fds = Path(f"/proc/{sandbox.proc.pid}/fd")
            if fds.exists():  # Linux: count the sandbox's open files during the burst
                # Bounded well under the 1024 it may open, whatever the burst.
                assert len(list(fds.iterdir())) < 1024 - 128
        finally:
            for sock in burst:
                sock.close()
        assert sandbox.proc.poll() is None
        assert httpx.get(f"{sandbox.base}/__sandbox/rules", timeout=READ_BOUND_S).status_code == 200
