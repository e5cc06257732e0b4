"""The wallet's transactions as a table model, and the sortable table that shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from otp_desktop.ui.widgets.column_model import ColumnModel

if TYPE_CHECKING:
    from otp_desktop.api.models import Transaction

COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "Amount"),
    QT_TRANSLATE_NOOP("Terms", "Event"),
    QT_TRANSLATE_NOOP("Terms", "Category"),
    QT_TRANSLATE_NOOP("Terms", "Status"),
    QT_TRANSLATE_NOOP("Terms", "From"),
    QT_TRANSLATE_NOOP("Terms", "To"),
    QT_TRANSLATE_NOOP("Terms", "Created"),
)
Index = QModelIndex | QPersistentModelIndex


def short_address(address: str) -> str:
    """`0xc813…f1ce`: enough to recognise, short enough for a table."""
    return address if len(address) <= 13 else f"{address[:6]}…{address[-4:]}"


class TransactionsModel(ColumnModel):
    columns = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Transaction] = []
        self._texts: list[tuple[str, ...]] = []

    def set_transactions(self, rows: list[Transaction]) -> None:
        if len(rows) >= len(self._rows) and rows[: len(self._rows)] == self._rows:
            # Load more: append, so the view keeps its scroll position.
            first = len(self._rows)
            if len(rows) > first:
                self.beginInsertRows(QModelIndex(), first, len(rows) - 1)
                self._rows = list(rows)
                self.endInsertRows()
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = []
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row)[column]
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            return _sort_key(self._rows[row])[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5):
            tx = self._rows[row]
            return tx.from_wallet if column == 4 else tx.to_wallet
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _shown(self, row: int) -> tuple[str, ...]:
        """A row's texts, made once: a relayout asks for every cell many times."""
        while len(self._texts) <= row:
            self._texts.append(_texts(self._rows[len(self._texts)]))
        return self._texts[row]


def _texts(tx: Transaction) -> tuple[str, ...]:
    return (
        f"{tx.amount:g}",
        tx.description.event_name,
        tx.description.event_reward_category,
        tx.sync_status,
        short_address(tx.from_wallet),
        short_address(tx.to_wallet),
        tx.created_at.strftime("%Y-%m-%d %H:%M") if tx.created_at else "",
    )


def _sort_key(tx: Transaction) -> tuple[object, ...]:
    return (
        tx.amount,
        tx.description.event_name,
        tx.description.event_reward_category,
        tx.sync_status,
        tx.from_wallet,
        tx.to_wallet,
        tx.created_at.isoformat() if tx.created_at else "",
    )


def transactions_table(model: TransactionsModel) -> QTableView:
    """The table of `model`: in the server's order (newest first) until the
    user clicks a column header, then sorted by the column's raw values."""
    table = QTableView()
    proxy = QSortFilterProxyModel(table)  # goes with the table
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    table.setObjectName("transactionsTable")
    table.setModel(proxy)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns sized from the rows in view, not all of them on every relayout
    # (an error shown under a long list must not freeze the window).
    header.setResizeContentsPrecision(0)
    header.setStretchLastSection(True)
    return table
