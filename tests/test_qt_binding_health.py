"""Guards against binding bugs that would make the app crash at random.

PySide6 6.12.0 drops a reference to None on every row insertion signal; on
Python 3.11 (where None is not immortal) the process then aborts with
"deallocating None" after a few thousand inserts. The inspector inserts a
row per request, so this is checked directly.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex


class Empty(QAbstractTableModel):
    def rowCount(self, _parent=QModelIndex()):  # noqa: B008
        return 0

    def columnCount(self, _parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, _index, _role=0):
        return None


def test_row_signals_keep_none_referenced(qapp):
    model = Empty()
    before = sys.getrefcount(None)
    for _ in range(1000):
        model.beginInsertRows(QModelIndex(), 0, 0)
        model.endInsertRows()
        model.beginRemoveRows(QModelIndex(), 0, 0)
        model.endRemoveRows()
    assert sys.getrefcount(None) - before > -50, "this PySide6 leaks references to None"
