"""Keys delivered where Qt delivers them: to an open popup (a completer's
list) first, else to the focused widget, so a test sees a keystroke lost
the way a user would. Pending events are handled after each key, as they
are between a person's keystrokes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def key_target() -> QWidget:
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "no widget would receive the key"
    return target


def type_keys(qtbot, text: str) -> None:
    for ch in text:
        qtbot.keyClick(key_target(), ch)
        QApplication.processEvents()


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(key_target(), key, modifiers)
    QApplication.processEvents()
