"""Closing the window with a request in flight and the sandbox running."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_close_with_request_in_flight_exits_cleanly_within_a_second(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_STATE_HOME": str(tmp_path / "s"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.shutdown_session"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(
        line.split(" at ", 1) if " at " in line else (line, "") for line in done.stdout.splitlines()
    )
    closing, exited = float(lines["closing"]), float(lines["exited"])
    assert exited - closing < 1.0
    for noise in (
        "Task was destroyed",
        "Event loop is closed",
        "Traceback",
        "coroutine",
        "never awaited",
    ):
        assert noise not in done.stderr
    threads = next(line for line in done.stdout.splitlines() if line.startswith("threads:"))
    assert threads == "threads: MainThread"
