"""Paste forms, the country picker and a keyboard-only onboarding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from otp_desktop.flow import Step
from tests.keys import key_target, press, type_keys
from tests.sandbox_helpers import latest_message
from tests.test_ui_onboarding import confirm_box


def paste_into(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keySequence(widget, QKeySequence.StandardKey.Paste)


@pytest.mark.parametrize(
    ("start_region", "pasted", "region", "field", "sendable"),
    [
        ("IN", "+44 20 7946 0958", "GB", "020 7946 0958", False),  # a London landline
        ("IN", "0044 20 7946 0958", "GB", "020 7946 0958", False),
        ("GB", "(020) 7946-0958", "GB", "020 7946 0958", False),
        ("GB", "+91 98765 43219", "IN", "98765 43219", True),
        ("IN", "+44 7400 123456", "GB", "07400 123456", True),
        ("IN", "98765-43219", "IN", "98765 43219", True),
        # +1 countries dial 011, not 00: 00 + a valid number still reads as one.
        ("US", "0091 98123 45670", "IN", "98123 45670", True),
        ("US", "0044 20 7946 0958", "GB", "020 7946 0958", False),
    ],
)
def test_pasted_numbers(qtbot, window, start_region, pasted, region, field, sendable):
    page = window.view.phone_page
    page.country.setRegion(start_region)
    page.phone.clear()
    paste_into(qtbot, page.phone, pasted)
    assert page.country.region() == region
    assert page.phone.text() == field
    assert window.findChild(QPushButton, "sendCodeButton").isEnabled() is sendable
    problem = window.findChild(QLabel, "phoneProblem").text()
    if not sendable:
        assert "Not a mobile number" in problem
    else:
        assert "The code will go to +" in problem


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("98765", "Too short"),
        ("987654321987", "Too long"),
        ("1234567890", "Not a mobile number"),
    ],
)
def test_inline_validation(qtbot, window, typed, message):
    page = window.view.phone_page
    page.phone.setFocus()
    qtbot.keyClicks(page.phone, typed)
    assert message in window.findChild(QLabel, "phoneProblem").text()
    assert not window.findChild(QPushButton, "sendCodeButton").isEnabled()


def test_formats_as_you_type_and_shows_the_example_as_placeholder(qtbot, window):
    page = window.view.phone_page
    assert page.phone.placeholderText() == "e.g. 81234 56789"
    qtbot.keyClicks(page.phone, "9876543219")
    assert page.phone.text() == "98765 43219"
    page.country.setRegion("US")
    assert page.phone.placeholderText() == "e.g. (201) 555-0123"
    page.phone.clear()
    qtbot.keyClicks(page.phone, "2015550123")
    assert page.phone.text() == "(201) 555-0123"


@pytest.mark.parametrize("query", ["ind", "IN", "+91", "91", "India"])
def test_country_search(window, query):
    found = window.view.phone_page.country.search(query)
    assert found[0].region == "IN"


def test_every_region_is_listed_with_a_name(window):
    picker = window.view.phone_page.country
    import phonenumbers

    assert picker.count() == len(phonenumbers.SUPPORTED_REGIONS)
    labels = [picker.itemText(i) for i in range(picker.count())]
    assert "United Kingdom (+44)" in labels
    assert all("(+" in label for label in labels)


@pytest.mark.parametrize(
    "pasted", ["123456", "123-456", "123 456", "Your code is 123456", "  123456\n"]
)
def test_code_paste_forms(qtbot, window, sandbox, pasted):
    from tests.test_ui_onboarding import send

    window.settings.auto_submit = False
    send(qtbot, window, "9999900001")
    otp = window.view.code_page.otp
    paste_into(qtbot, otp, pasted)
    assert otp.code() == "123456"
    assert window.findChild(QPushButton, "verifyButton").isEnabled()
    qtbot.keyClick(otp, Qt.Key.Key_Backspace)
    assert otp.code() == "12345"
    assert not window.findChild(QPushButton, "verifyButton").isEnabled()


def test_code_keeps_leading_zeros_and_ignores_letters(qtbot, window, sandbox):
    from tests.test_ui_onboarding import send

    window.settings.auto_submit = False
    send(qtbot, window, "9999900002")  # test number with the code 012345
    otp = window.view.code_page.otp
    otp.setFocus()
    qtbot.keyClicks(otp, "0a1b2-345")
    assert otp.code() == "012345"
    qtbot.keyClick(otp, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.flow.step is Step.DONE, timeout=5000)


def test_keyboard_only_onboarding(qtbot, window, sandbox):
    win = window
    win.view.phone_page.country.setRegion("GB")
    picker = win.view.phone_page.country
    picker.setFocus()
    picker.line.selectAll()
    type_keys(qtbot, "ind")  # the matches open; Enter takes the first
    press(qtbot, Qt.Key.Key_Return)
    assert picker.region() == "IN"
    qtbot.waitUntil(win.view.phone_page.phone.hasFocus, timeout=2000)
    qtbot.keyClicks(win.view.phone_page.phone, "9876543219")
    qtbot.keyClick(win.view.phone_page.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    otp = win.view.code_page.otp
    qtbot.waitUntil(otp.hasFocus, timeout=2000)
    # Esc asks before abandoning the live code; Enter answers "Change number"
    # and goes back with the number kept, Enter sends again (to another number).
    qtbot.keyClick(otp, Qt.Key.Key_Escape)
    assert win.view.flow.step is Step.CODE
    qtbot.waitUntil(lambda: confirm_box(win) is not None, timeout=2000)
    qtbot.waitUntil(lambda: confirm_box(win).isAncestorOf(key_target()), timeout=2000)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: confirm_box(win) is None, timeout=2000)
    assert win.view.flow.step is Step.PHONE
    phone = win.view.phone_page.phone
    qtbot.waitUntil(phone.hasFocus, timeout=2000)
    assert phone.text() == "98765 43219"
    phone.selectAll()
    type_keys(qtbot, "9999900001")  # where a person's keys would land
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.view.flow.step is Step.CODE, timeout=5000)
    qtbot.waitUntil(otp.hasFocus, timeout=2000)
    qtbot.keyClicks(otp, latest_message(sandbox.base_url, "9999900001")["otp"])
    qtbot.waitUntil(lambda: win.view.flow.step is Step.DONE, timeout=5000)
    qtbot.keyClick(
        win.view.result_page.next_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert win.view.flow.step is Step.PHONE
    assert picker.region() == "IN"
    assert phone.text() == ""


def test_tab_order_and_accessible_names(window):
    from PySide6.QtWidgets import QWidget

    names = [
        "countryPicker",
        "phoneInput",
        "sendCodeButton",
        "otpInput",
        "verifyButton",
        "resendButton",
        "changeNumberButton",
        "cancelButton",
        "copySummaryButton",
        "nextUserButton",
    ]
    for name in names:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for name in ("errorMessage", "resultMessage", "environmentLabel"):
        assert window.findChild(QLabel, name) is not None, name
    page = window.view.phone_page
    assert page.country.nextInFocusChain() in (page.phone, page.country.line)
