"""The onboarding history: SQLite store, recorder and the History view."""

from __future__ import annotations

import csv
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLineEdit

from otp_desktop.flow import Step
from otp_desktop.history.store import HistoryError, HistoryStore, export_csv, open_history
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


def filled_database(path: Path, rows: int = 3000) -> Path:
    """A real history database, many pages long, closed (WAL checkpointed)."""
    store = HistoryStore(path)
    now = time.time()
    for i in range(rows):
        store.start("Sandbox", f"+91 ******{i:04d}", "IN", now - i)
    store.close()
    return path


def damage_one_page(path: Path, page: int = 6) -> None:
    raw = bytearray(path.read_bytes())
    size = int.from_bytes(raw[16:18], "big")  # the page size, from the file header
    raw[(page - 1) * size : page * size] = b"\xde\xad" * (size // 2)
    path.write_bytes(bytes(raw))


def truncate(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2 + 100])


def not_a_database(path: Path) -> None:
    path.write_bytes(b"this is not a database" * 100)


DAMAGES = {"damaged page": damage_one_page, "truncated": truncate, "not a database": not_a_database}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_unusable_database_is_a_clear_error(tmp_path, damage):
    bad = filled_database(tmp_path / "h.sqlite3")
    damage(bad)
    with pytest.raises(HistoryError, match="could not be used"):
        HistoryStore(bad)


def assert_moved_aside_and_fresh(path: Path, original: bytes, store, notice: str) -> Path:
    (aside,) = path.parent.glob("history.sqlite3.damaged-*[0-9]")
    assert aside.read_bytes() == original  # byte for byte
    assert str(aside) in notice
    assert "new, empty history" in notice
    assert store is not None
    assert store.search() == []
    row = store.start("Sandbox", "+91 ******0001", "IN", time.time())
    assert [r.id for r in store.search()] == [row]
    store.close()
    return aside


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_damaged_database_is_moved_aside_and_a_fresh_one_started(tmp_path, damage):
    path = filled_database(tmp_path / "history.sqlite3")
    damage(path)
    original = path.read_bytes()
    store, notice = open_history(90, path)
    assert_moved_aside_and_fresh(path, original, store, notice)


def test_locked_database_is_moved_aside_and_a_fresh_one_started(tmp_path):
    path = filled_database(tmp_path / "history.sqlite3")
    holder = sqlite3.connect(path)  # another program holding it exclusively
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    original = path.read_bytes()
    try:
        store, notice = open_history(90, path)
        assert "locked" in notice
        aside = assert_moved_aside_and_fresh(path, original, store, notice)
    finally:
        holder.close()
    # Nothing was lost: the old rows are all in the file kept aside.
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM onboardings").fetchone() == (3000,)
    kept.close()


def test_uncommitted_wal_moves_aside_with_its_database(tmp_path):
    """Rows still in the WAL (the app crashed before a checkpoint) go with the file."""
    live = filled_database(tmp_path / "live.sqlite3")
    store = HistoryStore(live)
    store.start("Sandbox", "+91 ******9999", "IN", time.time())
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = crashed / "history.sqlite3"
    path.write_bytes(live.read_bytes())  # the files as a crash leaves them
    wal = live.with_name("live.sqlite3-wal").read_bytes()
    assert wal
    path.with_name("history.sqlite3-wal").write_bytes(wal)
    store.close()
    damage_one_page(path)
    original = path.read_bytes()
    fresh, notice = open_history(90, path)
    aside = assert_moved_aside_and_fresh(path, original, fresh, notice)
    assert aside.with_name(aside.name + "-wal").read_bytes() == wal


def test_unusable_folder_means_no_history_but_a_working_app(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    store, notice = open_history(90, blocker / "history.sqlite3")
    assert store is None
    assert "not recorded in this run" in notice
    assert blocker.read_text() == "a file where the folder should be"


def history_rows(win):
    return win.session.history.search()


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
    data = win.session.history.path.read_bytes()
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


def test_the_ticket_line_and_the_history_show_the_same_whole_seconds(tmp_path):
    from types import SimpleNamespace

    from otp_desktop.flow import Outcome
    from otp_desktop.flow.ticket_summary import summarize

    started, ended = 1_000.0, 1_001.7  # 1.7 s: one place rounds it, for both
    flow = SimpleNamespace(
        started_at=started,
        finished_at=ended,
        outcome=Outcome.VERIFIED,
        is_new_user=False,
        target=None,
        resends=0,
    )
    took = summarize(flow, "Sandbox").took_s  # type: ignore[arg-type]
    store = HistoryStore(tmp_path / "h.sqlite3")
    row = store.start("Sandbox", "+91 ******3219", "IN", started)
    store.finish(row, outcome="verified", reason="", resends=0, ended_at=ended)
    out = tmp_path / "h.csv"
    export_csv(store.search(), out)
    store.close()
    with out.open(newline="", encoding="utf-8") as handle:
        (exported,) = list(csv.DictReader(handle))
    assert took == 2
    assert exported["duration_s"] == str(took)


def test_a_closed_history_reads_no_rows_until_it_shows(qtbot, tmp_path):
    """A long history is read when the dock shows, not at start-up behind it."""
    from PySide6.QtWidgets import QMainWindow

    from otp_desktop.ui.qa.history_dock import HistoryDock

    store = HistoryStore(filled_database(tmp_path / "history.sqlite3", rows=500))
    searches: list[str] = []
    real_search = store.search
    store.search = lambda *a, **k: searches.append("read") or real_search(*a, **k)
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = HistoryDock(30, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.show()
    dock.set_store(store)
    assert (searches, dock.model.rowCount()) == ([], 0)
    dock.show()
    qtbot.waitUntil(lambda: dock.model.rowCount() == 500, timeout=3000)
    assert searches
    store.close()


def test_a_long_export_message_never_widens_the_window(qtbot, window):
    """Seen in a trial (the inspector's notice): a long file name in a status
    line widened the window, and the next start remembered that width."""
    dock = window.findChild(QDockWidget, "historyView")
    dock.show()
    qtbot.wait(50)
    width = window.width()
    dock.count.setText("Exported 1234 onboardings to " + "a-very-long-name-" * 8 + ".csv")
    qtbot.wait(50)
    assert window.width() == width
