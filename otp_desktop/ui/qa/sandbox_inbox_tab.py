"""The sandbox panel's Inbox: the codes the sandbox "sent", numbers written
as the phone field writes them, used codes marked and no longer counting."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.flow.cooldown import format_seconds
from otp_desktop.phone import display_international
from otp_desktop.ui.qa.sandbox_controls import epoch_of
from otp_desktop.ui.widgets.naming import named

# States the sandbox may report for a code; anything but pending is done.
DONE_STATES = {"used", "verified", "burnt", "superseded", "expired"}


class InboxTab(QWidget):
    useRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[dict[str, Any]] = []
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Code"), self.tr("authCode"), self.tr("Expires in")]
        )
        self.table = named(QTableView(), "sandboxInbox", self.tr("Codes sent"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Every column fits the panel: no horizontal scroll at the default size.
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.table.resizeColumnsToContents()
        if messages:
            self.table.selectRow(min(keep, len(messages) - 1))

    def _row(self, m: dict[str, Any], now: float) -> list[QStandardItem]:
        state = str(m.get("status", "pending"))
        expires = epoch_of(m.get("expires_at", ""))
        left = max(0.0, expires - now) if expires else 0.0
        if state in DONE_STATES and state != "expired":
            timing = self.tr("used")
        else:
            timing = format_seconds(left) if left else self.tr("expired")
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
        if state in DONE_STATES or not left:
            font = QFont()
            font.setStrikeOut(True)
            items[1].setFont(font)
        return items
