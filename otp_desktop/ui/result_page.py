"""Step 3: the outcome, a summary for the ticket, and the next user."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from otp_desktop.ui.style import heading, secondary


class ResultPage(QWidget):
    copySummaryRequested = Signal()
    nextUserRequested = Signal()
    walletRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(32, 32)
        )
        self.title = heading(self.tr("Verified"))
        self.message = QLabel()
        self.message.setObjectName("resultMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = secondary("")
        self.summary.setObjectName("summaryText")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("&Copy summary"))
        self.copy_button.setObjectName("copySummaryButton")
        self.copy_button.setAccessibleName(self.tr("Copy summary for the ticket"))
        self.next_button = QPushButton(self.tr("&Next user"))
        self.next_button.setObjectName("nextUserButton")
        self.next_button.setAccessibleName(self.tr("Next user"))
        self.next_button.setToolTip(self.tr("Start the next onboarding (Ctrl+N)"))
        self.next_button.setDefault(True)
        self.wallet_button = QPushButton(self.tr("Open &wallet"))
        self.wallet_button.setObjectName("walletButton")
        self.wallet_button.setAccessibleName(self.tr("Open the user's wallet"))
        self.wallet_button.clicked.connect(self.walletRequested)
        self.copy_button.clicked.connect(self.copySummaryRequested)
        self.next_button.clicked.connect(self.nextUserRequested)

        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(self.title, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.wallet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setTabOrder(self.next_button, self.copy_button)

    def show_result(self, message: str, summary: str) -> None:
        self.message.setText(message)
        self.summary.setText(summary)
