"""The save dialog every export uses (history CSV, HAR, Postman, environments)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

# What each kind of file is called by default: a name that says what it is and
# when it was made, so a folder of bug-report attachments stays readable.
STEMS = {
    "har": "session",
    "csv": "history",
    "json": "environments",
    "postman_collection.json": "session",
}
_last_folder: dict[str, Path] = {}


def default_folder() -> Path:
    """Where the last export went in this run, else the user's documents."""
    if "path" in _last_folder:
        return _last_folder["path"]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def default_name(suffix: str, now: float | None = None) -> str:
    stamp = time.strftime("%Y-%m-%d-%H%M", time.localtime(now))
    return f"otp-desktop-{STEMS.get(suffix, 'export')}-{stamp}.{suffix}"


def choose_export_path(
    parent: QWidget, title: str, name_filter: str, suffix: str, on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Ask where to save, then call `on_chosen` with the path. Opened with
    open(), never exec(): a nested event loop would break the qasync tasks."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(str(default_folder()))
    dialog.selectFile(default_name(suffix))

    def chosen(path: str) -> None:
        _last_folder["path"] = Path(path).parent
        on_chosen(Path(path))

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog
