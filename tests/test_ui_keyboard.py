"""The window by keyboard alone: where focus starts and goes, that every
key typed lands where the user looks, and that shortcuts and focus are
always there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QWidget

from otp_desktop.flow import Step
from tests.keys import press, type_keys
from tests.sandbox_helpers import latest_message
from tests.test_ui_onboarding import send


def enter_code(qtbot, window, sandbox, number: str = "9999900001") -> None:
    qtbot.waitUntil(window.view.code_page.otp.hasFocus, timeout=2000)
    type_keys(qtbot, latest_message(sandbox.base_url, number)["otp"])
    qtbot.waitUntil(lambda: window.view.flow.step is Step.DONE, timeout=5000)


def test_the_window_opens_with_focus_in_the_phone_field(qtbot, window):
    phone = window.view.phone_page.phone
    qtbot.waitUntil(phone.hasFocus, timeout=2000)
    type_keys(qtbot, "9876543219")
    assert phone.text() == "98765 43219"
    assert window.view.phone_page.country.region() == "IN"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.flow.step is Step.CODE, timeout=5000)


@pytest.mark.parametrize(
    ("typed", "region", "field"),
    [("+91 98765 43219", "IN", "98765 43219"), ("07400123456", "GB", "07400 123456")],
)
def test_a_number_typed_into_the_country_picker_goes_to_the_phone_field(
    qtbot, window, typed, region, field
):
    page = window.view.phone_page
    page.country.setRegion("GB")
    page.country.setFocus()
    qtbot.waitUntil(page.country.hasFocus, timeout=2000)
    type_keys(qtbot, typed)
    assert page.phone.hasFocus()
    picker = page.country
    assert picker.line.text() == picker.itemText(picker.currentIndex())  # nothing typed there
    assert page.phone.text() == field
    assert picker.region() == region  # +91 chose India


@pytest.mark.parametrize("leave_key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_enter_or_tab_in_the_picker_lands_in_the_phone_field(qtbot, window, leave_key):
    page = window.view.phone_page
    page.country.setRegion("GB")
    page.country.setFocus()
    page.country.line.selectAll()
    type_keys(qtbot, "ind")
    assert QApplication.activePopupWidget() is not None  # the matches are open
    press(qtbot, leave_key)
    assert page.country.region() == "IN"
    assert QApplication.activePopupWidget() is None
    assert page.phone.hasFocus()
    type_keys(qtbot, "9876543219")
    assert page.phone.text() == "98765 43219"
    # A Tab after it goes on to a control the user can see.
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.send_button


def test_next_user_returns_to_the_phone_field_with_the_country_kept(qtbot, window, sandbox):
    page = window.view.phone_page
    page.country.setRegion("IN")
    send(qtbot, window, "9999900001")
    enter_code(qtbot, window, sandbox)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.phone.hasFocus, timeout=2000)
    assert page.country.region() == "IN"
    type_keys(qtbot, "9876543219")
    assert page.phone.text() == "98765 43219"


# --- focus is always visible ----------------------------------------------------


def _shows_focus(widget: QWidget) -> bool:
    """Whether the widget, just reached by Tab, looks different without focus."""
    focused = widget.grab().toImage()
    widget.clearFocus()
    unfocused = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    return focused != unfocused


def _tab_round(qtbot) -> list[tuple[QWidget, bool, bool]]:
    """Once round the window by Tab: each widget reached, whether it is on
    screen and whether it shows its focus."""
    seen: list[tuple[QWidget, bool, bool]] = []
    for _ in range(80):
        press(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if any(widget is w for w, _, _ in seen):
            break
        seen.append((widget, not widget.visibleRegion().isEmpty(), _shows_focus(widget)))
    return seen


def _go_to(qtbot, window, sandbox, state: str) -> None:
    """The state, with its main button enabled (a default button must show
    focus over its default look)."""
    if state == "phone":
        type_keys(qtbot, "9876543219")
        return
    send(qtbot, window, "9999900001")
    if state == "code":
        window.settings.auto_submit = False
        qtbot.waitUntil(window.view.code_page.otp.hasFocus, timeout=2000)
        type_keys(qtbot, "123456")
        return
    enter_code(qtbot, window, sandbox)
    if state == "wallet":
        window.show_wallet()
        wallet = window.wallet
        qtbot.waitUntil(
            lambda: wallet.model.rowCount() > 0 and wallet.session.busy is None, timeout=5000
        )


@pytest.mark.parametrize(
    ("state", "main_button"),
    [
        ("phone", "sendCodeButton"),
        ("code", "verifyButton"),
        ("done", "nextUserButton"),
        ("wallet", "refreshWalletButton"),
    ],
)
def test_tab_only_reaches_widgets_that_show_their_focus(qtbot, window, sandbox, state, main_button):
    _go_to(qtbot, window, sandbox, state)
    for dock in (window.inspector, window.history, window.sandbox_panel):
        dock.show()
    window.inspector.raise_()  # the history dock is tabbed behind it
    qtbot.wait(20)
    reached = _tab_round(qtbot)
    assert main_button in [w.objectName() for w, _, _ in reached]
    assert len(reached) > 8
    for widget, on_screen, shows_focus in reached:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        assert on_screen, f"Tab reached {where}, not on screen"
        assert shows_focus, f"{where} takes focus without showing it"


# --- shortcuts whatever has focus ------------------------------------------------


class ClaimsEveryKey(QObject):
    """What a QLineEdit does with Ctrl+E (end of line) on Linux desktops:
    it claims the key through ShortcutOverride, so the shortcut never fires.
    (The offscreen platform's key bindings have no Ctrl+E, so the test makes
    the focused field claim every key.)"""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
        return False


def _focus_text_field(qtbot, field: QWidget) -> ClaimsEveryKey:
    claimer = ClaimsEveryKey(field)
    field.installEventFilter(claimer)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    return claimer


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_shortcut_filter_sees_only_the_focused_widgets_events(qtbot, window):
    """A filter on the whole application ran Python for every event of every
    widget: the window's shortcuts only need the focused widget's."""
    from otp_desktop.ui.shell.keyboard import ShortcutsWin

    seen: list[QObject] = []

    class Counting(ShortcutsWin):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    counting = Counting(window)
    phone = window.view.phone_page.phone
    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus, timeout=2000)
    other = window.view.phone_page.problem
    other.setText("something else to paint")
    other.repaint()
    phone.repaint()
    assert phone in seen
    assert other not in seen
    counting.deleteLater()


def test_every_documented_shortcut_works_from_a_text_field(qtbot, window, sandbox):
    phone = window.view.phone_page.phone
    history = window.findChild(QDockWidget, "historyView")
    _focus_text_field(qtbot, phone)

    for key, dock in (
        (Qt.Key.Key_I, window.inspector),
        (Qt.Key.Key_H, window.history),
        (Qt.Key.Key_B, window.sandbox_panel),
    ):
        was_hidden = dock.isHidden()
        press(qtbot, key, CTRL)
        assert dock.isHidden() is not was_hidden, key
    assert history.isVisible()

    # Esc from the history's search field clears the phone step's error.
    window.view.error_panel.show_error("Something failed.", "", can_retry=False)
    _focus_text_field(qtbot, window.findChild(QWidget, "historySearch"))
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.view.error_panel.isVisible()

    send(qtbot, window, "9999900001")
    enter_code(qtbot, window, sandbox)
    search = window.findChild(QWidget, "historySearch")
    _focus_text_field(qtbot, search)
    QApplication.clipboard().clear()
    press(qtbot, Qt.Key.Key_C, CTRL_SHIFT)
    assert "+91 ******0001" in QApplication.clipboard().text()
    press(qtbot, Qt.Key.Key_W, CTRL_SHIFT)
    assert window.pages.currentWidget() is window.wallet
    qtbot.waitUntil(lambda: window.wallet.session.busy is None, timeout=5000)
    _focus_text_field(qtbot, search)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.view
    _focus_text_field(qtbot, search)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.view.flow.step is Step.PHONE
    _focus_text_field(qtbot, phone)
    press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = window.findChild(QWidget, "environmentsDialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()


def test_ctrl_h_brings_the_history_to_the_front_and_it_is_live(qtbot, window, sandbox):
    history = window.history
    window.inspector.show()
    window.inspector.raise_()
    _focus_text_field(qtbot, window.view.phone_page.phone)
    send(qtbot, window, "9999900001")
    enter_code(qtbot, window, sandbox)

    press(qtbot, Qt.Key.Key_H, CTRL)
    assert history.isVisible()
    assert not history.visibleRegion().isEmpty(), "the history is behind the inspector"
    count = window.findChild(QLabel, "historyCount")
    assert count.text() == "1 onboarding"
    assert history.rows[0].outcome == "verified"

    # With the history in front, the next onboarding shows as soon as it ends.
    press(qtbot, Qt.Key.Key_N, CTRL)
    send(qtbot, window)
    enter_code(qtbot, window, sandbox, "9876543219")
    assert count.text() == "2 onboardings"
    # Behind the inspector, then to the front again: Ctrl+H raises, not closes.
    window.inspector.raise_()
    qtbot.wait(10)
    assert history.visibleRegion().isEmpty()
    press(qtbot, Qt.Key.Key_H, CTRL)
    assert not history.visibleRegion().isEmpty()
    press(qtbot, Qt.Key.Key_H, CTRL)  # in front: Ctrl+H closes it
    assert history.isHidden()
