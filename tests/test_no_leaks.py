"""Known secrets never reach files, logs or the process's output."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import jwt as pyjwt

from otp_desktop import logging_setup
from otp_desktop.sandbox import EmbeddedSandbox, SandboxRules

ROOT = Path(__file__).resolve().parents[1]


def scan(folder: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {s[:6]}…" for s in secrets if s.encode() in data]
    return found


def test_scripted_session_leaves_no_secret_anywhere(tmp_path):
    secret = "cs_known_secret_5f4e3d2c1b"
    with EmbeddedSandbox(SandboxRules()) as sandbox:
        sandbox.state.authority.client_secret = secret
        jwt = sandbox.state.mint_jwt("leak-test-user")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "OTP_DESKTOP_CLIENT_ID": sandbox.state.authority.client_id,
            "OTP_DESKTOP_CLIENT_SECRET": secret,
            "OTP_DESKTOP_JWT": jwt,
        }
        done = subprocess.run(
            [sys.executable, "-m", "tests.leak_session", sandbox.base_url],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        otp = sandbox.state.otp.messages("9876543219")[0].otp
    assert "summary: OTP onboarding verified" in done.stdout
    har = next((tmp_path / "data").rglob("session.har"))
    assert '"version": "1.2"' in har.read_text()
    assert list((tmp_path / "data").rglob("request-*.sh"))
    postman = next((tmp_path / "data").rglob("session.postman_collection.json"))
    assert next((tmp_path / "data").rglob("session.postman_environment.json"))
    wrong = done.stdout.split("wrong code tried:")[1].split()[0]
    secrets = [secret, jwt, otp, wrong]
    output = done.stdout.replace(f"wrong code tried: {wrong}", "") + done.stderr
    assert [s[:6] for s in secrets if s in output] == []
    assert "Traceback" not in done.stderr
    logs = list((tmp_path / "state").rglob("*.log"))
    assert logs, "the session wrote no log file"
    assert scan(tmp_path, secrets) == []
    assert "{{clientSecret}}" in postman.read_text()
    assert "{{otp}}" in postman.read_text()


def test_log_filter_masks_registered_secrets_and_jwts(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    path = logging_setup.configure("DEBUG", console=False)
    logging_setup.register_secret("registered-secret-value")
    log = logging.getLogger("otp_desktop.test")
    token = pyjwt.encode({"sub": "x"}, "log-filter-test-key-of-32-bytes!!", algorithm="HS256")
    log.info("header clientSecret=%s", "registered-secret-value")
    log.info("token %s", token)
    try:
        raise ValueError(f"failed with registered-secret-value and {token}")
    except ValueError:
        log.exception("boom")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "registered-secret-value" not in text
    assert token not in text
    assert text.count("«masked»") >= 4
    assert "ValueError" in text  # the traceback is in the file, masked
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_otp_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
