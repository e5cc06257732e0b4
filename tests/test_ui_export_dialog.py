"""Every export (HAR, Postman, history CSV, environments) asks through the one save
dialog, and the file the user picks is the file written."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDockWidget, QFileDialog, QWidget

from tests.test_ui_onboarding import enter_code, send


def save_dialog(parent: QWidget, suffix: str) -> QFileDialog:
    dialogs = [d for d in parent.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == suffix
    assert any(f"*.{suffix}" in f for f in dialog.nameFilters())
    return dialog


def pick(dialog: QFileDialog, path) -> None:
    dialog.fileSelected.emit(str(path))
    dialog.close()


def test_har_and_history_exports_write_the_chosen_file(qtbot, window, tmp_path):
    win = window
    win.findChild(QDockWidget, "historyView").show()
    send(qtbot, win, "9999900001")
    enter_code(qtbot, win, "123456")
    qtbot.waitUntil(
        lambda: len(win.exchanges) == 2 and [r.outcome for r in win.history.rows] == ["verified"],
        timeout=5000,
    )

    win.inspector.choose_har()
    pick(save_dialog(win.inspector, "har"), tmp_path / "session.har")
    entries = json.loads((tmp_path / "session.har").read_text())["log"]["entries"]
    assert len(entries) == 2

    win.session_actions.choose_postman()
    pick(save_dialog(win, "postman_collection.json"), tmp_path / "s.postman_collection.json")
    collection = json.loads((tmp_path / "s.postman_collection.json").read_text())
    names = " ".join(item["name"] for item in collection["item"])
    assert "/otp/register" in names
    assert "/otp/verify" in names

    win.history.choose_export()
    pick(save_dialog(win.history, "csv"), tmp_path / "history.csv")
    lines = (tmp_path / "history.csv").read_text().splitlines()
    assert len(lines) == 2
    assert "+91 ******0001" in lines[1]


def test_environments_export_writes_the_chosen_file(qtbot, window, tmp_path):
    window.manage_environments()
    dialog = window.findChild(QWidget, "environmentsDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog.choose_export()
    pick(save_dialog(dialog, "json"), tmp_path / "environments.json")
    assert json.loads((tmp_path / "environments.json").read_text())
    dialog.reject()
