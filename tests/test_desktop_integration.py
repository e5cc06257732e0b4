"""Linux desktop integration files, the icon set, --version and --self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.otp_desktop.OtpDesktop"
IN_CI = os.environ.get("CI") == "true"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if IN_CI:
            pytest.fail(f"{name} is missing: .ci/run installs it")
        pytest.skip(f"{name} is not installed")
    return found


def test_desktop_file_validates():
    done = subprocess.run(
        [tool("desktop-file-validate"), str(ROOT / "resources" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_metainfo_validates():
    done = subprocess.run(
        [
            tool("appstreamcli"),
            "validate",
            "--no-net",
            str(ROOT / "resources" / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_icon_set_in_hicolor_layout():
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    for size in (16, 32, 48, 128, 256):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
        width = int.from_bytes(png.read_bytes()[16:20], "big")
        assert width == size
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_text().startswith("<svg")


def test_version_and_self_test():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run(
        [sys.executable, "-m", "otp_desktop", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert version.stdout.strip().startswith("otp-desktop 0.")
    done = subprocess.run(
        [sys.executable, "-m", "otp_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASS qt" in done.stdout
    assert "keyring backend" in done.stdout
    assert "register -> verify" in done.stdout
    assert "self-test passed" in done.stdout


@pytest.mark.skipif(
    not IN_CI and os.environ.get("OTP_TEST_PACKAGE") != "1",
    reason="runs in CI, or with OTP_TEST_PACKAGE=1 (builds the bundle, about a minute)",
)
@pytest.mark.timeout(1800)
def test_packaged_bundle_self_test():
    build = subprocess.run(
        ["make", "package"], cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    binary = ROOT / "dist" / "otp-desktop" / "otp-desktop"
    done = subprocess.run(
        [str(binary), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
