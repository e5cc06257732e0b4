"""The row that says a request is running, with its Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class BusyRow(QWidget):
    cancelRequested = Signal()

    def __init__(self, cancel_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName(cancel_name.replace("Button", "Progress"))
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(cancel_name)
        self.cancel_button.setAccessibleName(self.tr("Cancel the request"))
        self.cancel_button.setToolTip(self.tr("Cancel the request in progress (Esc)"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def show_busy(self, text: str) -> None:
        self.label.setText(text)
        self.show()
