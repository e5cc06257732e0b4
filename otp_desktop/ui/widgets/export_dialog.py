"""The save dialog every export uses (history CSV, HAR, environments)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_export_path(
    parent: QWidget, title: str, name_filter: str, suffix: str, on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Ask where to save, then call `on_chosen` with the path. Opened with
    open(), never exec(): a nested event loop would break the qasync tasks."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.open()
    return dialog
