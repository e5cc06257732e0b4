"""newman (Postman's command-line runner) and a standalone `otp-sandbox`
process, for the tests that run exported collections."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.test_sandbox_cli import free_port

ROOT = Path(__file__).resolve().parents[1]
LOCAL_NEWMAN = ROOT / ".ci" / "node_modules" / ".bin" / "newman"


def newman() -> str:
    """The newman command; a skip outside CI when it is not installed, a failure in CI."""
    found = str(LOCAL_NEWMAN) if LOCAL_NEWMAN.exists() else shutil.which("newman")
    if found:
        return found
    reason = "newman is not installed: run `cd .ci && npm ci` (.ci/run does it in CI)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def run_newman(
    collection: Path, environment: Path | None = None, **variables: str
) -> subprocess.CompletedProcess[str]:
    command = [newman(), "run", str(collection), "--color", "off", "--disable-unicode"]
    if environment is not None:
        command += ["--environment", str(environment)]
    for name, value in variables.items():
        command += ["--env-var", f"{name}={value}"]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)


def sandbox_variables(base: str) -> dict[str, str]:
    """What the README's command passes: the URL and /__sandbox/credentials."""
    creds = httpx.get(f"{base}/__sandbox/credentials", timeout=5).json()
    return {
        "rewards_system_url": base,
        "clientID": creds["clientID"],
        "clientSecret": creds["clientSecret"],
        "userJwt": creds["userJwt"],
    }


@contextmanager
def standalone_sandbox() -> Iterator[str]:
    """A fresh `otp-sandbox` process on a free port; its base URL."""
    port = free_port()
    script = Path(sys.executable).with_name("otp-sandbox")
    program = (
        [str(script)] if script.exists() else [sys.executable, "-m", "otp_desktop.sandbox.cli"]
    )
    proc = subprocess.Popen(
        [*program, "--port", str(port), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                httpx.get(f"{base}/__sandbox/", timeout=0.5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("otp-sandbox did not start")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
