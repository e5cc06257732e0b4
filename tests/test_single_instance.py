"""One window per user: a second launch brings the running window to the
front and hands over its --base-url, with real processes and real sockets."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt

from otp_desktop.flow import Step
from otp_desktop.paths import log_dir
from otp_desktop.ui.shell.single_instance import SingleInstance, bring_to_front
from tests.qt_fixtures import close_window, make_window
from tests.sandbox_helpers import credentials
from tests.test_ui_onboarding import send


@pytest.fixture
def first(tmp_path):
    instance = SingleInstance(tmp_path)
    assert instance.claim()
    yield instance
    instance.release()


def test_a_second_instance_hands_over_to_the_first(qtbot, loop, tmp_path, first):
    received = []
    assert first.listen(received.append)
    second = SingleInstance(tmp_path)
    assert not second.claim()
    env = {"OTP_DESKTOP_CLIENT_ID": "cid", "OTP_DESKTOP_JWT": "a.b.c", "HOME": "/elsewhere"}
    assert second.hand_over("http://127.0.0.1:8765", env)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
    assert received == [
        {
            "base_url": "http://127.0.0.1:8765",
            "environ": {"OTP_DESKTOP_CLIENT_ID": "cid", "OTP_DESKTOP_JWT": "a.b.c"},
        }
    ]
    assert second.hand_over(None)  # a plain second launch: to the front only
    qtbot.waitUntil(lambda: len(received) == 2, timeout=5000)
    assert received[1] == {"base_url": None, "environ": {}}
    first.release()
    assert second.claim()  # the first one closed: the next launch is the instance
    second.release()


def test_junk_on_the_socket_is_ignored(qtbot, loop, tmp_path, first):
    received = []
    assert first.listen(received.append)
    with socket.socket(socket.AF_UNIX) as junk:
        junk.connect(first.server.fullServerName())
        junk.sendall(b"\xff" * 100 + b"\n")
    assert SingleInstance(tmp_path).hand_over(None)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
    assert received == [{"base_url": None, "environ": {}}]


def test_a_crashed_run_leaves_nothing_in_the_way(qtbot, loop, tmp_path):
    """Its lock file (a dead process id) and its socket file are taken over."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from otp_desktop.ui.shell.single_instance import SingleInstance\n"
            f"held = SingleInstance(__import__('pathlib').Path({str(tmp_path)!r}))\n"
            "assert held.claim()\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    assert not SingleInstance(tmp_path).claim()  # a live holder
    hour_ago = time.time() - 3600
    os.utime(tmp_path / "instance.lock", (hour_ago, hour_ago))
    assert not SingleInstance(tmp_path).claim()  # however long it has been running
    holder.kill()
    holder.wait()
    instance = SingleInstance(tmp_path)
    stale = Path(QDir.tempPath()) / instance.name
    with socket.socket(socket.AF_UNIX) as left:
        left.bind(str(stale))  # closed without unlinking, as after a crash
    assert stale.exists()
    assert instance.claim()
    assert instance.listen(lambda _m: None)
    instance.release()


def test_a_real_second_launch_raises_the_window_and_opens_its_base_url(
    qtbot, loop, sandbox, ui_clock
):
    win = make_window(sandbox.base_url, ui_clock)
    win.show()
    qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
    win.showMinimized()
    instance = SingleInstance()
    assert instance.claim()
    assert instance.listen(lambda message: bring_to_front(win, message))
    creds = credentials(sandbox.base_url, user="second-launch")
    env = {
        **os.environ,
        "OTP_DESKTOP_CLIENT_ID": creds.client_id,
        "OTP_DESKTOP_CLIENT_SECRET": creds.client_secret,
        "OTP_DESKTOP_JWT": creds.user_jwt,
    }
    second = subprocess.Popen(
        [sys.executable, "-m", "otp_desktop", "--base-url", sandbox.base_url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        qtbot.waitUntil(
            lambda: win.connection is not None and win.environment_name() == "Ad hoc",
            timeout=10_000,
        )
        assert not win.windowState() & Qt.WindowState.WindowMinimized
        assert win.connection.environment.credentials == creds
        send(qtbot, win)  # the handed-over environment works
        assert win.view.flow.step is Step.CODE
        for text in (out, err, *(p.read_bytes() for p in log_dir().rglob("*") if p.is_file())):
            assert creds.client_secret.encode() not in text
            assert creds.user_jwt.encode() not in text
    finally:
        if second.poll() is None:
            second.kill()
        instance.release()
        close_window(qtbot, win)


def test_a_second_launch_says_where_the_window_went(qtbot, loop, monkeypatch, capsys):
    """Seen in a trial: with the first window on another display, a second
    `make run` ended silently and looked broken."""
    from otp_desktop import app

    class Running:
        def claim(self) -> bool:
            return False

        def hand_over(self, base_url: str | None) -> bool:
            return base_url is None  # a plain launch

    monkeypatch.setattr(app, "SingleInstance", Running)
    assert app.main(["otp-desktop"]) == 0
    assert "already running" in capsys.readouterr().out
