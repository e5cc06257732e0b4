"""The window fits a 1366x768 laptop with every dock open."""

from __future__ import annotations

from PySide6.QtCore import QRect


def test_opening_every_dock_keeps_the_window_within_a_laptop_screen(qtbot, window):
    win = window
    win.resize(1120, 660)
    height = win.height()
    for dock in (win.inspector, win.history, win.sandbox_panel):
        dock.show()
    qtbot.wait(50)
    # The docks share the room there is instead of growing the window.
    assert win.height() == height
    hint = win.minimumSizeHint()
    assert hint.height() <= 768 - 80  # a title bar and a panel or task bar
    assert hint.width() <= 1366


def test_window_larger_than_its_screen_is_brought_back(qtbot, window, monkeypatch):
    from otp_desktop.ui.shell import docks

    win = window
    screen = win.screen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda _self: QRect(0, 0, 1366, 740))
    win.resize(1300, 900)
    docks.fit_to_screen(win)
    frame = win.frameGeometry()
    assert frame.height() <= 740
    assert frame.width() <= 1366


def test_the_card_gives_back_the_room_a_step_no_longer_needs(qtbot, window, sandbox):
    from otp_desktop.flow import Step
    from tests.sandbox_helpers import latest_message
    from tests.test_ui_onboarding import enter_code, send

    win = window
    win.resize(1366, 720)
    win.inspector.show()
    qtbot.wait(50)
    send(qtbot, win)  # the code step needs more height than the phone step
    qtbot.wait(50)
    at_code = win.inspector.height()
    central = win.centralWidget()
    card_at_code = central.height()
    enter_code(qtbot, win, latest_message(sandbox.base_url)["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    # The Done step needs less: the exchanges get the difference, no gap between.
    qtbot.waitUntil(lambda: central.height() < card_at_code, timeout=3000)
    qtbot.waitUntil(lambda: win.inspector.height() > at_code, timeout=3000)
    assert win.inspector.geometry().top() - central.geometry().bottom() < 12
    # Without a bottom dock, the card has the whole window again.
    win.inspector.hide()
    qtbot.waitUntil(lambda: central.maximumHeight() > 10_000, timeout=3000)


def test_the_sandbox_panel_opens_as_wide_as_its_tab_names(
    qtbot, loop, sandbox, ui_clock, monkeypatch
):
    from PySide6.QtGui import QScreen

    from tests.qt_fixtures import close_window, make_window

    laptop = QRect(0, 0, 1366, 740)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: laptop)
    win = make_window(sandbox.base_url, ui_clock)
    win.resize(1366, 720)
    win.show()
    try:
        panel = win.sandbox_panel
        qtbot.waitUntil(panel.isVisible, timeout=10_000)
        # Every tab's name whole, not shortened with an ellipsis.
        qtbot.waitUntil(lambda: panel.width() >= panel.natural_width(), timeout=3000)
    finally:
        close_window(qtbot, win)
