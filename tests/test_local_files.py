"""The app's own files, damaged or unwritable, through the window: it starts,
connects, says once what happened with the path, and loses nothing. The
generic crash dialog never shows."""

from __future__ import annotations

import json

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QMessageBox

from otp_desktop.flow import Step
from otp_desktop.history.store import default_path
from otp_desktop.paths import config_dir
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.store import ProfileStore
from otp_desktop.ui import translations
from otp_desktop.ui.shell.file_notices import FileNoticeBar
from tests.file_faults import folder_replaced_by_a_file, immutable
from tests.qt_fixtures import close_window, make_window
from tests.sandbox_helpers import credentials
from tests.test_history import DAMAGES, filled_database
from tests.test_profiles import DEEP_JSON, SECRET, v1_file
from tests.test_ui_environments import select
from tests.test_ui_onboarding import send


def crash_dialogs(win) -> list[QMessageBox]:
    return [b for b in win.findChildren(QMessageBox, "unexpectedErrorDialog") if b.isVisible()]


def notice_text(win) -> str:
    bar = win.findChild(FileNoticeBar)
    return bar.message.text() if bar is not None and bar.isVisible() else ""


@pytest.fixture
def start_window(qtbot, loop, sandbox, ui_clock):
    opened = []

    def opener():
        win = make_window(sandbox.base_url, ui_clock)
        opened.append(win)
        win.show()
        qtbot.waitUntil(
            lambda: win.connection is not None or bool(crash_dialogs(win)), timeout=10_000
        )
        assert crash_dialogs(win) == []
        return win

    yield opener
    for win in opened:
        close_window(qtbot, win)


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_damaged_history_database_does_not_block_start_up(qtbot, start_window, damage):
    path = filled_database(default_path())
    damage(path)
    original = path.read_bytes()
    win = start_window()
    (aside,) = path.parent.glob("history.sqlite3.damaged-*[0-9]")
    assert aside.read_bytes() == original
    assert str(aside) in notice_text(win)
    assert "new, empty history" in notice_text(win)
    assert win.findChild(QLabel, "environmentLabel").text() == "Environment: Sandbox"
    send(qtbot, win)  # usable at once, and recording into the fresh database
    assert [row.masked_number for row in win.session.history.search()] == ["+91 ******3219"]
    assert crash_dialogs(win) == []


ENVIRONMENT_FILES = {
    "nested 100,000 deep": DEEP_JSON,
    "not JSON": b"{oops",
    "wrong types": b'{"version": 2, "environments": [{"name": 7, "production": "yes"}]}',
    "binary": bytes(range(256)) * 16,
    "NaN": b'{"version": 2, "environments": [{"name": "S", "cooldown_s": NaN}]}',
    "1e999": b'{"version": 2, "environments": [{"name": "S", "code_lifetime_s": 1e999}]}',
    "1e300": b'{"version": 2, "environments": [{"name": "S", "cooldown_s": 1e300}]}',
    "10**20": b'{"version": 2, "environments": [{"name": "S", "max_attempts": 100000000000000000000}]}',
}


@pytest.mark.parametrize("content", ENVIRONMENT_FILES.values(), ids=ENVIRONMENT_FILES.keys())
def test_pathological_environments_file_does_not_block_start_up(qtbot, start_window, content):
    path = config_dir() / "environments.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    win = start_window()
    (aside,) = path.parent.glob("environments.json.unreadable-*")
    assert aside.read_bytes() == content
    assert str(aside) in notice_text(win)
    assert win.view.error_panel.isHidden()  # said once, in the notice bar
    send(qtbot, win)
    assert win.view.flow.step is Step.CODE
    assert crash_dialogs(win) == []


def test_old_file_secret_is_used_and_the_window_says_where_it_is_kept(qtbot, start_window):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = config_dir() / "environments.json"
    path.parent.mkdir(parents=True)
    original = v1_file(path)
    for _start in range(2):  # the second start has not lost it
        win = start_window()
        copy = path.with_name("environments.v1-backup.json")
        assert str(copy) in notice_text(win)
        assert copy.read_bytes() == original
        assert win.book.find("Old").credentials.client_secret == SECRET


def saved_environments(sandbox, *names: str) -> None:
    envs = [
        Environment(name=n, base_url=sandbox.base_url, credentials=credentials(sandbox.base_url))
        for n in names
    ]
    ProfileStore(SecretVault()).save(envs, "Sandbox")


@pytest.mark.parametrize("fault", [folder_replaced_by_a_file, immutable])
def test_switching_with_an_unwritable_config_folder_stays_connected(
    qtbot, start_window, sandbox, fault
):
    saved_environments(sandbox, "Staging")
    win = start_window()
    with fault(config_dir()):
        select(qtbot, win, "Staging")
        qtbot.waitUntil(lambda: "could not be saved" in notice_text(win), timeout=5000)
        qtbot.waitUntil(lambda: win.connection is not None, timeout=5000)
        assert win.connection.environment.name == "Staging"
        assert win.findChild(QLabel, "environmentLabel").text() == "Environment: Staging"
        assert str(config_dir() / "environments.json") in notice_text(win)
        send(qtbot, win)  # connected for real
    assert crash_dialogs(win) == []


def test_environments_dialog_keeps_its_edits_when_saving_fails(qtbot, start_window, sandbox):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = start_window()
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.add_button.click()
    for edit, text in ((dialog.form.name, "QA"), (dialog.form.base_url, sandbox.base_url)):
        edit.setText(text)
        edit.textEdited.emit(text)
    save = dialog.box.button(QDialogButtonBox.StandardButton.Save)
    config_dir().mkdir(parents=True)
    with folder_replaced_by_a_file(config_dir()):
        save.click()
        assert dialog.isVisible()
        assert "could not be saved" in dialog.notice.text()
        assert [env.name for env in dialog.items] == ["QA"]
        assert dialog.form.name.text() == "QA"
        assert win.book.saved == []  # the window's list matches the disk
    save.click()  # the folder is back: the same edits save
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    selector = win.findChild(QComboBox, "profileSelector")
    assert selector.findData("QA") >= 0
    saved = json.loads((config_dir() / "environments.json").read_text())
    assert [env["name"] for env in saved["environments"]] == ["QA"]
    assert crash_dialogs(win) == []


def test_file_notices_read_in_hindi(qapp, tmp_path):
    from otp_desktop.profiles.store import SaveProblem
    from otp_desktop.ui.core_text import translate_core

    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = tmp_path / "environments.json"
    v1_file(path)
    store = ProfileStore(SecretVault(), path)
    messages = [store.load().problem]
    path.write_bytes(DEEP_JSON)
    messages.append(ProfileStore(SecretVault(), path).load().problem)
    blocked = ProfileStore(SecretVault(), tmp_path / "file" / "environments.json")
    (tmp_path / "file").write_text("")
    with pytest.raises(SaveProblem) as info:
        blocked.save([])
    messages.append(str(info.value))
    app = QCoreApplication.instance()
    assert translations.install(app, "hi")
    try:
        for message in messages:
            hindi = translate_core(message)
            for english in ("The ", "They ", "It was", "Nothing"):
                assert english not in hindi, hindi
    finally:
        translations.install(app, "en")


@pytest.mark.parametrize("written", ["²", "9" * 400, "-5", "１２"])
def test_a_hand_edited_settings_file_falls_back_to_the_defaults(qapp, written):
    """'²' is a digit to str.isdigit but not to int(): the settings file is
    read without raising, whatever a hand edit left in it."""
    from otp_desktop.traffic.log import DEFAULT_CAPACITY
    from otp_desktop.ui.settings import DEFAULT_RETENTION_DAYS, UiSettings

    path = config_dir() / "ui.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"[inspector]\ncapacity={written}\n[history]\nretention_days={written}\n", encoding="utf-8"
    )
    settings = UiSettings()
    assert settings.inspector_capacity == DEFAULT_CAPACITY
    assert settings.history_retention_days == DEFAULT_RETENTION_DAYS
