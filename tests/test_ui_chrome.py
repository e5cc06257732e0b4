"""About box, crash dialog and its redacted report."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from otp_desktop.logging_setup import register_secret
from otp_desktop.ui.shell.menus import show_about


def test_crash_dialog_copies_a_redacted_report(qtbot, window):
    register_secret("crash-secret-value-123")
    try:
        raise RuntimeError("boom with crash-secret-value-123")
    except RuntimeError as exc:
        window.report_unexpected(exc)
    box = window.findChild(QMessageBox, "unexpectedErrorDialog")
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert "Traceback" not in box.text()
    box.findChild(QPushButton, "copyCrashReportButton").click()
    report = QApplication.clipboard().text()
    assert "RuntimeError" in report
    assert "crash-secret-value-123" not in report
    assert box.isVisible()  # copying does not close it
    box.close()


def test_about_lists_the_licences(qtbot, window):
    show_about(window)
    box = window.findChild(QMessageBox, "aboutDialog")
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert "LGPL-3.0" in box.informativeText()
    assert "0.1.0" in box.text()
    box.close()
