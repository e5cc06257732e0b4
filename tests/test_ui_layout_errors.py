"""The code step keeps its code boxes whole with an error and its details
showing while every dock is open on a 1366x768 laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit


@pytest.fixture
def laptop(monkeypatch):
    from PySide6.QtGui import QScreen

    room = QRect(0, 0, 1366, 740)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: room)
    return room


def _open_all_docks(qtbot, win, laptop):
    win.resize(laptop.width(), laptop.height())
    for dock in (win.inspector, win.history, win.sandbox_panel):
        dock.show()
    win.inspector.raise_()
    qtbot.wait(100)


def test_an_error_and_its_details_take_height_from_the_docks_not_the_code_boxes(
    qtbot, window, sandbox, laptop
):
    from tests.test_ui_onboarding import enter_code, error_text, send

    win = window
    _open_all_docks(qtbot, win, laptop)
    send(qtbot, win)
    otp = win.view.code_page.otp
    height = win.height()
    enter_code(qtbot, win, "000000")
    qtbot.waitUntil(lambda: "The code is wrong" in error_text(win), timeout=5000)
    panel = win.view.error_panel
    central = win.centralWidget()
    # The message's wrapped lines do not clip the code boxes either.
    qtbot.waitUntil(lambda: otp.height() >= otp.sizeHint().height(), timeout=3000)
    assert panel.geometry().bottom() <= panel.parentWidget().height()
    settled = lambda: win.inspector.geometry().top() > central.geometry().bottom()  # noqa: E731
    qtbot.waitUntil(settled, timeout=3000)
    at_error = win.inspector.height()
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.details.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: win.inspector.height() < at_error, timeout=3000)  # the dock gave
    qtbot.waitUntil(lambda: otp.height() >= otp.sizeHint().height(), timeout=3000)
    assert win.height() == height  # the window never grows past its screen
    assert win.frameGeometry().height() <= laptop.height()
    assert win.statusBar().isVisible()
    assert central.height() >= central.minimumSizeHint().height()
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.details.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: win.inspector.height() >= at_error, timeout=3000)
    assert otp.height() >= otp.sizeHint().height()


def test_details_on_a_large_screen_keep_the_typed_digits_visible(
    qtbot, window, sandbox, monkeypatch
):
    from PySide6.QtGui import QScreen

    from tests.test_ui_onboarding import enter_code, error_text, send

    room = QRect(0, 0, 1600, 1000)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: room)
    win = window
    _open_all_docks(qtbot, win, room)
    send(qtbot, win)
    enter_code(qtbot, win, "000000")
    qtbot.waitUntil(lambda: "The code is wrong" in error_text(win), timeout=5000)
    panel = win.view.error_panel
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.details.isVisible, timeout=3000)
    otp = win.view.code_page.otp
    qtbot.waitUntil(lambda: panel.details.height() > 100, timeout=3000)  # room for them whole
    assert otp.height() >= otp.sizeHint().height()
    assert win.frameGeometry().height() <= room.height()


def test_the_response_body_is_readable_at_the_done_step_on_a_laptop(qtbot, window, sandbox, laptop):
    from otp_desktop.flow import Step
    from tests.sandbox_helpers import latest_message
    from tests.test_ui_onboarding import enter_code, send

    win = window
    _open_all_docks(qtbot, win, laptop)
    send(qtbot, win)
    enter_code(qtbot, win, latest_message(sandbox.base_url)["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    table = win.inspector.table
    table.selectRow(table.model().rowCount() - 1)
    body = win.findChild(QPlainTextEdit, "responseBody")
    headers = body.parentWidget().widget(0)  # the response's headers above its body
    detail = win.inspector.exchange_view
    # No gap above the dock; the detail gets most of it, and the body most of that.
    central = win.centralWidget()
    qtbot.waitUntil(lambda: win.inspector.geometry().top() - central.geometry().bottom() < 12)
    qtbot.waitUntil(lambda: detail.height() >= 2 * table.height(), timeout=3000)
    assert body.height() > headers.height()
