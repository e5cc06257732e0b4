"""Hostile answers, odd secrets and proxies through the real window: plain
words in the window, never the crash dialog, and the window keeps working."""

from __future__ import annotations

import json
import time

import jwt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from otp_desktop.api import Credentials, Timeouts
from otp_desktop.profiles.book import EnvironmentBook
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.store import ProfileStore
from otp_desktop.ui.shell.main_window import MainWindow
from tests.hostile_server import Answer, HostileServer
from tests.loopback_proxy import LoopbackProxy
from tests.qt_fixtures import close_window, make_window
from tests.test_ui_onboarding import error_text, type_phone

DEEP = b"[" * 100_000 + b"]" * 100_000
USER_JWT = jwt.encode(
    {"sub": "u1", "exp": int(time.time()) + 3600}, "hostile-window-key-of-32-bytes!!", "HS256"
)


@pytest.fixture
def crashes(monkeypatch):
    """Every call of the crash dialog, recorded instead of shown."""
    seen: list[BaseException] = []
    monkeypatch.setattr(MainWindow, "report_unexpected", lambda _self, exc: seen.append(exc))
    return seen


@pytest.fixture
def hostile():
    with HostileServer() as server:
        yield server


@pytest.fixture
def hostile_window(qtbot, loop, sandbox, ui_clock, hostile):
    env = Environment(
        "Hostile",
        hostile.base_url,
        Credentials("client-1", "window-secret-1", USER_JWT),
        timeouts=Timeouts(connect=2, read=5, write=2, total=2.5),
    )
    store = ProfileStore(SecretVault())
    store.save([env], "Hostile")
    win = make_window(sandbox.base_url, ui_clock, EnvironmentBook.load(store))
    win.show()
    qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
    yield win
    close_window(qtbot, win)


def press_send(qtbot, win) -> None:
    type_phone(qtbot, win, "9876543219")
    button = win.findChild(QPushButton, "sendCodeButton")
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (Answer(body=DEEP), "its answer cannot be read"),  # a 200: accepted
        (Answer(status=400, body=DEEP), "refused the request"),
        (Answer(status=429, headers={"Retry-After": "9" * 400}), "Too many requests"),
        (Answer(status=429, headers={"Retry-After": "²"}), "Too many requests"),
        (Answer(body=b'{"authCode": "1234", "isNewUser": true}', drip_s=1.0), "too slow"),
    ],
    ids=["deep-200", "deep-400", "retry-after-nines", "retry-after-superscript", "drip"],
)
def test_hostile_answers_show_plain_words_and_no_crash_dialog(
    qtbot, hostile_window, hostile, crashes, answer, words, ui_clock
):
    win = hostile_window
    hostile.answer = answer
    press_send(qtbot, win)
    qtbot.waitUntil(lambda: words in error_text(win), timeout=10_000)
    assert crashes == []
    wait = win.view.flow.code_wait()
    assert wait <= 3600  # an absurd Retry-After is capped, never years
    # The window keeps working: once the (capped) wait is over, the same
    # action with a good answer goes on.
    ui_clock.now += wait + 1
    hostile.answer = Answer(body=b'{"authCode": "1234", "isNewUser": true}')
    button = win.findChild(QPushButton, "sendCodeButton")
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    button.click()
    qtbot.waitUntil(lambda: win.view.code_page.isVisible(), timeout=10_000)
    assert crashes == []


@pytest.mark.parametrize("balance", [b"1e999", b"NaN"])
def test_a_non_finite_balance_is_a_bad_answer_in_the_wallet(
    qtbot, hostile_window, hostile, crashes, balance
):
    win = hostile_window
    hostile.answer = Answer(
        body=b'{"wallet_address": "0xabc", "earned_balance": '
        + balance
        + b', "minWalletBalToWithdraw": 100}'
    )
    win.show_wallet()
    qtbot.waitUntil(
        lambda: "does not understand" in win.wallet.error_panel.message.text(), timeout=10_000
    )
    assert not win.wallet.withdraw_button.isEnabled()
    # Nothing was read: the list does not claim there are no transactions.
    assert win.wallet.empty.isHidden()
    assert crashes == []


def test_the_window_reaches_the_sandbox_whatever_proxy_the_system_sets(
    qtbot, loop, sandbox, ui_clock, monkeypatch, crashes
):
    with LoopbackProxy() as proxy:  # answers 502 to anything but CONNECT
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy"):
            monkeypatch.setenv(name, proxy.url)
        win = make_window(sandbox.base_url, ui_clock)
        win.show()
        try:
            qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
            press_send(qtbot, win)
            qtbot.waitUntil(lambda: win.view.code_page.isVisible(), timeout=10_000)
        finally:
            close_window(qtbot, win)
    assert proxy.request_lines == []
    assert crashes == []


def test_the_form_trims_a_pasted_secret_with_a_note_and_refuses_odd_characters(
    qtbot, hostile_window, memory_keyring
):
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    win = hostile_window
    win.manage_environments()
    dialog = win.findChild(EnvironmentsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.list.setCurrentRow(1)
    form = dialog.form
    save = dialog.box.button(dialog.box.StandardButton.Save)

    def type_secret(text: str) -> None:
        form.client_secret.setText(text)
        form.client_secret.textEdited.emit(text)

    type_secret("sécret-from-mail")
    assert "client secret contains a character that cannot be sent" in form.problem.text()
    assert "sécret" not in form.problem.text()
    assert not save.isEnabled()
    type_secret("  pasted-secret-42\n")
    assert form.notice.isVisible()
    assert "around the client secret were removed" in form.notice.text()
    assert form.problem.text() == ""
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert "pasted-secret-42" in memory_keyring.store.values()


def test_timeouts_and_proxy_fields_round_trip_through_the_config_file(qtbot, hostile_window):
    from otp_desktop.profiles.plain_fields import from_plain, to_plain

    env = Environment(
        "P", "https://x.example.com", timeouts=Timeouts(3, 30, 7, 90), proxy="http://corp:3128"
    )
    back = from_plain(json.loads(json.dumps(to_plain(env))))
    assert back.timeouts == Timeouts(3, 30, 7, 90)
    assert back.proxy == "http://corp:3128"


def test_the_new_plain_words_read_in_hindi_sentence_by_sentence(qapp):
    from PySide6.QtCore import QCoreApplication

    from otp_desktop.api.credentials import (
        FIELD_LABELS,
        CredentialProblem,
        check_credentials,
        header_value_problem,
        trimmed_note,
    )
    from otp_desktop.api.errors import ServerTooSlowError, TlsError
    from otp_desktop.api.proxies import ProxyProblem, check_proxy_url
    from otp_desktop.api.transport_errors import _TLS_PROBLEMS, unknown_outcome
    from otp_desktop.ui import translations
    from otp_desktop.ui.core_text import _SPLIT, translate_core

    messages = [TlsError().user_message, ServerTooSlowError().user_message]
    messages += [message for _, message in _TLS_PROBLEMS]
    messages.append(unknown_outcome(ServerTooSlowError.user_message, True))
    for label in FIELD_LABELS.values():
        messages += [header_value_problem(label, "ab\x00"), trimmed_note(label)]
    for name in FIELD_LABELS:
        with pytest.raises(CredentialProblem) as refused:
            check_credentials(Credentials(**{name: " padded-value"}))
        messages.append(str(refused.value))
    with pytest.raises(ProxyProblem) as info:
        check_proxy_url("ftp://x")
    messages.append(str(info.value))
    app = QCoreApplication.instance()
    assert translations.install(app, "hi")
    try:
        for message in messages:
            for sentence in _SPLIT.split(message):
                assert translate_core(sentence) != sentence, sentence
    finally:
        translations.install(app, "en")


def test_a_stored_secret_with_a_line_break_is_trimmed_with_a_note_in_the_status_bar(
    qtbot, loop, sandbox, ui_clock, hostile, crashes
):
    env = Environment(
        "Kept", hostile.base_url, Credentials("client-1", "kept-secret-7\n", USER_JWT)
    )
    store = ProfileStore(SecretVault())
    store.save([env], "Kept")
    win = make_window(sandbox.base_url, ui_clock, EnvironmentBook.load(store))
    win.show()
    try:
        qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
        assert "client secret were removed" in win.statusBar().currentMessage()
        press_send(qtbot, win)
        qtbot.waitUntil(lambda: bool(hostile.received), timeout=10_000)
        assert hostile.received[0].headers["clientsecret"] == "kept-secret-7"
    finally:
        close_window(qtbot, win)
    assert crashes == []
