"""Environments in the window: selector, dialog, production guard, JWT checks,
no-keyring notice, transport refusal."""

from __future__ import annotations

import json
import time

import jwt
import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
)

from otp_desktop.api import Credentials
from otp_desktop.flow import Step
from otp_desktop.profiles.book import EnvironmentBook
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.sharing import export_environments
from otp_desktop.profiles.store import ProfileStore
from tests.qt_fixtures import close_window, make_window
from tests.sandbox_helpers import credentials, dev_get
from tests.test_ui_onboarding import error_text, type_phone


def saved_env(sandbox, name="Prod", production=True, **changes) -> Environment:
    creds = credentials(sandbox.base_url, user="prod-user")
    env = Environment(
        name=name, base_url=sandbox.base_url, credentials=creds, production=production
    )
    for key, value in changes.items():
        setattr(env, key, value)
    return env


@pytest.fixture
def open_window(qtbot, loop, sandbox, ui_clock):
    opened = []

    def opener(*envs: Environment, active: str = "Sandbox"):
        store = ProfileStore(SecretVault())
        store.save(list(envs), active)
        win = make_window(sandbox.base_url, ui_clock)
        opened.append(win)
        win.show()
        qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
        return win

    yield opener
    for win in opened:
        close_window(qtbot, win)


def select(qtbot, win, name: str) -> None:
    selector = win.findChild(QComboBox, "profileSelector")
    index = selector.findData(name)
    assert index >= 0, name
    selector.setCurrentIndex(index)
    selector.activated.emit(index)


def answer_if_asked(qtbot, win) -> None:
    qtbot.wait(50)
    if confirm_box(win) is not None:
        answer(qtbot, win, True)


def confirm_box(win) -> QMessageBox | None:
    boxes = [b for b in win.findChildren(QMessageBox, "confirmDialog") if b.isVisible()]
    return boxes[-1] if boxes else None


def answer(qtbot, win, yes: bool) -> None:
    qtbot.waitUntil(lambda: confirm_box(win) is not None, timeout=3000)
    box = confirm_box(win)
    button = box.findChild(QPushButton, "confirmYesButton" if yes else "confirmNoButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: confirm_box(win) is None, timeout=3000)


def test_production_banner_and_first_send_confirmation(qtbot, open_window, sandbox):
    win = open_window(saved_env(sandbox))
    banner = win.findChild(QLabel, "productionBanner")
    assert not banner.isVisible()
    select(qtbot, win, "Prod")
    qtbot.waitUntil(
        lambda: win.environment_name() == "Prod" and win.connection is not None, timeout=5000
    )
    assert banner.isVisible()
    assert "PRODUCTION" in banner.text()
    assert "Prod" in win.findChild(QLabel, "environmentLabel").text()

    type_phone(qtbot, win, "9876543219")
    win.findChild(QPushButton, "sendCodeButton").click()
    qtbot.waitUntil(lambda: confirm_box(win) is not None, timeout=3000)
    assert "PRODUCTION" in confirm_box(win).text()
    answer(qtbot, win, yes=False)
    assert sandbox.state.otp.messages() == []  # nothing was sent
    win.findChild(QPushButton, "sendCodeButton").click()
    answer(qtbot, win, yes=True)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    assert len(sandbox.state.otp.messages()) == 1
    # The next onboarding asks again.
    win.view.next_user()
    type_phone(qtbot, win, "9999900001")
    win.findChild(QPushButton, "sendCodeButton").click()
    qtbot.waitUntil(lambda: confirm_box(win) is not None, timeout=3000)
    answer(qtbot, win, yes=False)


def test_switching_mid_flow_asks_first(qtbot, open_window, sandbox):
    win = open_window(saved_env(sandbox, name="Staging", production=False))
    type_phone(qtbot, win, "9876543219")
    win.findChild(QPushButton, "sendCodeButton").click()
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    select(qtbot, win, "Staging")
    answer(qtbot, win, yes=False)
    assert win.environment_name() == "Sandbox"
    assert win.findChild(QComboBox, "profileSelector").currentData() == "Sandbox"
    assert win.view.flow.step is Step.CODE
    select(qtbot, win, "Staging")
    answer(qtbot, win, yes=True)
    qtbot.waitUntil(
        lambda: win.environment_name() == "Staging" and win.connection is not None, timeout=5000
    )
    assert win.view.flow.step is Step.PHONE
    assert ProfileStore(SecretVault()).load().active == "Staging"


def test_expired_jwt_asks_and_malformed_jwt_is_refused(qtbot, open_window, sandbox):
    expired = jwt.encode(
        {"user_id": "u1", "exp": int(time.time()) - 7200}, "k" * 32, algorithm="HS256"
    )
    old = saved_env(sandbox, name="Old", production=False)
    old.credentials = Credentials(old.credentials.client_id, old.credentials.client_secret, expired)
    broken = saved_env(sandbox, name="Broken", production=False)
    broken.credentials = Credentials(
        broken.credentials.client_id, broken.credentials.client_secret, "not-a-jwt"
    )
    win = open_window(old, broken)

    select(qtbot, win, "Broken")
    qtbot.waitUntil(
        lambda: win.environment_name() == "Broken" and win.connection is not None, timeout=5000
    )
    assert "not usable" in win.findChild(QLabel, "jwtStatusLabel").text()
    type_phone(qtbot, win, "9876543219")
    win.findChild(QPushButton, "sendCodeButton").click()
    assert "Nothing was sent" in error_text(win)
    assert "three parts" in error_text(win)
    assert len(win.exchanges) == 0

    select(qtbot, win, "Old")
    qtbot.waitUntil(
        lambda: win.environment_name() == "Old" and win.connection is not None, timeout=5000
    )
    type_phone(qtbot, win, "9876543219")
    win.findChild(QPushButton, "sendCodeButton").click()
    qtbot.waitUntil(lambda: confirm_box(win) is not None, timeout=3000)
    assert "expired 2 h ago" in confirm_box(win).text()
    answer(qtbot, win, yes=True)
    # The sandbox refuses the expired token; the app says so in plain words.
    qtbot.waitUntil(lambda: "did not accept the credentials" in error_text(win), timeout=5000)


def test_plain_http_to_a_remote_host_is_refused_before_any_request(qtbot, open_window, sandbox):
    remote = Environment(
        name="Remote", base_url="http://rewards.example.com", credentials=Credentials("c", "s", "")
    )
    win = open_window(remote)
    select(qtbot, win, "Remote")
    qtbot.waitUntil(lambda: "Plain http://" in error_text(win), timeout=5000)
    # The failed switch keeps the environment that worked, and says so everywhere.
    assert win.connection is not None
    assert win.connection.environment.name == "Sandbox"
    assert win.book is not None
    assert win.book.active == "Sandbox"
    assert win.findChild(QComboBox, "profileSelector").currentData() == "Sandbox"
    assert "Sandbox" in win.findChild(QLabel, "environmentLabel").text()
    assert len(win.exchanges) == 0


def test_no_keyring_backend_shows_a_notice_where_secrets_matter(qtbot, open_window, sandbox):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    win = open_window(saved_env(sandbox, "Staging", production=False))
    notice = win.findChild(QLabel, "keyringNotice")
    last = win.findChild(QLabel, "lastRequestLabel")
    # The built-in sandbox keeps no secret: nothing to warn about.
    type_phone(qtbot, win, "9999900001")
    qtbot.mouseClick(win.findChild(QPushButton, "sendCodeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "register" in last.text(), timeout=5000)
    assert not notice.isVisible()
    select(qtbot, win, "Staging")
    answer_if_asked(qtbot, win)
    qtbot.waitUntil(
        lambda: win.connection is not None and win.connection.environment.name == "Staging",
        timeout=5000,
    )
    qtbot.waitUntil(notice.isVisible, timeout=3000)
    assert "memory only" in notice.text()
    # The status bar no longer shows the sandbox's last request.
    assert "register" not in last.text()


def test_dialog_adds_an_environment_and_keeps_secrets_out_of_the_file(
    qtbot, open_window, sandbox, memory_keyring
):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = open_window()
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.list.count() == 1  # the built-in Sandbox
    assert not dialog.delete_button.isEnabled()
    assert not dialog.duplicate_button.isEnabled()  # a trial's click did nothing
    dialog.add_button.click()
    creds = credentials(sandbox.base_url, user="form-user")
    form = dialog.form
    for edit, text in (
        (form.name, "QA"),
        (form.base_url, sandbox.base_url),
        (form.client_id, creds.client_id),
        (form.client_secret, creds.client_secret),
        (form.user_jwt, creds.user_jwt),
    ):
        edit.setText(text)
        edit.textEdited.emit(text)
    assert "form-user" in form.jwt_info.text()
    assert "expires in" in form.jwt_info.text()
    dialog.box.button(dialog.box.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: win.findChild(QComboBox, "profileSelector").findData("QA") >= 0, timeout=3000
    )
    config = ProfileStore(SecretVault()).path.read_text()
    assert "QA" in config
    assert creds.client_secret not in config
    assert creds.user_jwt not in config
    assert creds.client_secret in memory_keyring.store.values()


def test_dialog_refuses_insecure_url_and_duplicates_names(qtbot, open_window):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = open_window()
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    dialog.add_button.click()
    dialog.form.base_url.setText("http://rewards.example.com")
    dialog.form.base_url.textEdited.emit("http://rewards.example.com")
    save = dialog.box.button(dialog.box.StandardButton.Save)
    assert not save.isEnabled()
    assert "Plain http://" in dialog.form.problem.text()
    dialog.form.verify_tls.setChecked(False)
    assert dialog.form.tls_warning.isVisible()
    dialog.form.base_url.setText("https://rewards.example.com")
    dialog.form.base_url.textEdited.emit("https://rewards.example.com")
    assert save.isEnabled()
    dialog.duplicate_button.click()
    assert dialog.list.count() == 3
    assert dialog.items[1].name == "New environment 2"
    dialog.delete_button.click()
    assert dialog.list.count() == 2


def test_import_asks_before_overwriting(qtbot, open_window, sandbox, tmp_path):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    mine = saved_env(sandbox, name="Staging", production=False)
    win = open_window(mine)
    shared = tmp_path / "team.json"
    export_environments(
        [
            Environment(name="Staging", base_url="https://staging.new.example"),
            Environment(name="UAT", base_url="https://uat.example"),
        ],
        shared,
    )
    assert mine.credentials.client_secret.encode() not in shared.read_bytes()
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    dialog.import_from(shared)
    qtbot.waitUntil(lambda: confirm_box(dialog) is not None, timeout=3000)
    assert "Staging" in confirm_box(dialog).text()
    answer(qtbot, dialog, yes=True)
    names = {e.name: e for e in dialog.items}
    assert set(names) == {"Staging", "UAT"}
    assert names["Staging"].base_url == "https://staging.new.example"
    assert names["Staging"].credentials.client_secret == mine.credentials.client_secret
    assert names["Staging"].id == mine.id


def test_bad_import_file_is_explained(qtbot, open_window, tmp_path):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = open_window()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": "otp-desktop-environments", "environments": [{"name": 5}]})
    )
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    dialog.import_from(bad)
    assert "problem" in dialog.form.problem.text()
    assert len(dialog.items) == 0


def test_deeply_nested_import_file_is_explained_and_the_dialog_keeps_working(
    qtbot, open_window, tmp_path
):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = open_window()
    deep = tmp_path / "deep.json"
    deep.write_bytes(b'{"format": "otp-desktop-environments", "environments": ' + b"[" * 100_000)
    before = deep.read_bytes()
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    count = len(dialog.items)
    dialog.import_from(deep)
    assert dialog.form.problem.text() == "The file's JSON is nested too deeply."
    assert len(dialog.items) == count
    assert deep.read_bytes() == before
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"format": "otp-desktop-environments", "environments": [{"name": "UAT"}]})
    )
    dialog.import_from(good)
    assert "UAT" in [env.name for env in dialog.items]


def test_clipboard_untouched_by_environment_work(qtbot, open_window):
    QApplication.clipboard().setText("keep me")
    open_window()
    assert QApplication.clipboard().text() == "keep me"
    assert EnvironmentBook  # the module loads without Qt-only imports


# --- saving the dialog keeps the agent's work ----------------------------------


def _open_dialog_by_keyboard(qtbot, win):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win.activateWindow()  # as a window manager does once a dialog closes
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    focused = QApplication.focusWidget() or win
    qtbot.keyClick(focused, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    def shown() -> list[EnvironmentsDialog]:
        return [d for d in win.findChildren(EnvironmentsDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=3000)
    return shown()[0]


def _close_dialog(qtbot, dialog, button) -> None:
    qtbot.mouseClick(dialog.box.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def _add_unrelated_environment(qtbot, win, button) -> None:
    dialog = _open_dialog_by_keyboard(qtbot, win)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.form.base_url.setText("https://other.example.com")
    dialog.form.base_url.textEdited.emit("https://other.example.com")
    _close_dialog(qtbot, dialog, button)


def _add_fault_in_panel(qtbot, win) -> None:
    panel = win.sandbox_panel
    panel.show()
    qtbot.mouseClick(panel.findChild(QPushButton, "addFaultButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.active_faults.count() == 1, timeout=3000)


@pytest.mark.parametrize(
    "button", [QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel]
)
def test_the_dialog_keeps_the_typed_number_its_error_and_the_faults(
    qtbot, open_window, sandbox, button
):
    win = open_window()
    connection = win.connection
    _add_fault_in_panel(qtbot, win)
    type_phone(qtbot, win, "98765")
    problem = win.findChild(QLabel, "phoneProblem")
    assert "Too short" in problem.text()

    _add_unrelated_environment(qtbot, win, button)
    selector = win.findChild(QComboBox, "profileSelector")
    saved = button is QDialogButtonBox.StandardButton.Save
    qtbot.waitUntil(lambda: (selector.count() == 2) is saved, timeout=3000)
    qtbot.wait(50)  # a reconnection, had one started, would have cleared the step
    assert win.connection is connection
    assert win.view.phone_page.phone.text() == "98765"
    assert "Too short" in problem.text()
    assert win.sandbox_panel.active_faults.count() == 1
    assert len(dev_get(sandbox.base_url, "faults")["faults"]) == 1


def test_the_dialog_keeps_the_code_step_and_its_error(qtbot, open_window, sandbox):
    win = open_window()
    win.settings.auto_submit = False
    type_phone(qtbot, win, "9999900001")
    win.findChild(QPushButton, "sendCodeButton").click()
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    auth_code = win.view.flow.auth_code
    otp = win.view.code_page.otp
    otp.setFocus()
    qtbot.keyClicks(otp, "000000")
    qtbot.keyClick(otp, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error_text(win) != "", timeout=5000)
    error = error_text(win)

    _add_unrelated_environment(qtbot, win, QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: win.findChild(QComboBox, "profileSelector").count() == 2, timeout=3000)
    qtbot.wait(50)
    assert confirm_box(win) is None  # nothing to ask: the active environment is as it was
    assert win.view.flow.step is Step.CODE
    assert win.view.flow.auth_code == auth_code
    assert error_text(win) == error


def _edit_active_read_timeout(qtbot, win) -> None:
    dialog = _open_dialog_by_keyboard(qtbot, win)
    dialog.list.setCurrentRow(1)  # Staging, after the built-in Sandbox
    dialog.form.read_timeout.setValue(dialog.form.read_timeout.value() + 1)
    _close_dialog(qtbot, dialog, QDialogButtonBox.StandardButton.Save)


def test_editing_the_active_environment_asks_before_abandoning_an_onboarding(
    qtbot, open_window, sandbox
):
    win = open_window(saved_env(sandbox, name="Staging", production=False), active="Staging")
    read = win.connection.environment.timeouts.read
    type_phone(qtbot, win, "9876543219")
    win.findChild(QPushButton, "sendCodeButton").click()
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    connection = win.connection

    _edit_active_read_timeout(qtbot, win)
    answer(qtbot, win, yes=False)
    assert win.connection is connection
    assert win.view.flow.step is Step.CODE

    _edit_active_read_timeout(qtbot, win)
    answer(qtbot, win, yes=True)
    qtbot.waitUntil(lambda: win.connection not in (None, connection), timeout=5000)
    assert win.view.flow.step is Step.PHONE
    assert win.connection.environment.timeouts.read == read + 2

    # With no onboarding under way there is nothing to lose: no question.
    connection = win.connection
    _edit_active_read_timeout(qtbot, win)
    qtbot.waitUntil(lambda: win.connection not in (None, connection), timeout=5000)
    assert confirm_box(win) is None


def test_the_builtin_sandbox_shows_its_live_credentials_read_only(qtbot, open_window, sandbox):
    from PySide6.QtWidgets import QToolButton

    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = open_window()
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    form = dialog.form
    secret = sandbox.server.state.authority.client_secret
    # Read-only, and said to be managed by the sandbox.
    assert not form.client_id.isEnabled()
    assert not form.client_secret.isEnabled()
    assert not form.user_jwt.isEnabled()
    assert form.managed.isVisible()
    assert form.client_id.text() == "sandbox-client"
    assert sandbox.base_url in form.base_url.text()
    # The JWT's status agrees with the status bar's.
    status = win.findChild(QLabel, "jwtStatusLabel").text()
    assert "expires in 23 h" in status or "expires in 1 day" in status
    assert status.removeprefix("JWT ") in form.jwt_info.text()
    assert "No user JWT" not in form.jwt_info.text()
    # The secret a copied cURL needs: masked, shown on request, copyable.
    assert form.client_secret.echoMode() == form.client_secret.EchoMode.Password
    dialog.findChild(QToolButton, "envClientSecretReveal").click()
    assert form.client_secret.echoMode() == form.client_secret.EchoMode.Normal
    dialog.findChild(QToolButton, "envClientSecretCopy").click()
    assert QApplication.clipboard().text() == secret
    # And the JWT, which the copied cURL's $OTP_USER_JWT needs.
    jwt_copy = dialog.findChild(QToolButton, "envUserJwtCopy")
    assert jwt_copy.isVisible()
    assert jwt_copy.isEnabled()
    jwt_copy.click()
    jwt = QApplication.clipboard().text()
    assert jwt == form.user_jwt.text()
    assert jwt.count(".") == 2
    # A saved environment is editable and offers no copy of its secret.
    dialog.add_button.click()
    assert form.client_secret.isEnabled()
    assert not form.managed.isVisible()
    assert not dialog.findChild(QToolButton, "envClientSecretCopy").isVisible()
    assert not dialog.findChild(QToolButton, "envUserJwtCopy").isVisible()
    dialog.reject()
