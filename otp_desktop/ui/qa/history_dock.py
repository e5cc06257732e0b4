"""The onboarding history: search, a date filter, CSV export, retention."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.flow.ticket_summary import whole_seconds
from otp_desktop.history.shift_summary import day_bounds, summarize
from otp_desktop.history.store import (
    HistoryError,
    HistoryRow,
    HistoryStore,
    export_csv,
)
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.qa.shift_summary_view import ShiftSummaryView
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.export_dialog import choose_export_path

# The outcomes as stored, marked so the table shows them translated.
OUTCOMES = (
    QT_TRANSLATE_NOOP("Terms", "verified"),
    QT_TRANSLATE_NOOP("Terms", "failed"),
    QT_TRANSLATE_NOOP("Terms", "abandoned"),
    QT_TRANSLATE_NOOP("Terms", "in progress"),
)

COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "Started"),
    QT_TRANSLATE_NOOP("Terms", "Environment"),
    QT_TRANSLATE_NOOP("Terms", "Number"),
    QT_TRANSLATE_NOOP("Terms", "Country"),
    QT_TRANSLATE_NOOP("Terms", "Outcome"),
    QT_TRANSLATE_NOOP("Terms", "Resends"),
    QT_TRANSLATE_NOOP("Terms", "Duration"),
    QT_TRANSLATE_NOOP("Terms", "Reason"),
)


class HistoryDock(QDockWidget):
    def __init__(self, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Onboarding history"), parent)
        self.setObjectName("historyView")
        self.setAccessibleName(self.tr("Onboarding history"))
        self.store: HistoryStore | None = None
        self.rows: list[HistoryRow] = []
        self._build_filters(retention_days)
        self._build_table()
        self._lay_out()

    def _build_filters(self, retention_days: int) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search number, environment, outcome, reason"))
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.setClearButtonEnabled(True)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.since.setObjectName("historySince")
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QDateEdit(today)
        self.until.setObjectName("historyUntil")
        self.until.setAccessibleName(self.tr("To date"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setObjectName("exportHistoryButton")
        self.export_button.setAccessibleName(self.tr("Export CSV"))
        self.retention = QSpinBox()
        self.retention.setObjectName("historyRetention")
        self.retention.setAccessibleName(self.tr("Keep history for days"))
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(retention_days)
        self.count = QLabel()
        self.count.setObjectName("historyCount")
        # An export's file name wraps and never widens the window.
        self.count.setWordWrap(True)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The editor inside a date or spin box has the focus: a screen reader
        # reads its name, not the box's.
        for box in (self.since, self.until, self.retention):
            if editor := box.findChild(QLineEdit):
                editor.setAccessibleName(box.accessibleName())

    def _build_table(self) -> None:
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([term(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Onboardings"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        # Small: the dock gives its height to the card on a 768-pixel screen.
        self.table.setMinimumHeight(40)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.until)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(QLabel(self.tr("Keep")))
        bottom.addWidget(self.retention)
        bottom.addWidget(self.export_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.shift = ShiftSummaryView()
        layout.addWidget(self.shift)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setWidget(body)

        self.search.textChanged.connect(lambda _t: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.until.dateChanged.connect(lambda _d: self.reload())
        self.export_button.clicked.connect(self.choose_export)
        # Rows recorded while the dock was closed or behind another tab show at once.
        self.visibilityChanged.connect(lambda visible: self.reload() if visible else None)

    def set_store(self, store: HistoryStore | None, problem: str = "") -> None:
        """Rows are read when the dock shows (a shift's or a year's worth:
        never at start-up behind a closed dock)."""
        self.store = store
        if problem:
            self.count.setText(translate_core(problem))
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.store is None:
            return
        since = QDateTime(self.since.date(), QTime(0, 0)).toSecsSinceEpoch()
        until = QDateTime(self.until.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch()
        today = day_bounds()
        try:
            self.rows = self.store.search(self.search.text(), float(since), float(until))
            todays = self.store.search("", *today)
        except HistoryError as exc:  # a page damaged while the app runs
            self.count.setText(translate_core(str(exc)))
            return
        self.model.setRowCount(0)
        for row in self.rows:
            duration = f"{whole_seconds(row.duration_s)} s" if row.duration_s is not None else ""
            values = (
                time.strftime("%Y-%m-%d %H:%M", time.localtime(row.started_at)),
                row.environment,
                row.masked_number,
                row.country,
                term(row.outcome) if row.outcome in OUTCOMES else row.outcome,
                str(row.resends),
                duration,
                translate_core(row.reason),
            )
            self.model.appendRow([QStandardItem(v) for v in values])
        self.table.resizeColumnsToContents()
        self.shift.show_summary(summarize(todays, *today))
        self.count.setText(
            self.tr("1 onboarding")
            if len(self.rows) == 1
            else self.tr("%1 onboardings").replace("%1", str(len(self.rows)))
        )

    def choose_export(self) -> None:
        choose_export_path(
            self, self.tr("Export history"), self.tr("CSV (*.csv)"), "csv", self.export_to
        )

    def export_to(self, path: Path) -> None:
        try:
            n = export_csv(self.rows, path)
        except OSError as exc:
            self.count.setText(self.tr("Could not export: %1").replace("%1", str(exc.strerror)))
            return
        self.count.setText(
            self.tr("Exported %1 onboardings to %2").replace("%1", str(n)).replace("%2", path.name)
        )
