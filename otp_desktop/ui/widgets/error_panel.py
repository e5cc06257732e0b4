"""Errors where the user is looking: plain words, details one click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.widgets.announce import announce
from otp_desktop.ui.widgets.json_view import JsonView, pretty_lines

DETAILS_HEIGHT = 140
"""The details' height when there is room for it."""


class ErrorPanel(QFrame):
    retryRequested = Signal()

    def __init__(self, prefix: str = "", parent: QWidget | None = None) -> None:
        """`prefix` keeps objectNames unique when two panels live in one window."""
        super().__init__(parent)

        def name(base: str) -> str:
            return prefix + base[0].upper() + base[1:] if prefix else base

        self.setObjectName(name("errorPanel"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.message = QLabel()
        self.message.setObjectName(name("errorMessage"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Error message"))
        self.details_button = QToolButton()
        self.details_button.setObjectName(name("errorDetailsButton"))
        self.details_button.setText(self.tr("&Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show error details"))
        self.retry_button = QPushButton(self.tr("Retr&y"))
        self.retry_button.setObjectName(name("retryButton"))
        self.retry_button.setAccessibleName(self.tr("Retry"))
        # The status and the server's body, JSON pretty-printed in a fixed-width
        # font, as the inspector shows it.
        self.details = JsonView(name("errorDetails"), self.tr("Error details"))
        self.details.setMaximumHeight(DETAILS_HEIGHT)
        # It scrolls: on a small screen with the docks open, a few lines are
        # enough, and the code boxes above keep their height.
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.details.hide()
        self.details_button.toggled.connect(self.details.setVisible)
        self.retry_button.clicked.connect(self.retryRequested)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message, 1)
        top.addWidget(self.details_button, 0)
        top.addWidget(self.retry_button, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.hide()

    def cut_details(self, short: int) -> int:
        """Give up to `short` pixels of the details' height (they scroll), for
        a card that has no more room; returns the pixels given up."""
        shown = self.details.isVisibleTo(self)
        height = DETAILS_HEIGHT - max(0, short) if shown else DETAILS_HEIGHT
        height = max(self.details.minimumHeight(), height)
        if self.details.maximumHeight() != height:
            self.details.setMaximumHeight(height)
        return DETAILS_HEIGHT - height

    def show_error(self, message: str, detail: str, *, can_retry: bool) -> None:
        self.message.setText(translate_core(message))
        self.details.setPlainText(pretty_lines(detail))
        self.details_button.setVisible(bool(detail))
        self.details_button.setChecked(False)
        self.retry_button.setVisible(can_retry)
        self.show()
        announce(self.message)  # heard even with the focus elsewhere

    def update_live(self, message: str, *, can_retry: bool) -> None:
        """A countdown in the message ticked: keep the details as they are."""
        self.message.setText(translate_core(message))
        self.retry_button.setVisible(can_retry)

    def clear(self) -> None:
        self.message.clear()
        self.details.clear()
        self.hide()
