"""Today's totals in the history dock, from a real history database."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QDockWidget, QLabel

from otp_desktop.history.shift_summary import day_bounds, summarize
from otp_desktop.history.store import HistoryStore
from otp_desktop.ui.qa.shift_summary_view import HourChart, ShiftSummaryView


def _fill(store: HistoryStore, at: float) -> None:
    """Five onboardings today and one yesterday, as the recorder writes them."""
    plan = [
        (at + 0, "verified", 30.0),
        (at + 60, "verified", 50.0),
        (at + 120, "verified", 40.0),
        (at + 3600, "failed", 20.0),
        (at + 3700, "abandoned", 5.0),
        (at - 86400, "verified", 500.0),  # yesterday: not in today's figures
    ]
    for started, outcome, duration in plan:
        row = store.start("Sandbox", "+91 ******0001", "IN", started)
        store.finish(row, outcome=outcome, reason="", resends=0, ended_at=started + duration)
    store.start("Sandbox", "+91 ******0002", "IN", at + 3800)  # still in progress


def test_summary_counts_today_only_with_median_and_hours(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    since, until = day_bounds(time.time())
    nine = since + 9 * 3600
    _fill(store, nine)
    summary = summarize(store.search("", since, until), since, until)
    assert (summary.verified, summary.failed, summary.abandoned, summary.in_progress) == (
        3,
        1,
        1,
        1,
    )
    assert summary.total == 6
    assert summary.median_verify_s == 40.0
    assert summary.per_hour[9] == 3
    assert summary.per_hour[10] == 3
    assert sum(summary.per_hour) == 6
    store.close()


def test_empty_day_has_no_median():
    since, until = day_bounds(1_700_000_000)
    assert until - since in (23 * 3600, 24 * 3600, 25 * 3600)
    summary = summarize([], since, until)
    assert summary.total == 0
    assert summary.median_verify_s is None


def test_view_shows_totals_and_chart(qtbot, tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    since, until = day_bounds()
    _fill(store, since + 9 * 3600)
    view = ShiftSummaryView()
    qtbot.addWidget(view)
    view.show_summary(summarize(store.search("", since, until), since, until))
    assert view.totals.text().startswith("Today: 3 verified · 1 failed · 1 abandoned")
    assert "Median time to verify: 40 s" in view.totals.text()
    assert "09:00 3" in view.chart.accessibleDescription()
    view.resize(400, 60)
    view.grab()  # paints without error
    store.close()


def test_history_dock_shows_todays_totals_after_an_onboarding(qtbot, window):
    from otp_desktop.flow import Step
    from tests.test_ui_onboarding import enter_code, send

    win = window
    dock = win.findChild(QDockWidget, "historyView")
    dock.show()
    send(qtbot, win, "9999900001")
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    totals = dock.findChild(QLabel, "shiftTotals")
    qtbot.waitUntil(lambda: totals.text().startswith("Today: 1 verified"), timeout=5000)
    assert sum(dock.findChild(HourChart).per_hour) == 1
