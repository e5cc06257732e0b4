"""The inspector's Postman export, import and replay entries (buttons and File menu)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.test_ui_inspector import onboard


def items(path):
    return [item["name"].split(":")[0] for item in json.loads(path.read_text())["item"]]


def test_export_takes_the_selected_rows_or_the_whole_session(qtbot, window, tmp_path):
    onboard(qtbot, window)
    dock = window.inspector
    dock.select_row(1)  # one row is where the details are: the whole session goes
    window.session_actions.export_postman(tmp_path / "all.postman_collection.json")
    assert items(tmp_path / "all.postman_collection.json") == [
        "register",
        "sandbox inbox",
        "verify",
    ]
    assert "Exported 3 requests to all.postman_collection.json" in dock.notice.text()
    assert (tmp_path / "all.postman_environment.json").exists()


def test_export_of_two_selected_rows_leaves_the_others_out(qtbot, window, tmp_path, sandbox):
    onboard(qtbot, window)
    window.view.next_user()
    from tests.test_ui_onboarding import send

    send(qtbot, window, "9999900002")
    qtbot.waitUntil(lambda: len(window.exchanges) == 3)
    window.inspector.select_rows(1, 2)  # verify, then the second register
    window.session_actions.export_postman(tmp_path / "two.postman_collection.json")
    assert items(tmp_path / "two.postman_collection.json") == [
        "sandbox inbox",
        "verify",
        "register",
    ]


def test_buttons_open_the_file_dialogs_and_say_when_there_is_nothing(qtbot, window):
    dock = window.inspector
    dock.findChild(QPushButton, "exportPostmanButton").click()
    assert dock.notice.text() == "Nothing to export yet: no request was made."
    assert not dock.findChild(QPushButton, "replayButton").isEnabled()
    window.findChild(QAction, "replayAction").trigger()  # the menu works with no selection
    assert dock.notice.text() == "Select the requests to replay first."
    onboard(qtbot, window)
    dock.findChild(QPushButton, "exportPostmanButton").click()
    dialog = window.findChild(QFileDialog, "postmanFileDialog")
    qtbot.waitUntil(dialog.isVisible)
    proposed = Path(dialog.selectedFiles()[0]).name
    assert re.fullmatch(r"otp-desktop-session-[0-9-]+\.postman_collection\.json", proposed)
    dialog.reject()
    dock.findChild(QPushButton, "importButton").click()
    dialog = window.findChild(QFileDialog, "importFileDialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_file_menu_entries_with_letters_of_their_own(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if a.text()]
    assert "Export &Postman collection…" in texts
    assert "&Replay selected on…" in texts
    assert "&Open HAR or Postman file…" in texts
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    assert len(letters) == len(set(letters)), texts
