"""One exchange in the inspector, as Postman shows it: a summary line, then
Request and Response tabs with headers as a table and the body
pretty-printed, and the raw text report."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.api.exchange import Exchange
from otp_desktop.traffic.report import report
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.json_view import JsonView

HEADER_COLUMNS = (QT_TRANSLATE_NOOP("Terms", "Header"), QT_TRANSLATE_NOOP("Terms", "Value"))


class _Side(QSplitter):
    """Headers above, body below: one side of the exchange."""

    def __init__(self, side: str, accessible: str) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.headers = QTableWidget(0, 2)
        self.headers.setObjectName(f"{side}Headers")
        self.headers.setAccessibleName(accessible)
        self.headers.setHorizontalHeaderLabels([term(c) for c in HEADER_COLUMNS])
        self.headers.verticalHeader().hide()
        self.headers.horizontalHeader().setStretchLastSection(True)
        self.headers.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.headers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.body = JsonView(f"{side}Body", accessible)
        self.headers.setMinimumHeight(30)
        self.body.setMinimumHeight(30)
        self.addWidget(self.headers)
        self.addWidget(self.body)
        self.setSizes([60, 230])  # a few headers; the body is what is read
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)

    def fill(self, headers: tuple[tuple[str, str], ...], body: str, empty: str) -> None:
        self.headers.setRowCount(len(headers))
        for row, (name, value) in enumerate(headers):
            self.headers.setItem(row, 0, QTableWidgetItem(name))
            self.headers.setItem(row, 1, QTableWidgetItem(value))
        if body:
            self.body.show_text(body)
        else:
            self.body.setPlainText(empty)


class ExchangeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("exchangeSummary")
        self.summary.setWordWrap(True)
        self.request = _Side("request", self.tr("Request headers and body"))
        self.response = _Side("response", self.tr("Response headers and body"))
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("exchangeDetails")
        self.raw.setAccessibleName(self.tr("Exchange details"))
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        self.tabs.setAccessibleName(self.tr("Exchange"))
        self.tabs.addTab(self.response, self.tr("Response"))
        self.tabs.addTab(self.request, self.tr("Request"))
        self.tabs.addTab(self.raw, self.tr("Raw"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.show_exchange(None)

    def show_exchange(self, exchange: Exchange | None, *, reveal: bool = False) -> None:
        if exchange is None:
            self.summary.setText(self.tr("Select a request to see its headers and bodies."))
            self.raw.setPlainText("")
            self.request.fill((), "", "")
            self.response.fill((), "", "")
            return
        ex = exchange if reveal else exchange.masked()
        when = time.strftime("%H:%M:%S", time.localtime(ex.started_at))
        line = f"{ex.method} {ex.path} → {ex.outcome} · {ex.duration_ms:.0f} ms · {when}"
        if ex.note:
            line += "\n" + translate_core(ex.note)
        self.summary.setText(line)
        empty = self.tr("(empty)")
        self.request.fill(ex.request_headers, ex.request_body, empty)
        self.response.fill(ex.response_headers, ex.response_body or (ex.error or ""), empty)
        self.raw.setPlainText(report(exchange, reveal=reveal))
