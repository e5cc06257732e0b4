"""The request inspector dock."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from tests.test_ui_onboarding import enter_code, send


def onboard(qtbot, win):
    send(qtbot, win, "9999900001")
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: len(win.exchanges) >= 2, timeout=5000)


def test_inspector_shows_exchanges_masked_until_revealed(qtbot, window, creds):
    win = window
    win.findChild(QDockWidget, "requestLog").show()
    onboard(qtbot, win)
    dock = win.inspector
    assert dock.proxy.rowCount() == 2
    dock.select_row(1)
    details = win.findChild(QPlainTextEdit, "exchangeDetails").toPlainText()
    assert "/api/proxy/auth/otp/verify" in details
    assert '"authCode"' in details
    env_creds = win.connection.environment.credentials
    for secret in (env_creds.client_secret, env_creds.user_jwt, "123456"):
        assert secret not in details
    reveal = win.findChild(QCheckBox, "revealSecrets")
    reveal.setChecked(True)
    details = win.findChild(QPlainTextEdit, "exchangeDetails").toPlainText()
    assert env_creds.client_secret in details
    assert "123456" in details


def test_filter_by_text_and_status_class(qtbot, window):
    win = window
    onboard(qtbot, win)
    dock = win.inspector
    dock.filter.setText("verify")
    assert dock.proxy.rowCount() == 1
    dock.filter.setText("")
    dock.status.setCurrentIndex(dock.status.findData("4xx"))
    assert dock.proxy.rowCount() == 0
    dock.status.setCurrentIndex(dock.status.findData("2xx"))
    assert dock.proxy.rowCount() == 2
    dock.filter.setText("123456")  # the code is masked in bodies: not findable
    assert dock.proxy.rowCount() == 0
    win.findChild(QPushButton, "clearLogButton").click()
    dock.filter.setText("")
    assert dock.proxy.rowCount() == 0


def test_copy_curl_and_report(qtbot, window):
    win = window
    onboard(qtbot, win)
    dock = win.inspector
    dock.select_row(0)
    win.findChild(QPushButton, "copyCurlButton").click()
    text = QApplication.clipboard().text()
    assert text.startswith("curl -sS -X POST")
    assert "$OTP_CLIENT_SECRET" in text
    assert win.connection.environment.credentials.client_secret not in text
    win.findChild(QPushButton, "copyReportButton").click()
    assert "Request headers:" in QApplication.clipboard().text()


def test_har_export_masks_unless_confirmed(qtbot, window, tmp_path):
    win = window
    onboard(qtbot, win)
    dock = win.inspector
    secret = win.connection.environment.credentials.client_secret
    plain = tmp_path / "plain.har"
    dock.export_har(plain)
    data = json.loads(plain.read_text())
    assert data["log"]["version"] == "1.2"
    assert secret not in plain.read_text()
    dock.har_secrets.setChecked(True)
    full = tmp_path / "full.har"
    dock.export_har(full)
    box = next(b for b in win.findChildren(QMessageBox, "confirmDialog") if b.isVisible())
    assert "in clear" in box.text()
    box.findChild(QPushButton, "confirmNoButton").click()
    assert not full.exists()
    dock.export_har(full)
    box = next(b for b in win.findChildren(QMessageBox, "confirmDialog") if b.isVisible())
    box.findChild(QPushButton, "confirmYesButton").click()
    qtbot.waitUntil(full.exists, timeout=2000)
    assert secret in full.read_text()


def test_reveal_goes_off_on_environment_switch(qtbot, window):
    win = window
    win.inspector.reveal.setChecked(True)
    win.switch_to("Sandbox")
    qtbot.waitUntil(
        lambda: win.connection is not None and not win.inspector.reveal.isChecked(), timeout=5000
    )


def test_ring_buffer_bound_in_the_view(qtbot, window):
    from otp_desktop.api import Exchange

    dock = window.inspector
    capacity = dock.model.log.capacity
    for i in range(capacity + 500):  # more than the ring in one loop turn
        dock.record(Exchange("GET", f"http://x/api/{i}", (), "", float(i), status=200))
    qtbot.waitUntil(lambda: dock.model.rowCount() == capacity, timeout=5000)
    assert dock.proxy.rowCount() == capacity
    assert dock.model.log[0].path == "/api/500"
    for i in range(capacity + 500, capacity + 800):  # a later turn: the oldest 300 go
        dock.record(Exchange("GET", f"http://x/api/{i}", (), "", float(i), status=200))
    qtbot.waitUntil(lambda: dock.model.log[0].path == "/api/800", timeout=5000)
    assert dock.model.rowCount() == dock.proxy.rowCount() == capacity
    assert dock.model.log[capacity - 1].path == f"/api/{capacity + 799}"


def test_a_burst_of_exchanges_reaches_the_view_as_one_insert(qtbot, window):
    """Answers arriving together cost the view one update per loop turn."""
    from otp_desktop.api import Exchange

    dock = window.inspector
    inserts: list[tuple[int, int]] = []
    dock.model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    start = dock.model.rowCount()
    for i in range(50):
        dock.record(Exchange("GET", f"http://x/api/{i}", (), "", float(i), status=200))
    qtbot.waitUntil(lambda: dock.model.rowCount() == start + 50, timeout=5000)
    assert inserts == [(start, start + 49)]


def test_newest_exchange_is_followed_until_the_user_picks_an_older_one(qtbot, window):
    win = window
    win.findChild(QDockWidget, "requestLog").show()
    dock = win.inspector
    send(qtbot, win, "9999900001")
    qtbot.waitUntil(lambda: dock.selected() is not None, timeout=5000)
    assert dock.selected().path.endswith("/register")
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: dock.selected().path.endswith("/verify"), timeout=5000)
    # The user picks the older one: the view stays there as new answers arrive.
    dock.table.selectRow(0)
    win.view.next_user()
    send(qtbot, win, "9999900002")
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 3, timeout=5000)
    qtbot.wait(50)
    assert [r.row() for r in dock.table.selectionModel().selectedRows()] == [0]
    # Picking the newest again resumes following.
    dock.table.selectRow(2)
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 4, timeout=5000)
    qtbot.waitUntil(lambda: dock.selected() is win.exchanges[-1], timeout=5000)


def test_a_closed_inspector_renders_no_details_until_opened(qtbot, window):
    """Following the newest exchange renders its details (milliseconds of
    the UI thread per answer): not while the dock is closed."""
    win = window
    dock = win.inspector
    assert dock.isHidden()
    onboard(qtbot, win)
    qtbot.waitUntil(lambda: dock.model.rowCount() == 2, timeout=5000)
    qtbot.wait(100)  # longer than the follow delay
    assert dock.selected() is None
    assert dock.exchange_view.summary.text().startswith("Select a request")
    win.findChild(QDockWidget, "requestLog").show()
    qtbot.waitUntil(lambda: dock.selected() is win.exchanges[-1], timeout=5000)
    assert dock.exchange_view.summary.text().startswith("POST /api/proxy/auth/otp/verify")


def test_request_and_response_tabs_show_headers_and_pretty_bodies(qtbot, window):
    from PySide6.QtWidgets import QTableWidget

    win = window
    win.findChild(QDockWidget, "requestLog").show()
    onboard(qtbot, win)
    dock = win.inspector
    dock.select_row(0)
    body = win.findChild(QPlainTextEdit, "responseBody").toPlainText()
    assert body.startswith("{\n  ")  # pretty-printed, one field a line
    assert '"authCode"' in body
    headers = win.findChild(QTableWidget, "requestHeaders")
    rows = {headers.item(r, 0).text(): headers.item(r, 1).text() for r in range(headers.rowCount())}
    secret = win.connection.environment.credentials.client_secret
    assert "clientsecret" in rows
    assert secret not in "".join(rows.values())  # masked until revealed
    win.findChild(QCheckBox, "revealSecrets").setChecked(True)
    rows = {headers.item(r, 0).text(): headers.item(r, 1).text() for r in range(headers.rowCount())}
    assert secret in rows.values()
    summary = dock.exchange_view.summary.text()
    assert summary.startswith("POST /api/proxy/auth/otp/register → 200")


def test_status_coloured_by_class_and_environment_shown(qtbot, window, sandbox):
    from PySide6.QtCore import Qt

    from tests.sandbox_helpers import add_fault
    from tests.test_ui_errors import start_send

    win = window
    onboard(qtbot, win)
    add_fault(sandbox.base_url, kind="status", endpoint="register", status=503, count=1)
    win.view.next_user()
    start_send(qtbot, win, "9999900002")
    qtbot.waitUntil(lambda: win.exchanges[-1].status == 503, timeout=5000)
    model = win.inspector.model
    ok = model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    failed = model.index(len(win.exchanges) - 1, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert ok != failed
    assert model.index(0, 6).data() == "Sandbox"


def test_a_burst_over_the_byte_budget_keeps_the_newest_that_fit(qapp):
    """Batched per loop turn, the model still evicts by bytes as the log does
    one by one, and tells the view exactly what went and what came."""
    from otp_desktop.api import Exchange
    from otp_desktop.traffic.log import ExchangeLog
    from otp_desktop.ui.qa.exchange_model import ExchangeFilter, ExchangeTableModel

    model = ExchangeTableModel(ExchangeLog(100, max_body_chars=10_000, byte_budget=50_000))
    proxy = ExchangeFilter()
    proxy.setSourceModel(model)

    def burst(first: int, n: int) -> None:
        for i in range(first, first + n):
            model.append(
                Exchange(
                    "GET", f"http://x/api/{i}", (), "", float(i), 12.0, 200, (), "x" * 9_000, 9_000
                )
            )
        model.flush()

    one_by_one = ExchangeLog(100, max_body_chars=10_000, byte_budget=50_000)
    for i in range(3):
        one_by_one.append(
            Exchange(
                "GET", f"http://x/api/{i}", (), "", float(i), 12.0, 200, (), "x" * 9_000, 9_000
            )
        )
    burst(0, 3)
    burst(3, 12)  # more than the budget holds at once
    for i in range(3, 15):
        one_by_one.append(
            Exchange(
                "GET", f"http://x/api/{i}", (), "", float(i), 12.0, 200, (), "x" * 9_000, 9_000
            )
        )
    assert [e.path for e in model.log] == [e.path for e in one_by_one]
    assert model.log[len(model.log) - 1].path == "/api/14"
    assert model.rowCount() == proxy.rowCount() == len(model.log) < 15
    assert model.log.bytes_held <= 50_000


def test_a_long_notice_wraps_and_never_widens_the_window(qtbot, window):
    """Seen in a trial: "Exported 17 requests to …, variables in …" widened the
    window by ~180 px, and the next start remembered that width."""
    window.inspector.show()
    qtbot.wait(50)
    width = window.width()
    window.inspector.notice.setText(
        "Exported 17 requests to a-rather-long-collection-name.postman_collection.json, "
        "variables in a-rather-long-collection-name.postman_environment.json (no secret values)."
    )
    qtbot.wait(50)
    assert window.width() == width
