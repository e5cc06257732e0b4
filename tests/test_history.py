"""The onboarding history: SQLite store, recorder and the History view."""

from __future__ import annotations

import csv
import time

import pytest
from PySide6.QtWidgets import QDockWidget, QLineEdit

from otp_desktop.flow import Step
from otp_desktop.history.store import HistoryError, HistoryStore, export_csv
from tests.test_ui_onboarding import enter_code, send


def test_write_search_retention_and_csv(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    now = time.time()
    old = store.start("Sandbox", "+91 ******0001", "IN", now - 100 * 86400)
    store.finish(old, outcome="verified", reason="", resends=0, ended_at=now - 100 * 86400 + 40)
    a = store.start("Staging", "+91 ******3219", "IN", now - 60)
    store.update(a, resends=2)
    store.finish(a, outcome="failed", reason="Too many wrong codes", resends=2, ended_at=now)
    b = store.start("Sandbox", "+44 ******3456", "GB", now - 30)
    store.finish(b, outcome="abandoned", reason="next user", resends=0, ended_at=now)

    assert [r.masked_number for r in store.search()] == [
        "+44 ******3456",
        "+91 ******3219",
        "+91 ******0001",
    ]
    assert [r.outcome for r in store.search("staging")] == ["failed"]
    assert [r.id for r in store.search("wrong")] == [a]
    assert [r.id for r in store.search(since=now - 90)] == [b, a]
    assert store.search("3219")[0].resends == 2
    assert store.search("3219")[0].duration_s == pytest.approx(60, abs=1)

    assert store.purge(90, now) == 1
    assert len(store.search()) == 2

    path = tmp_path / "history.csv"
    assert export_csv(store.search(), path) == 2
    with path.open() as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["started", "ended", "duration_s", "environment", "number"]
    assert rows[1][3:7] == ["Sandbox", "+44 ******3456", "GB", "abandoned"]
    store.close()


def test_unusable_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "h.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryError, match="cannot be used"):
        HistoryStore(bad)


def history_rows(win):
    return win.view.recorder.store.search()


def test_onboardings_are_recorded_without_secrets(qtbot, window):
    win = window
    send(qtbot, win, "9999900001")
    qtbot.waitUntil(lambda: len(history_rows(win)) == 1, timeout=3000)
    assert history_rows(win)[0].outcome == "in progress"
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    row = history_rows(win)[0]
    assert (row.outcome, row.environment, row.masked_number, row.country) == (
        "verified",
        "Sandbox",
        "+91 ******0001",
        "IN",
    )
    win.view.next_user()
    send(qtbot, win, "9876543219")
    win.view.next_user()
    rows = history_rows(win)
    assert [r.outcome for r in rows] == ["abandoned", "verified"]
    assert rows[0].reason == "next user"
    data = win.view.recorder.store.path.read_bytes()
    creds = win.connection.environment.credentials
    for secret in (creds.client_secret, creds.user_jwt, "123456", "9876543219", "9999900001"):
        assert secret.encode() not in data


def test_failed_onboarding_keeps_the_reason(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    otp = sandbox.state.otp.messages("9876543219")[0].otp
    bad = f"{(int(otp) + 1) % 10**6:06d}"
    for tries in range(1, 6):
        enter_code(qtbot, win, bad)
        qtbot.waitUntil(
            lambda n=tries: win.view.flow.wrong_attempts == n and win.view.flow.busy is None,
            timeout=5000,
        )
    qtbot.waitUntil(lambda: win.view.flow.code_burnt, timeout=5000)
    win.view.next_user()
    row = history_rows(win)[0]
    assert row.outcome == "failed"
    assert "Too many wrong codes" in row.reason


def test_history_view_search(qtbot, window):
    win = window
    dock = win.findChild(QDockWidget, "historyView")
    dock.show()
    send(qtbot, win, "9999900001")
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(
        lambda: dock.model.rowCount() == 1 and dock.rows[0].outcome == "verified", timeout=5000
    )
    search = win.findChild(QLineEdit, "historySearch")
    search.setText("staging")
    assert dock.model.rowCount() == 0
    search.setText("0001")
    assert dock.model.rowCount() == 1
