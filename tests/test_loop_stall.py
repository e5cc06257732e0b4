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
        while time.thread_time() < end:  # the UI thread computing, not waiting
            sum(range(1000))

    assert "computed" in run_meter(qtbot, spin)


def test_an_idle_loop_passes(qtbot, loop):
    assert run_meter(qtbot, lambda: None) == ""


def test_a_full_collection_of_the_session_heap_is_not_the_apps_stall(qtbot, loop):
    """Late in a long run the session's heap is large: a full pass of the
    collector over it (which the app's collector timer may start on the UI
    thread) is not the app's doing; the meter leaves it out."""
    import gc

    session_heap = [[i] for i in range(2_000_000)]  # tracked objects, as a long run has
    try:
        assert run_meter(qtbot, lambda: gc.collect(2)) == ""
    finally:
        del session_heap
