"""A read-only table model with fixed, translated column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from otp_desktop.ui.terms import term

Index = QModelIndex | QPersistentModelIndex


class ColumnModel(QAbstractTableModel):
    columns: tuple[object, ...] = ()  # marked with QT_TRANSLATE_NOOP("Terms", …)

    def row_total(self) -> int:
        """How many rows; each model counts its own storage."""
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return term(self.columns[section])
        return None
