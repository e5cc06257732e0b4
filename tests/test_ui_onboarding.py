"""The onboarding window driven through its real widgets against the sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from otp_desktop.flow import Step
from tests.sandbox_helpers import latest_message


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


def wrong_code(otp: str) -> str:
    return f"{(int(otp) + 1) % 10**6:06d}"


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


def test_code_burnt_after_too_many_tries(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    otp = latest_message(sandbox.base_url)["otp"]
    for left in (4, 3, 2, 1):
        enter_code(qtbot, win, wrong_code(otp))
        qtbot.waitUntil(lambda n=left: f"{n} attempt" in error_text(win), timeout=5000)
    enter_code(qtbot, win, wrong_code(otp))
    qtbot.waitUntil(lambda: "Too many wrong codes" in error_text(win), timeout=5000)
    assert win.view.flow.code_burnt
    assert not otp_of(win).isEnabled()
    assert not win.findChild(QPushButton, "verifyButton").isEnabled()
    assert "no longer works" in win.findChild(QLabel, "codeStatus").text()


def test_expired_code(qtbot, window, sandbox, advance):
    win = window
    send(qtbot, win)
    otp = latest_message(sandbox.base_url)["otp"]
    status = win.findChild(QLabel, "codeStatus")
    qtbot.waitUntil(lambda: "Code valid for 5:00" in status.text())
    advance(301)
    qtbot.waitUntil(lambda: "expired" in status.text(), timeout=2000)
    enter_code(qtbot, win, otp)
    qtbot.waitUntil(lambda: "The code has expired" in error_text(win), timeout=5000)


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
    win.view.flow.cooldown_s = 10  # this environment believes in 10 s; the server in 30 s
    send(qtbot, win)
    advance(10)
    resend = win.findChild(QPushButton, "resendButton")
    qtbot.waitUntil(resend.isEnabled, timeout=2000)
    qtbot.mouseClick(resend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wait 20 s" in error_text(win), timeout=5000)
    qtbot.waitUntil(lambda: "Resend in 0:20" in resend.text(), timeout=2000)
    assert not resend.isEnabled()


def test_change_number_keeps_the_number(qtbot, window, sandbox):
    win = window
    send(qtbot, win)
    qtbot.mouseClick(win.findChild(QPushButton, "changeNumberButton"), Qt.MouseButton.LeftButton)
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
