"""Errors, cancel and double submission in the window, against the real sandbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from otp_desktop.flow import Step
from tests.sandbox_helpers import add_fault, clear_faults, latest_message
from tests.test_ui_onboarding import enter_code, error_text, send, type_phone


def click(qtbot, win, name: str) -> None:
    qtbot.mouseClick(win.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def start_send(qtbot, win, number: str = "9876543219") -> None:
    type_phone(qtbot, win, number)
    qtbot.waitUntil(win.findChild(QPushButton, "sendCodeButton").isEnabled)
    click(qtbot, win, "sendCodeButton")


def test_server_500_then_retry_without_retyping(qtbot, window, sandbox, capfd):
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="status", status=500, count=1)
    start_send(qtbot, win)
    qtbot.waitUntil(lambda: "server had a problem" in error_text(win), timeout=5000)
    details = win.findChild(QPlainTextEdit, "errorDetails")
    assert "HTTP 500" in details.toPlainText()
    assert not details.isVisible()
    win.view.error_panel.details_button.click()
    assert details.isVisible()
    assert win.view.flow.step is Step.PHONE
    assert win.view.phone_page.phone.text() == "98765 43219"
    click(qtbot, win, "retryButton")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    assert not win.findChild(QLabel, "errorMessage").isVisible()
    assert "Traceback" not in capfd.readouterr().err


def test_server_unreachable(qtbot, window, sandbox, capfd):
    win = window
    sandbox.stop()
    start_send(qtbot, win)
    qtbot.waitUntil(lambda: "could not be reached" in error_text(win), timeout=8000)
    assert win.findChild(QPushButton, "retryButton").isVisible()
    assert win.view.flow.busy is None
    assert "Traceback" not in capfd.readouterr().err


def test_timeout_says_so_and_recovers(qtbot, window, sandbox):
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="hang", count=1)
    start_send(qtbot, win)
    qtbot.waitUntil(lambda: "did not answer in time" in error_text(win), timeout=8000)
    assert "may or may not have been processed" in error_text(win)
    click(qtbot, win, "retryButton")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_really_cancels_the_request(qtbot, window, sandbox, how):
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="hang")
    start_send(qtbot, win)
    cancel = win.findChild(QPushButton, "cancelButton")
    qtbot.waitUntil(cancel.isVisible, timeout=3000)
    assert win.view.phone_page.send_button.text() == "Sending…"
    if how == "button":
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Escape)
    # The runner forgets the task in its done callback, a loop turn after the flow.
    qtbot.waitUntil(lambda: win.view.flow.busy is None and win.tasks.current is None, timeout=3000)
    assert not cancel.isVisible()
    assert win.view.flow.step is Step.PHONE
    assert "Cancelled" in win.findChild(QLabel, "noticeLabel").text()
    clear_faults(sandbox.base_url)
    click(qtbot, win, "sendCodeButton")
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)


def test_window_stays_responsive_while_a_request_hangs(qtbot, window, sandbox):
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="latency", latency_ms=800, count=1)
    start_send(qtbot, win)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    timer.stop()
    assert len(ticks) >= 20  # the loop kept turning during the 0.8 s wait


def test_rapid_clicks_and_enter_send_one_request_each(wire, qtbot, window, sandbox):
    win = window
    type_phone(qtbot, win, "9876543219")
    button = win.findChild(QPushButton, "sendCodeButton")
    qtbot.waitUntil(button.isEnabled)
    add_fault(sandbox.base_url, endpoint="*", kind="latency", latency_ms=200)
    for _ in range(10):
        button.click()
        qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    assert wire.count("/register") == 1  # at the wire: the cooldown would hide a second
    otp = latest_message(sandbox.base_url)["otp"]
    win.settings.auto_submit = False
    enter_code(qtbot, win, otp)
    verify = win.findChild(QPushButton, "verifyButton")
    for _ in range(10):
        verify.click()
        qtbot.keyClick(win.view.code_page.otp, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    assert wire.count("/verify") == 1


def test_unexpected_response_is_explained(qtbot, window, sandbox):
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="html", count=1)
    start_send(qtbot, win)
    qtbot.waitUntil(lambda: "502" in error_text(win), timeout=5000)
    assert "Bad Gateway" in win.findChild(QPlainTextEdit, "errorDetails").toPlainText()
    add_fault(sandbox.base_url, endpoint="register", kind="wrong_shape", count=1)
    click(qtbot, win, "retryButton")
    # A 200 whose shape is wrong was accepted: said so, and no blind Retry.
    qtbot.waitUntil(lambda: "its answer cannot be read" in error_text(win), timeout=5000)
    send(qtbot, win)


def test_rapid_resend_clicks_send_one_request(wire, qtbot, window, sandbox, advance):
    win = window
    send(qtbot, win)
    advance(31)
    resend = win.findChild(QPushButton, "resendButton")
    qtbot.waitUntil(resend.isEnabled, timeout=3000)
    add_fault(sandbox.base_url, endpoint="resend", kind="latency", latency_ms=200)
    for _ in range(20):
        resend.click()
        win.view.resend()
    qtbot.waitUntil(lambda: win.view.flow.resends == 1 and win.view.flow.busy is None, timeout=5000)
    assert (wire.count("/register"), wire.count("/resend")) == (1, 1)


def test_a_huge_line_in_the_details_is_cut_with_a_pointer_to_the_inspector(window):
    """A trial's 100,000-deep JSON answer showed as one endless line of brackets."""
    panel = window.view.error_panel
    panel.show_error(
        "The server's answer could not be read.", "HTTP 400\n" + "[" * 100_000, can_retry=False
    )
    text = panel.details.toPlainText()
    assert text.startswith("HTTP 400\n[[[")
    assert len(text) < 2200
    assert "98,000 more characters: the whole answer is in the request inspector" in text


def test_while_a_code_is_checked_the_focus_stays_in_the_boxes_and_keys_change_nothing(
    wire, qtbot, window, sandbox
):
    """Disabled while checking, the boxes sent the focus to the next widget
    (the sandbox panel's tabs): the next try was typed there."""
    win = window
    win.settings.auto_submit = True
    send(qtbot, win)
    otp = win.view.code_page.otp
    qtbot.waitUntil(otp.hasFocus, timeout=2000)
    add_fault(sandbox.base_url, endpoint="verify", kind="latency", latency_ms=600, count=1)
    qtbot.keyClicks(otp, "000000")  # completion submits
    qtbot.waitUntil(lambda: win.view.flow.busy is not None, timeout=2000)
    qtbot.keyClicks(otp, "12")
    qtbot.keyClick(otp, Qt.Key.Key_Backspace)
    qtbot.keyClick(otp, Qt.Key.Key_Return)
    assert otp.hasFocus()
    assert otp.code() == "000000"
    qtbot.waitUntil(lambda: win.view.flow.busy is None, timeout=5000)
    assert otp.hasFocus()
    assert wire.count("/verify") == 1
    enter_code(qtbot, win, latest_message(sandbox.base_url)["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)


@pytest.mark.parametrize("endpoint", ["register", "verify"])
def test_an_accepted_answer_that_cannot_be_read_offers_no_retry(
    wire, qtbot, window, sandbox, endpoint
):
    """Seen in a trial: a 201 verify with a wrong shape said "server problem"
    and offered Retry, which would send a spent code (or a second SMS)."""
    win = window
    win.settings.auto_submit = False
    if endpoint == "verify":
        send(qtbot, win)
    add_fault(sandbox.base_url, endpoint=endpoint, kind="wrong_shape", count=1)
    if endpoint == "verify":
        enter_code(qtbot, win, latest_message(sandbox.base_url)["otp"])
        win.view.verify()
        words = "The number may well be verified"
    else:
        type_phone(qtbot, win, "9876543219")
        click(qtbot, win, "sendCodeButton")
        words = "A code may still arrive by SMS"
    qtbot.waitUntil(lambda: words in error_text(win), timeout=5000)
    assert "accepted" in error_text(win)
    assert win.view.flow.retry_action() is None
    assert not win.findChild(QPushButton, "retryButton").isVisible()
    win.view.retry()
    assert wire.count(f"/{endpoint}") == 1
