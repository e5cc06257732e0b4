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
