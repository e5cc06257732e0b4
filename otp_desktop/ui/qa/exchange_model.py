"""The inspector's table: exchanges from the ring buffer, filterable."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from otp_desktop.api.exchange import Exchange
from otp_desktop.traffic.imported import is_imported
from otp_desktop.traffic.log import ExchangeLog, footprint
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.widgets.column_model import ColumnModel

COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "Time"),
    QT_TRANSLATE_NOOP("Terms", "Method"),
    QT_TRANSLATE_NOOP("Terms", "Path"),
    QT_TRANSLATE_NOOP("Terms", "Status"),
    QT_TRANSLATE_NOOP("Terms", "Duration"),
    QT_TRANSLATE_NOOP("Terms", "Size"),
    QT_TRANSLATE_NOOP("Terms", "Environment"),
)
STATUS_CLASSES = (
    QT_TRANSLATE_NOOP("Terms", "all"),
    "2xx",
    "3xx",
    "4xx",
    "5xx",
    QT_TRANSLATE_NOOP("Terms", "failed"),
)
STATUS_COLUMN = 3
ENVIRONMENT_COLUMN = 6
STATUS_COLOURS = {  # (on a light base, on a dark base)
    "2xx": ("#0a7a2f", "#56d364"),
    "3xx": ("#0b5cad", "#79b8ff"),
    "4xx": ("#9a5b00", "#e3b341"),
    "5xx": ("#c62828", "#ff7b72"),
    "failed": ("#c62828", "#ff7b72"),
}
Index = QModelIndex | QPersistentModelIndex
ExchangeRole = Qt.ItemDataRole.UserRole + 1
_EXCHANGE = int(ExchangeRole)
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ANSWERED_ROLES = frozenset(
    {
        _EXCHANGE,
        _DISPLAY,
        _ALIGNMENT,
        _FOREGROUND,
        Qt.ItemDataRole.FontRole.value,
        Qt.ItemDataRole.ToolTipRole.value,
    }
)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ExchangeTableModel(ColumnModel):
    columns = COLUMNS

    def __init__(self, log: ExchangeLog) -> None:
        super().__init__()
        self.log = log
        self._pending: list[Exchange] = []
        # Which environment each exchange went to, by exchange id; an entry
        # leaves with its exchange.
        self.environments: dict[int, str] = {}

    def append(self, exchange: Exchange, environment: str = "") -> None:
        """Queue an exchange for the end of this event-loop turn: a burst of
        answers then reaches the view as one insert, not one each."""
        if environment:
            self.environments[exchange.id] = environment
        if not self._pending:
            QTimer.singleShot(0, self.flush)
        self._pending.append(exchange)

    def flush(self) -> None:
        """Move the queued exchanges into the log (and the view) now."""
        items, self._pending = self._pending, []
        if not items:
            return
        items = [self.log.fit(exchange) for exchange in items]
        sizes = [footprint(exchange) for exchange in items]
        old, new = self._evictions(sizes)
        for dropped in items[:new]:  # more than the ring holds at once
            self.environments.pop(dropped.id, None)
        items, sizes = items[new:], sizes[new:]
        root = QModelIndex()
        if old:
            self.beginRemoveRows(root, 0, old - 1)
            for index in range(old):
                self.environments.pop(self.log[index].id, None)
            self.log.drop_oldest(old)
            self.endRemoveRows()
        row = len(self.log)
        self.beginInsertRows(root, row, row + len(items) - 1)
        for exchange, size in zip(items, sizes, strict=True):
            self.log.append(exchange, size)  # fits now: it evicts nothing more
        self.endInsertRows()

    def _evictions(self, sizes: list[int]) -> tuple[int, int]:
        """How many of the log's oldest rows, then of the new ones (their
        footprints `sizes`), must go so the rest fit the ring's count and
        byte budget (the newest always stays)."""
        log = self.log
        count, held = len(log) + len(sizes), log.bytes_held + sum(sizes)
        old = new = 0
        while count > 1 and (count > log.capacity or held > log.byte_budget):
            if old < len(log):
                held -= log.size_of(old)
                old += 1
            else:
                held -= sizes[new]
                new += 1
            count -= 1
        return old, new

    def clear(self) -> None:
        self.beginResetModel()
        self._pending.clear()
        self.log.clear()
        self.environments.clear()
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.log)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: the
        # roles nobody answers return before any other work.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        ex = self.log[index.row()]
        if role == _EXCHANGE:
            return ex
        column = index.column()
        if role == _DISPLAY:
            if column == ENVIRONMENT_COLUMN:
                return self.environments.get(ex.id) or _host(ex.url)
            return _display(ex, column)
        if role == _FOREGROUND:
            return status_colour(ex) if column == STATUS_COLUMN else None
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if column in (4, 5) else None
        return _imported_look(role, ex) if is_imported(ex) else None


def _display(ex: Exchange, column: int) -> str:
    if column == 0:
        return time.strftime("%H:%M:%S", time.localtime(ex.started_at))
    if column == 1:
        return ex.method
    if column == 2:
        return ex.path
    if column == 3:
        return ex.outcome
    if column == 4:
        return f"{ex.duration_ms:.0f} ms"
    return f"{ex.response_size:,} B"


def _host(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0]


def status_colour(ex: Exchange) -> QColor:
    return colour_of_status(ex.status)


def colour_of_status(status: int | None) -> QColor:
    """Status codes coloured by class, as Postman does, in shades that keep
    their contrast on the theme's base colour (None: no answer)."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
    kind = "failed" if status is None else f"{status // 100}xx"
    light_dark = STATUS_COLOURS.get(kind, STATUS_COLOURS["failed"])
    return QColor(light_dark[1] if dark else light_dark[0])


def _imported_look(role: int, ex: Exchange) -> Any:
    """Imported rows in italics, the file named in the tooltip: they were not sent."""
    if role == Qt.ItemDataRole.ToolTipRole:
        return translate_core(ex.note or "")
    font = QFont()
    font.setItalic(True)
    return font


def status_class(ex: Exchange) -> str:
    if ex.status is None:
        return "failed"
    return f"{ex.status // 100}xx"


class ExchangeFilter(QSortFilterProxyModel):
    """Text (method, path, status, bodies) and status class filters."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._class = "all"

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_class(self, name: str) -> None:
        self.beginFilterChange()
        self._class = name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, _parent: Index) -> bool:
        if not self._text and self._class == "all":
            return True
        source = self.sourceModel()
        assert isinstance(source, ExchangeTableModel)
        ex = source.log[row]
        if self._class != "all" and status_class(ex) != self._class:
            return False
        if not self._text:
            return True
        haystack = f"{ex.method} {ex.path} {ex.outcome} {ex.error or ''}".lower()
        if self._text in haystack:
            return True
        # Bodies are searched masked, so a secret cannot be found by typing it.
        masked = ex.masked()
        return (
            self._text in masked.request_body.lower() or self._text in masked.response_body.lower()
        )
