"""The stall meter catches a blocked and a busy UI thread, and not an idle one."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from tests.loop_stall import StallMeter


def run_meter(qtbot, freeze) -> str:
    meter = StallMeter().start()
    QTimer.singleShot(50, freeze)
    qtbot.wait(400)
    return meter.problem()


def test_a_blocking_call_on_the_ui_thread_is_caught(qtbot, loop):
    assert "blocked" in run_meter(qtbot, lambda: time.sleep(0.2))


def test_busy_work_on_the_ui_thread_is_caught(qtbot, loop):
    def spin() -> None:
        end = time.thread_time() + 0.3
        while time.thread_time() < end:
            pass

    assert "computed" in run_meter(qtbot, spin)


def test_an_idle_loop_passes(qtbot, loop):
    assert run_meter(qtbot, lambda: None) == ""
