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
