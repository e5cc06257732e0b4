"""Step 3: the outcome, a summary for the ticket, and the next user."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from otp_desktop.flow.ticket_summary import TicketSummary
from otp_desktop.ui.onboarding.success_mark import SuccessMark
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.announce import announce
from otp_desktop.ui.widgets.style import heading, secondary

NBSP = "\u00a0"
SEPARATORS = (", ", ": ")
_TIMED = QT_TRANSLATE_NOOP("TicketSummary", "OTP onboarding %1: %2 on %3 at %4, %5 s, resends: %6")
_UNTIMED = QT_TRANSLATE_NOOP("TicketSummary", "OTP onboarding %1: %2 on %3 at %4, resends: %5")
_NEW_USER = QT_TRANSLATE_NOOP("TicketSummary", "%1 (new user)")
_NO_NUMBER = QT_TRANSLATE_NOOP("TicketSummary", "(no number)")


def _tr(text: object) -> str:
    return QCoreApplication.translate("TicketSummary", str(text))


def _filled(template: str, *values: object) -> str:
    """%1, %2… replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def ticket_line(parts: TicketSummary) -> str:
    """The ticket summary in the UI's language."""
    outcome = term(parts.outcome.value)
    if parts.new_user:
        outcome = _filled(_tr(_NEW_USER), outcome)
    head = (outcome, parts.number or _tr(_NO_NUMBER), parts.environment, parts.when)
    if parts.took_s is None:
        return _filled(_tr(_UNTIMED), *head, parts.resends)
    return _filled(_tr(_TIMED), *head, parts.took_s, parts.resends)


def unbreakable_summary(summary: str) -> str:
    """The summary for display: lines may break after a comma or a colon,
    never inside a token such as "36 s" or "+91 ******0001"."""
    marker = "\x00"
    for sep in SEPARATORS:
        summary = summary.replace(sep, sep.strip() + marker)
    return summary.replace(" ", NBSP).replace(marker, " ")


class ResultPage(QWidget):
    copySummaryRequested = Signal()
    nextUserRequested = Signal()
    walletRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Verified"))
        self.title.setObjectName("resultTitle")
        self.outcome = QLabel()
        self.outcome.setObjectName("resultOutcome")
        self.outcome.setWordWrap(True)
        self.message = secondary("")
        self.message.setObjectName("resultMessage")
        self.message.setAccessibleName(self.tr("The server's message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = secondary("")
        self.summary.setObjectName("summaryText")
        self.summary.setAccessibleName(self.tr("Summary for the ticket"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_buttons()
        self._lay_out()

    def _build_buttons(self) -> None:
        self.copy_button = QPushButton(self.tr("&Copy summary"))
        self.copy_button.setObjectName("copySummaryButton")
        self.copy_button.setAccessibleName(self.tr("Copy summary for the ticket"))
        self.copied = secondary("")
        self.copied.setObjectName("summaryCopiedLabel")
        self.copied.setWordWrap(False)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(4000)
        self._copied_timer.timeout.connect(self.copied.clear)
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

    def _lay_out(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.outcome)
        text.addWidget(self.message)
        head = QHBoxLayout()
        head.addWidget(SuccessMark(), 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.wallet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copied)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setTabOrder(self.next_button, self.copy_button)

    def show_result(self, message: str, summary: str, number: str = "") -> None:
        """The outcome in the app's words; the server's own message beneath."""
        self.outcome.setText(
            self.tr("%1 is verified.").replace("%1", number)
            if number
            else self.tr("The phone number is verified.")
        )
        self.message.setText(
            self.tr("The server said: “%1”").replace("%1", message.strip()) if message else ""
        )
        self.message.setVisible(bool(message))
        self.summary.setText(unbreakable_summary(summary))
        self.copied.clear()
        announce(self.outcome)

    def show_copied(self) -> None:
        """Say "Copied" right beside the button that did it, for a few seconds."""
        self.copied.setText(self.tr("Copied"))
        self._copied_timer.start()
