"""The sandbox panel's Inbox: the codes the sandbox "sent", numbers written
as the phone field writes them, used codes marked and no longer counting."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.flow.cooldown import format_seconds
from otp_desktop.phone import display_international
from otp_desktop.ui.qa.sandbox_controls import epoch_of
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.naming import named
from otp_desktop.ui.widgets.row_table import fit_columns, row_table

# What the sandbox says of a code that no longer works (GET /__sandbox/messages
# "status"); a pending code counts down instead.
DONE_STATES = {
    "used": QT_TRANSLATE_NOOP("Terms", "✓ used"),
    "burnt": QT_TRANSLATE_NOOP("Terms", "burnt: too many wrong tries"),
    "superseded": QT_TRANSLATE_NOOP("Terms", "replaced by a newer code"),
    "expired": QT_TRANSLATE_NOOP("Terms", "expired"),
}


class InboxTab(QWidget):
    useRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[dict[str, Any]] = []
        # Every column fits the panel: no horizontal scroll at the default size.
        self.table, self.model = row_table(
            self,
            "sandboxInbox",
            self.tr("Codes sent"),
            [self.tr("Number"), self.tr("Code"), self.tr("authCode"), self.tr("Expires in")],
            stretch=3,
        )
        self.table.doubleClicked.connect(lambda _i: self.useRequested.emit())
        use = named(
            QPushButton(self.tr("&Use this code")), "useCodeButton", self.tr("Use this code")
        )
        use.clicked.connect(self.useRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignRight)

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return str(self.messages[row]["otp"]) if 0 <= row < len(self.messages) else None

    def show_messages(self, messages: list[dict[str, Any]], now: float | None = None) -> None:
        selected = self.table.selectionModel().selectedRows()
        keep = selected[0].row() if selected else 0
        self.messages = messages
        self.model.setRowCount(0)
        now = time.time() if now is None else now
        for m in messages:
            self.model.appendRow(self._row(m, now))
        fit_columns(self.table)
        if messages:
            self.table.selectRow(min(keep, len(messages) - 1))

    def _row(self, m: dict[str, Any], now: float) -> list[QStandardItem]:
        state = str(m.get("status", "pending"))
        expires = epoch_of(m.get("expires_at", ""))
        left = max(0.0, expires - now) if expires else 0.0
        if state == "pending" and not left:
            state = "expired"  # this computer's clock is ahead of the sandbox's
        timing = term(DONE_STATES[state]) if state in DONE_STATES else format_seconds(left)
        sent = epoch_of(m.get("sent_at", ""))
        number = QStandardItem(
            display_international(str(m.get("countryCode", "")), str(m.get("phone_number", "")))
        )
        if sent:
            at = time.strftime("%H:%M:%S", time.localtime(sent))
            number.setToolTip(self.tr("Sent at %1").replace("%1", at))
        items = [
            number,
            QStandardItem(str(m.get("otp", ""))),
            QStandardItem(str(m.get("authCode", ""))),
            QStandardItem(timing),
        ]
        items[3].setToolTip(timing)
        if state in DONE_STATES:  # no longer accepted: struck through
            font = QFont()
            font.setStrikeOut(True)
            items[1].setFont(font)
            items[2].setFont(font)
        if state == "used":
            bold = QFont()
            bold.setBold(True)
            items[3].setFont(bold)
        return items
