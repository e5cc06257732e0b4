"""The onboarding window driven through its real widgets against the sandbox."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from otp_desktop.flow import Step
from otp_desktop.flow.waits import Limited
from tests.sandbox_helpers import add_fault, clear_faults, latest_message, set_rules, wrong_code


def type_phone(qtbot, win, text: str) -> None:
    phone = win.view.phone_page.phone
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, text)


def send(qtbot, win, number: str = "9876543219") -> None:
    type_phone(qtbot, win, number)
    button = win.findChild(QPushButton, "sendCodeButton")
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)


def test_happy_path(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    msg = latest_message(sandbox.base_url)
    code_page = win.view.code_page
    assert "+91 98765 43219" in code_page.title.text()
    assert msg["authCode"] in win.findChild(QLabel, "authCodeLabel").text()
    qtbot.keyClicks(code_page.otp, msg["otp"])  # completion auto-submits
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    # The outcome in the app's words, the server's own message beneath it.
    assert win.findChild(QLabel, "resultOutcome").text() == "+91 98765 43219 is verified."
    result = win.findChild(QLabel, "resultMessage").text()
    assert result == "The server said: “successfully verified OTP & identity-associated”"
    copied = win.findChild(QLabel, "summaryCopiedLabel")
    assert copied.text() == ""
    qtbot.mouseClick(win.findChild(QPushButton, "copySummaryButton"), Qt.MouseButton.LeftButton)
    assert copied.text() == "Copied"
    summary = QApplication.clipboard().text()
    assert "verified" in summary
    assert "+91 ******3219" in summary
    assert "9876543219" not in summary
    assert "Sandbox" in summary


def otp_of(win):
    return win.view.code_page.otp


def error_text(win) -> str:
    label = win.findChild(QLabel, "errorMessage")
    return label.text() if label.isVisible() else ""


def enter_code(qtbot, win, code: str) -> None:
    otp = otp_of(win)
    otp.setFocus()
    qtbot.keyClicks(otp, code)


def test_wrong_code_then_right_code(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    otp = latest_message(sandbox.base_url)["otp"]
    enter_code(qtbot, win, wrong_code(otp))
    qtbot.waitUntil(lambda: "The code is wrong" in error_text(win), timeout=5000)
    assert "4 attempts left" in win.findChild(QLabel, "codeStatus").text()
    assert otp_of(win).code() == ""  # cleared, ready for the next try
    assert not win.findChild(QPushButton, "retryButton").isVisible()
    enter_code(qtbot, win, otp)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)


def test_burnt_code_leads_to_a_new_code_and_a_verified_user(wire, qtbot, window, sandbox, advance):
    """What was seen 1: Resend answered NO_PENDING_CODE and only Change number got out."""
    win = window
    send(qtbot, win)
    otp = latest_message(sandbox.base_url)["otp"]
    for left in (4, 3, 2, 1):
        enter_code(qtbot, win, wrong_code(otp))
        qtbot.waitUntil(lambda n=left: f"{n} attempt" in error_text(win), timeout=5000)
    enter_code(qtbot, win, wrong_code(otp))
    qtbot.waitUntil(lambda: "Too many wrong codes" in error_text(win), timeout=5000)
    resend = win.findChild(QPushButton, "resendButton")
    assert resend.accessibleName() == "Send a new code"
    assert not otp_of(win).isEnabled()
    assert not win.findChild(QPushButton, "verifyButton").isEnabled()
    assert "no longer works" in win.findChild(QLabel, "codeStatus").text()
    assert not win.findChild(QPushButton, "retryButton").isVisible()
    advance(20)
    qtbot.waitUntil(lambda: resend.text() == "Send a new code in 0:10", timeout=2000)
    assert not resend.isEnabled()
    advance(10)
    qtbot.waitUntil(resend.isEnabled, timeout=2000)
    qtbot.keyClick(resend, Qt.Key.Key_Return)  # Enter: the primary action now
    qtbot.waitUntil(lambda: win.view.flow.resends == 1, timeout=5000)
    assert otp_of(win).isEnabled()
    assert "5 attempts left" in win.findChild(QLabel, "codeStatus").text()
    enter_code(qtbot, win, latest_message(sandbox.base_url)["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    assert (wire.count("/register"), wire.count("/resend")) == (2, 0)
    win.view.next_user()
    row = win.session.history.search()[0]
    assert (row.outcome, row.resends) == ("verified", 1)


def test_expired_code_disables_the_boxes_and_a_new_code_recovers(
    wire, qtbot, window, sandbox, advance
):
    """What was seen 2: typing after expiry spent an attempt, then Resend failed."""
    win = window
    send(qtbot, win)
    otp = latest_message(sandbox.base_url)["otp"]
    status = win.findChild(QLabel, "codeStatus")
    qtbot.waitUntil(lambda: "Code valid for 5:00" in status.text())
    advance(300)
    qtbot.waitUntil(lambda: not otp_of(win).isEnabled(), timeout=2000)
    assert "The code has expired" in status.text()
    qtbot.keyClicks(otp_of(win), otp)
    qtbot.keyClick(otp_of(win), Qt.Key.Key_Return)
    win.view.verify()
    assert wire.count("/verify") == 0
    assert win.view.flow.attempts_left == 5  # expiry is not a wrong try
    resend = win.findChild(QPushButton, "resendButton")
    assert resend.isEnabled()
    assert resend.accessibleName() == "Send a new code"
    qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: otp_of(win).isEnabled(), timeout=5000)
    enter_code(qtbot, win, latest_message(sandbox.base_url)["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    assert (wire.count("/register"), wire.count("/verify")) == (2, 1)


def test_429_counts_down_and_holds_back_send_until_it_ends(wire, qtbot, window, sandbox, advance):
    """What was seen 3: "Wait 3 s" did not count down and Send code stayed enabled."""
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="status", status=429, retry_after=3)
    type_phone(qtbot, win, "9876543219")
    button = win.findChild(QPushButton, "sendCodeButton")
    qtbot.waitUntil(button.isEnabled)
    qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wait 0:03" in error_text(win), timeout=5000)
    clear_faults(sandbox.base_url)
    retry = win.findChild(QPushButton, "retryButton")
    assert not button.isEnabled()
    assert button.text() == "Send code in 0:03"
    assert not retry.isVisible()
    for _ in range(5):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Return)
        win.view.retry()
    assert wire.count("/register") == 1
    advance(1)
    qtbot.waitUntil(lambda: "Wait 0:02" in error_text(win), timeout=2000)
    assert button.text() == "Send code in 0:02"
    advance(2)
    qtbot.waitUntil(button.isEnabled, timeout=2000)  # no user action needed
    assert retry.isVisible()
    assert "The wait is over" in error_text(win)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    assert wire.count("/register") == 2


def test_one_callers_429_does_not_hold_back_the_next_caller(wire, qtbot, window, sandbox):
    """Seen in a trial: a 429 with an hour's Retry-After for one number kept
    Send code disabled for every other number until the app restarted."""
    win = window
    add_fault(
        sandbox.base_url, endpoint="register", kind="status", status=429, retry_after=3600, count=1
    )
    type_phone(qtbot, win, "9876500088")
    button = win.findChild(QPushButton, "sendCodeButton")
    qtbot.waitUntil(button.isEnabled)
    qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Too many requests" in error_text(win), timeout=5000)
    assert not button.isEnabled()
    send(qtbot, win, "9876500099")  # the next caller, at once
    assert wire.count("/register") == 2
    assert win.view.flow.target.international.endswith("00099")
    win.view.flow.next_user()
    type_phone(qtbot, win, "9876500088")  # the limited number is still held back
    qtbot.waitUntil(lambda: button.text().startswith("Send code in"), timeout=2000)
    assert not button.isEnabled()


def test_absurd_retry_after_says_try_again_later_with_the_clock_time(qtbot, window, sandbox):
    win = window
    add_fault(sandbox.base_url, endpoint="register", kind="status", status=429, retry_after=86400)
    type_phone(qtbot, win, "9876543219")
    qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Try again later, after" in error_text(win), timeout=5000)
    hold = win.view.flow.waits.hold(Limited.CODE, win.view.flow.target.number)
    assert time.strftime("%H:%M", time.localtime(hold.wall_until)) in error_text(win)
    assert win.view.flow.code_wait() == 3600  # capped at an hour
    assert not win.findChild(QPushButton, "sendCodeButton").isEnabled()


def confirm_box(win) -> QMessageBox | None:
    boxes = [b for b in win.findChildren(QMessageBox, "confirmDialog") if b.isVisible()]
    return boxes[-1] if boxes else None


def answer(qtbot, win, yes: bool = True) -> str:
    """Answer the open confirmation; its text."""
    qtbot.waitUntil(lambda: confirm_box(win) is not None, timeout=3000)
    box = confirm_box(win)
    text = box.text()
    box.findChild(QPushButton, "confirmYesButton" if yes else "confirmNoButton").click()
    qtbot.waitUntil(lambda: confirm_box(win) is None, timeout=3000)
    return text


def test_escape_after_a_code_was_sent_asks_first(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    qtbot.keyClick(otp_of(win), Qt.Key.Key_Escape)
    text = answer(qtbot, win, yes=False)
    assert text == "The code sent to +91 98765 43219 will be abandoned."
    assert win.view.flow.step is Step.CODE
    qtbot.keyClick(otp_of(win), Qt.Key.Key_Escape)
    answer(qtbot, win, yes=True)
    assert win.view.flow.step is Step.PHONE


def test_change_number_with_a_dead_code_does_not_ask(qtbot, window, sandbox, advance):
    win = window
    send(qtbot, win)
    advance(300)
    qtbot.waitUntil(lambda: not otp_of(win).isEnabled(), timeout=2000)
    qtbot.mouseClick(win.findChild(QPushButton, "changeNumberButton"), Qt.MouseButton.LeftButton)
    assert confirm_box(win) is None
    assert win.view.flow.step is Step.PHONE


def test_resend_during_cooldown_and_after(qtbot, window, sandbox, advance):
    win = window
    send(qtbot, win)
    first = latest_message(sandbox.base_url)
    resend = win.findChild(QPushButton, "resendButton")
    assert not resend.isEnabled()
    assert "Resend in 0:30" in resend.text()
    for _ in range(5):
        qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    advance(12)
    qtbot.waitUntil(lambda: "Resend in 0:18" in resend.text(), timeout=2000)
    advance(18)
    qtbot.waitUntil(resend.isEnabled, timeout=2000)
    qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.flow.resends == 1, timeout=5000)
    second = latest_message(sandbox.base_url)
    messages = sandbox.state.otp.messages("9876543219")
    assert len(messages) == 2  # the clicks during the cooldown sent nothing
    assert second["authCode"] in win.findChild(QLabel, "authCodeLabel").text()
    assert first["authCode"] != second["authCode"] or first["otp"] != second["otp"]
    enter_code(qtbot, win, second["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)


def test_server_retry_after_drives_the_countdown(qtbot, window, sandbox, advance):
    win = window
    # This environment believes in 10 s, the server in 30 s, and the app cannot
    # read the server's rules (as with any server but the sandbox).
    win.view.flow.rules_source = None
    win.view.flow.cooldown_s = 10
    send(qtbot, win)
    advance(10)
    resend = win.findChild(QPushButton, "resendButton")
    qtbot.waitUntil(resend.isEnabled, timeout=2000)
    qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wait 0:20" in error_text(win), timeout=5000)
    qtbot.waitUntil(lambda: "Resend in 0:20" in resend.text(), timeout=2000)
    assert not resend.isEnabled()


def test_rules_changed_through_the_sandbox_api_hold_for_the_code_sent_next(
    qtbot, window, sandbox, clock, advance
):
    win = window
    # Over HTTP, behind the app's back (a script, curl), after the app connected.
    set_rules(sandbox.base_url, otp_lifetime_s=60, max_attempts=2, resend_cooldown_s=10)
    send(qtbot, win)
    status = win.findChild(QLabel, "codeStatus")
    qtbot.waitUntil(lambda: "Code valid for 1:00" in status.text(), timeout=2000)
    assert "2 attempts left" in status.text()
    assert "Resend in 0:10" in win.view.code_page.resend_button.text()
    pending = next(iter(sandbox.state.otp.pending.values()))
    assert win.view.flow.code_countdown.remaining() == pending.expires_at - clock.now()
    advance(60)  # the sandbox's lifetime, not the 300 s read at connect
    qtbot.waitUntil(lambda: not otp_of(win).isEnabled(), timeout=2000)
    assert win.view.flow.new_code_needed


def test_change_number_keeps_the_number(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    qtbot.mouseClick(win.findChild(QPushButton, "changeNumberButton"), Qt.MouseButton.LeftButton)
    assert "will be abandoned" in answer(qtbot, win)
    assert win.view.flow.step is Step.PHONE
    assert win.view.phone_page.phone.text() == "98765 43219"
    send(qtbot, win, "9999900001")
    assert "+91 99999 00001" in win.view.code_page.title.text()


def test_next_user_keeps_the_country_and_clears_the_rest(qtbot, window, sandbox):
    win = window
    win.view.phone_page.country.setRegion("AU")
    send(qtbot, win, "491570156")
    enter_code(qtbot, win, "654321")  # the Australian test number's fixed code
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    qtbot.mouseClick(win.findChild(QPushButton, "nextUserButton"), Qt.MouseButton.LeftButton)
    assert win.view.flow.step is Step.PHONE
    assert win.view.phone_page.country.region() == "AU"
    assert win.view.phone_page.phone.text() == ""
    assert otp_of(win).code() == ""
    assert win.view.flow.target is None
    assert not win.findChild(QPushButton, "sendCodeButton").isEnabled()


def test_a_429_on_verify_keeps_the_code_and_retry_sends_it(wire, qtbot, window, sandbox, advance):
    """Seen in a trial: the boxes were emptied by a 429, so Retry (verify
    with no code) sent nothing once the wait was over."""
    win = window
    win.settings.auto_submit = False
    send(qtbot, win)
    otp = latest_message(sandbox.base_url)["otp"]
    add_fault(
        sandbox.base_url, endpoint="verify", kind="status", status=429, retry_after=3, count=1
    )
    enter_code(qtbot, win, otp)
    win.view.verify()
    qtbot.waitUntil(lambda: "Wait 0:03" in error_text(win), timeout=5000)
    assert otp_of(win).code() == otp
    advance(3)
    retry = win.findChild(QPushButton, "retryButton")
    qtbot.waitUntil(retry.isVisible, timeout=2000)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    assert wire.count("/verify") == 2
