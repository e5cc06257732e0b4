"""The request inspector: every exchange, its details, cURL, HAR, a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.api.exchange import Exchange
from otp_desktop.traffic.curl import to_curl
from otp_desktop.traffic.har import har_text
from otp_desktop.traffic.log import ExchangeLog
from otp_desktop.traffic.report import report
from otp_desktop.ui.qa.exchange_model import (
    STATUS_CLASSES,
    ExchangeFilter,
    ExchangeRole,
    ExchangeTableModel,
)
from otp_desktop.ui.qa.exchange_view import ExchangeView
from otp_desktop.ui.qa.follow_newest import NewestFollower
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.confirm import ask
from otp_desktop.ui.widgets.export_dialog import choose_export_path


class InspectorDock(QDockWidget):
    exportPostmanRequested = Signal()
    replayRequested = Signal()
    importRequested = Signal()

    def __init__(self, log: ExchangeLog, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request inspector"), parent)
        self.setObjectName("requestLog")
        self.setAccessibleName(self.tr("Request inspector"))
        self.model = ExchangeTableModel(log)
        self._shown: tuple[Exchange | None, bool] = (None, False)
        """The exchange the details show, and whether revealed."""
        self.proxy = ExchangeFilter()
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        self._build_actions()
        self._lay_out()
        self._connect()

    def _build_filters(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("requestFilter")
        self.filter.setPlaceholderText(self.tr("Filter: path, method, status, body text"))
        self.filter.setAccessibleName(self.tr("Filter requests"))
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status class"))
        for name in STATUS_CLASSES:
            self.status.addItem(term(name), name)
        self.reveal = QCheckBox(self.tr("Reveal secrets"))
        self.reveal.setObjectName("revealSecrets")
        self.reveal.setAccessibleName(self.tr("Reveal secrets"))
        self.clear_button = self._button(self.tr("Clear"), "clearLogButton", self.model.clear)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("requestTable")
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: the exchanges to export as a collection or to replay.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row height and no per-row sizing: smooth with thousands of rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 240)
        self.exchange_view = ExchangeView()
        self.details = self.exchange_view.raw

    def _build_actions(self) -> None:
        self.curl_button = self._button(self.tr("Copy as cURL"), "copyCurlButton", self.copy_curl)
        self.report_button = self._button(
            self.tr("Copy report"), "copyReportButton", self.copy_report
        )
        self.har_button = self._button(self.tr("Export HAR…"), "exportHarButton", self.choose_har)
        self.postman_button = self._button(
            self.tr("Export Postman…"), "exportPostmanButton", self.exportPostmanRequested.emit
        )
        self.postman_button.setToolTip(
            self.tr("The selected requests (or all) as a Postman collection that newman runs")
        )
        self.replay_button = self._button(
            self.tr("Replay on…"), "replayButton", self.replayRequested.emit
        )
        self.replay_button.setToolTip(
            self.tr("Send the selected requests again, on an environment")
        )
        self.import_button = self._button(
            self.tr("Open file…"), "importButton", self.importRequested.emit
        )
        self.import_button.setToolTip(self.tr("Open a HAR file or a Postman collection here"))
        self.har_secrets = QCheckBox(self.tr("include secrets"))
        self.har_secrets.setObjectName("harIncludeSecrets")
        self.har_secrets.setAccessibleName(self.tr("Include secrets in the HAR file"))
        self.notice = QLabel()
        self.notice.setObjectName("inspectorNotice")
        # A long file name wraps and never widens the window.
        self.notice.setWordWrap(True)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.status)
        top.addWidget(self.reveal)
        top.addWidget(self.clear_button)
        actions = QHBoxLayout()
        for widget in (
            self.curl_button,
            self.report_button,
            self.har_button,
            self.har_secrets,
            self.postman_button,
            self.replay_button,
            self.import_button,
        ):
            actions.addWidget(widget)
        actions.addWidget(self.notice, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("inspectorSplitter")
        split.addWidget(self.table)
        split.addWidget(self.exchange_view)
        # The exchange read is the point: the list keeps a few rows, the detail
        # gets the rest and every pixel the dock gains.
        split.setSizes([90, 430])
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        # Small minimums: opening the docks must never push the window past a
        # 1366x768 screen; the splitter hands out the room there is.
        self.table.setMinimumHeight(30)  # its header and a row
        self.exchange_view.setMinimumHeight(80)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.setWidget(body)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self.proxy.set_text)
        self.status.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_class(str(self.status.currentData()))
        )
        self.reveal.toggled.connect(lambda _on: self._show_selected())
        follower = NewestFollower(self.table, self.proxy)  # owned by the table
        self.visibilityChanged.connect(lambda shown: follower.catch_up() if shown else None)
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._show_selected())
        self._update_buttons()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # --- data -------------------------------------------------------------------

    def record(self, exchange: Exchange, environment: str = "") -> None:
        self.model.append(exchange, environment)

    def hide_secrets(self) -> None:
        """Reveal goes off again (called on every environment switch)."""
        self.reveal.setChecked(False)

    def selected(self) -> Exchange | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ExchangeRole)
        return value if isinstance(value, Exchange) else None

    def selected_exchanges(self) -> list[Exchange]:
        """The selected rows, in the table's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        found = [index.data(ExchangeRole) for index in rows]
        return [ex for ex in found if isinstance(ex, Exchange)]

    def select_rows(self, first: int, last: int) -> None:
        self.table.clearSelection()
        top = self.proxy.index(first, 0)
        bottom = self.proxy.index(last, self.proxy.columnCount() - 1)
        self.table.selectionModel().select(
            QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.Select
        )

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _show_selected(self) -> None:
        chosen, reveal = self.selected(), self.reveal.isChecked()
        # The selection also "changes" when older rows leave the ring and the
        # selected one moves up: the same exchange is not rendered again.
        if chosen is not self._shown[0] or reveal != self._shown[1]:
            self._shown = (chosen, reveal)
            self.exchange_view.show_exchange(chosen, reveal=reveal)
        self._update_buttons(chosen)

    def _update_buttons(self, exchange: Exchange | None = None) -> None:
        chosen = exchange is not None
        self.curl_button.setEnabled(chosen)
        self.report_button.setEnabled(chosen)
        self.replay_button.setEnabled(chosen)

    # --- exports ------------------------------------------------------------------

    def copy_curl(self) -> None:
        exchange = self.selected()
        if exchange is None:
            return
        QGuiApplication.clipboard().setText(to_curl(exchange, reveal=self.reveal.isChecked()))
        self.notice.setText(
            self.tr("cURL copied.")
            if self.reveal.isChecked()
            else self.tr(
                "cURL copied: export OTP_CLIENT_SECRET, OTP_USER_JWT (and OTP_CODE) first."
            )
        )

    def copy_report(self) -> None:
        exchange = self.selected()
        if exchange is not None:
            QGuiApplication.clipboard().setText(report(exchange, reveal=self.reveal.isChecked()))
            self.notice.setText(self.tr("Report copied."))

    def choose_har(self) -> None:
        choose_export_path(
            self, self.tr("Export HAR"), self.tr("HTTP Archive (*.har)"), "har", self.export_har
        )

    def export_har(self, path: Path) -> None:
        if not self.har_secrets.isChecked():
            self._write_har(path, include_secrets=False)
            return
        ask(
            self,
            self.tr("Include secrets?"),
            self.tr(
                "The HAR file will contain the client secret, the user's JWT and the codes in "
                "clear. Anyone who gets the file can act as this partner. Include them?"
            ),
            lambda: self._write_har(path, include_secrets=True),
            yes_text=self.tr("Include secrets"),
            danger=True,
        )

    def _write_har(self, path: Path, *, include_secrets: bool) -> None:
        try:
            path.write_text(
                har_text(self.model.log, include_secrets=include_secrets), encoding="utf-8"
            )
        except OSError as exc:
            self.notice.setText(
                self.tr("Could not write the HAR file: %1").replace("%1", str(exc.strerror))
            )
            return
        self.notice.setText(
            self.tr("Exported %1 requests to %2")
            .replace("%1", str(len(self.model.log)))
            .replace("%2", path.name)
        )
