"""The sandbox panel's Journal: every request the sandbox received (from the
app, curl, Postman…), newest first, with its status and masked body, as the
sandbox's own request journal has it (GET /__sandbox/requests)."""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.ui.qa.exchange_model import colour_of_status
from otp_desktop.ui.widgets.json_view import JsonView
from otp_desktop.ui.widgets.naming import named
from otp_desktop.ui.widgets.row_table import fit_columns, row_table
from otp_desktop.ui.widgets.style import secondary

KEPT = 1000
"""Rows shown: as many as the sandbox keeps."""


class JournalTab(QWidget):
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []
        """Newest first."""
        self._stale = False
        """Entries came while the tab was hidden: the rows are rebuilt when it shows."""
        self._picked: tuple[bool, object] = (True, None)
        """Following the newest, or the time of the entry picked, before new rows."""
        self.table, self.model = row_table(
            self,
            "sandboxJournal",
            self.tr("Requests the sandbox received"),
            [self.tr("Time"), self.tr("Method"), self.tr("Path"), self.tr("Status")],
            stretch=2,
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_body())
        self.body = JsonView("sandboxJournalBody", self.tr("Request body, secrets masked"))
        clear = named(
            QPushButton(self.tr("Clear journal")), "clearJournalButton", self.tr("Clear journal")
        )
        clear.clicked.connect(self.clearRequested)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.body)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        row = QHBoxLayout()
        row.addWidget(secondary(self.tr("Codes and secrets are masked by the sandbox.")), 1)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)

    def since(self) -> float | None:
        """What the next poll asks for: entries after the newest one, or
        after the oldest still unanswered (its status is filled in later)."""
        waiting = [float(e["time"]) for e in self.entries if e.get("status") is None]
        if waiting:
            return min(waiting) - 1e-6
        return float(self.entries[0]["time"]) if self.entries else None

    def add_entries(self, newer: list[dict[str, Any]], since: float | None) -> None:
        """The entries received after `since`, newest first, replacing those kept.
        The table's rows follow only while the tab shows (a burst of requests
        made rows worth tens of milliseconds each poll); opening it catches up."""
        if not newer:
            return
        kept = [e for e in self.entries if since is not None and float(e["time"]) <= since]
        replaced = len(self.entries) - len(kept)
        if not self._stale:
            # Like the inspector: on the newest entry (or none), follow the
            # newest; an older one the user picked stays picked.
            self._picked = (self.table.currentIndex().row() <= 0, self._selected_time())
        self.entries = (newer + kept)[:KEPT]
        if self._stale or not self.isVisible():
            self._stale = True
            return
        # Only the rows that changed: the newest, above the kept ones.
        if replaced:
            self.model.removeRows(0, replaced)
        for row, entry in enumerate(newer[:KEPT]):
            self.model.insertRow(row, self._row(entry))
        if self.model.rowCount() > KEPT:
            self.model.removeRows(KEPT, self.model.rowCount() - KEPT)
        self._fit_and_select()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.setRowCount(0)
            for entry in self.entries:
                self.model.appendRow(self._row(entry))
            self._fit_and_select()

    def _fit_and_select(self) -> None:
        following, chosen = self._picked
        fit_columns(self.table)
        times = [e.get("time") for e in self.entries]
        row = 0 if following or chosen not in times else times.index(chosen)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _selected_time(self) -> object:
        row = self.table.currentIndex().row()
        return self.entries[row].get("time") if 0 <= row < len(self.entries) else None

    def clear(self) -> None:
        self.entries = []
        self._stale = False
        self.model.setRowCount(0)
        self.body.clear()

    def _row(self, entry: dict[str, Any]) -> list[QStandardItem]:
        when = time.strftime("%H:%M:%S", time.localtime(float(entry.get("time", 0))))
        path = str(entry.get("path", ""))
        query = entry.get("query") or {}
        if isinstance(query, dict) and query:
            path += "?" + "&".join(f"{k}={v}" for k, v in query.items())
        status = entry.get("status")
        items = [
            QStandardItem(when),
            QStandardItem(str(entry.get("method", ""))),
            QStandardItem(path),
            QStandardItem("…" if status is None else str(status)),
        ]
        items[2].setToolTip(path)
        if isinstance(status, int):
            items[3].setForeground(colour_of_status(status))
        return items

    def _show_body(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.entries):
            self.body.clear()
            return
        body = self.entries[row].get("body")
        if body is None:
            self.body.setPlainText(self.tr("(no body)"))
        elif isinstance(body, str):
            self.body.setPlainText(body)
        else:
            self.body.show_text(json.dumps(body, ensure_ascii=False))
