"""A masked line edit with a Show toggle and a Copy button (hidden unless
the owner shows it: only a secret meant to be handed on is copyable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from otp_desktop.ui.terms import term


def _tool_button(name: str, text: str, accessible: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setAccessibleName(accessible)
    return button


class SecretRow(QWidget):
    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        what = accessible.lower()
        show = _tool_button(
            name + "Reveal",
            term(QT_TRANSLATE_NOOP("Terms", "Show")),
            term(QT_TRANSLATE_NOOP("Terms", "Show %1")).replace("%1", what),
        )
        show.setCheckable(True)
        show.toggled.connect(self._reveal)
        self.copy = _tool_button(
            name + "Copy",
            term(QT_TRANSLATE_NOOP("Terms", "Copy")),
            term(QT_TRANSLATE_NOOP("Terms", "Copy %1")).replace("%1", what),
        )
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.edit.text()))
        self.copy.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(show)
        row.addWidget(self.copy)

    def _reveal(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
