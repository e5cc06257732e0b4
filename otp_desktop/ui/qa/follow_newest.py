"""The inspector's table follows the newest exchange until the user picks
an older one; picking the newest again resumes following."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QObject, QTimer
from PySide6.QtWidgets import QTableView

FOLLOW_AFTER_MS = 40


class NewestFollower(QObject):
    def __init__(self, table: QTableView, model: QAbstractItemModel) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.following = True
        self._auto_selecting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._select_newest)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.rowsInserted.connect(self._rows_inserted)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        if not self._auto_selecting:
            rows = self.table.selectionModel().selectedRows()
            newest = self.model.rowCount() - 1
            self.following = not rows or max(r.row() for r in rows) == newest

    def _rows_inserted(self) -> None:
        # The details render a moment after the answer, once for a burst, and
        # not at all while the table is closed: the result it brought is
        # painted first (each render costs milliseconds of the UI thread).
        if self.following and self.table.isVisible() and not self._timer.isActive():
            self._timer.start(FOLLOW_AFTER_MS)

    def catch_up(self) -> None:
        """The table was opened: select what came while it was closed."""
        if self.following:
            self._timer.start(0)

    def _select_newest(self) -> None:
        newest = self.model.rowCount() - 1
        if newest < 0 or not self.following:
            return
        self._auto_selecting = True
        try:
            self.table.selectRow(newest)
            self.table.scrollToBottom()
        finally:
            self._auto_selecting = False
