"""A read-only table of whole rows, fitted to its panel (no horizontal
scroll): the sandbox panel's inbox, users and journal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from otp_desktop.ui.widgets.naming import named


def row_table(
    owner: QWidget, name: str, accessible: str, headers: list[str], stretch: int
) -> tuple[QTableView, QStandardItemModel]:
    """The table and its model; column `stretch` takes the room left over."""
    model = QStandardItemModel(0, len(headers), owner)
    model.setHorizontalHeaderLabels(headers)
    table = named(QTableView(), name, accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table, model


def fit_columns(table: QTableView) -> None:
    """After new rows: widths to the contents, the stretching column to the
    rest (the header does not redo this by itself when rows arrive)."""
    table.horizontalHeader().resizeSections()
