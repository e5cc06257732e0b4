"""A screen reader's view: every control it can reach has a name.

Walks the accessibility interface Qt hands assistive technology
(QAccessible.queryAccessibleInterface), step by step, with the docks open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QWidget

from otp_desktop.flow import Step
from tests.test_ui_onboarding import enter_code, send


def unnamed_controls(win) -> list[str]:
    """Visible controls a screen reader reaches (focusable ones and every
    button, icon-only ones included) whose accessible name is empty."""
    found = []
    for widget in win.findChildren(QWidget):
        if not widget.isVisible():
            continue
        reachable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(
            widget, QAbstractButton
        )
        if not reachable:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.replace("&", "").strip():
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parent()).__name__} {widget.parent().objectName()!r}"
            )
    return found


def open_docks(win) -> None:
    for dock in win.findChildren(QDockWidget):
        dock.show()


def test_every_control_is_named_on_every_step(qtbot, window):
    win = window
    open_docks(win)
    qtbot.wait(50)
    assert unnamed_controls(win) == [], "phone step"
    send(qtbot, win, "9999900001")
    assert unnamed_controls(win) == [], "code step"
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    assert unnamed_controls(win) == [], "done step"


def test_result_is_announced(qtbot, window, monkeypatch):
    from otp_desktop.ui.widgets import announce

    events = []
    monkeypatch.setattr(
        announce.QAccessible,
        "updateAccessibility",
        lambda event: events.append((event.object().objectName(), event.type())),
    )
    win = window
    send(qtbot, win, "9999900001")
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    assert ("resultOutcome", QAccessible.Event.Alert) in events
