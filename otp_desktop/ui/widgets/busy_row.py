"""The row that says a request is running, with its Cancel button.

It shows only once a request has run for `SHOW_AFTER_MS`: most answers come
sooner, and a row shown and hidden again flickers and re-lays out the whole
window twice on the way to the result (the clicked button says at once that
the request runs, and Esc cancels from the start)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

SHOW_AFTER_MS = 250


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
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SHOW_AFTER_MS)
        self._later.timeout.connect(self.show)
        self.hide()

    def show_busy(self, text: str) -> None:
        """Say `text` once the request has run for a moment (at once if the
        row already shows)."""
        self.label.setText(text)
        if not self.isVisible() and not self._later.isActive():
            self._later.start()

    @property
    def pending(self) -> bool:
        """Busy, but not shown yet."""
        return self._later.isActive()

    def hide(self) -> None:
        self._later.stop()
        super().hide()
