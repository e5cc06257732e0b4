"""Alt+letter: unique among the controls visible together, menus included,
in every state of the window, in English and in Hindi (which keeps the
English letter in brackets: "कोड भेजें (&S)").

Qt answers a mnemonic for every widget it counts as visible, so a dock
tabbed behind another still holds its letters: both count."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from otp_desktop.flow import Step
from otp_desktop.ui.environments.dialog import EnvironmentsDialog
from otp_desktop.ui.shell.main_window import MainWindow
from tests.keys import type_keys
from tests.qt_fixtures import window_in
from tests.sandbox_helpers import latest_message
from tests.test_ui_onboarding import send

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _labels(widget: QWidget) -> list[tuple[str, str]]:
    """(text, what) of each control a widget offers an Alt letter for."""
    name = f"{type(widget).__name__} {widget.objectName()!r}"
    if isinstance(widget, QAbstractButton):
        return [(widget.text(), name)]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [(widget.text(), f"label of {widget.buddy().objectName()!r}")]
    if isinstance(widget, QTabBar):
        return [(widget.tabText(i), f"tab {widget.tabText(i)!r}") for i in range(widget.count())]
    return []


def visible_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    letters = window_mnemonics(window)
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := mnemonic(action.text())):
            letters[letter].append(f"menu {action.text()!r}")
    return letters


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """The Alt letters of the visible controls of one window (or dialog)."""
    letters: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        for text, what in _labels(widget):
            if letter := mnemonic(text):
                letters[letter].append(what)
    return letters


def clashes(window: MainWindow, state: str) -> list[str]:
    found = []
    tabs = window.sandbox_panel.findChild(QTabWidget)
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        for letter, owners in sorted(visible_mnemonics(window).items()):
            if len(owners) > 1:
                found.append(f"{state}, sandbox tab {tab}: Alt+{letter.upper()} is {owners}")
    return sorted(set(found))


def _walk_states(qtbot, window, sandbox, advance) -> list[str]:
    """Every state with every dock and error shown; the clashes in each."""
    for dock in (window.inspector, window.history, window.sandbox_panel):
        dock.show()
    window.view.error_panel.show_error("A test error.", "details", can_retry=True)
    found = clashes(window, "phone step")
    send(qtbot, window, "9999900001")
    window.view.error_panel.show_error("A test error.", "details", can_retry=True)
    found += clashes(window, "code step")
    advance(window.view.flow.cooldown_s + 1)  # Resend gets its letter back
    resend = window.view.code_page.resend_button
    qtbot.waitUntil(lambda: "&" in resend.text(), timeout=2000)
    found += clashes(window, "code step after the cooldown")
    qtbot.waitUntil(window.view.code_page.otp.hasFocus, timeout=2000)
    type_keys(qtbot, latest_message(sandbox.base_url, "9999900001")["otp"])
    qtbot.waitUntil(lambda: window.view.flow.step is Step.DONE, timeout=5000)
    found += clashes(window, "done step")
    window.show_wallet()
    wallet = window.wallet
    qtbot.waitUntil(
        lambda: wallet.model.rowCount() > 0 and wallet.session.busy is None, timeout=5000
    )
    wallet.more_button.show()
    wallet.error_panel.show_error("A test error.", "details", can_retry=True)
    found += clashes(window, "wallet")
    return found


def test_alt_letters_are_unique_in_every_state(qtbot, window, sandbox, advance):
    found = _walk_states(qtbot, window, sandbox, advance)
    assert not found, "\n".join(found)


def test_alt_letters_are_unique_in_hindi(qtbot, loop, sandbox, ui_clock, advance):
    with window_in(qtbot, "hi", sandbox.base_url, ui_clock) as win:
        assert win.view.phone_page.send_button.text().endswith(")")  # Hindi, "(&X)"
        found = _walk_states(qtbot, win, sandbox, advance)
        assert not found, "\n".join(found)


def _dialog_clashes(qtbot, window) -> list[str]:
    """The Environments dialog with the built-in sandbox, then an environment
    of one's own (every field enabled, the TLS warning shown) selected."""
    window.manage_environments()
    dialog = window.findChild(EnvironmentsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    found = []
    for state in ("built-in sandbox", "own environment"):
        if state == "own environment":
            dialog.add_button.click()
            dialog.form.verify_tls.setChecked(False)
            assert dialog.form.tls_warning.isVisible()
        letters = window_mnemonics(dialog)
        assert mnemonic(dialog.box.button(QDialogButtonBox.StandardButton.Save).text()) == "s"
        assert len(letters) >= 20  # the form's fields and the list's buttons are all seen
        found += [
            f"Environments dialog, {state}: Alt+{letter.upper()} is {owners}"
            for letter, owners in sorted(letters.items())
            if len(owners) > 1
        ]
    dialog.reject()
    return found


def test_alt_letters_are_unique_in_the_environments_dialog(qtbot, window):
    found = _dialog_clashes(qtbot, window)
    assert not found, "\n".join(found)


def test_alt_letters_are_unique_in_the_environments_dialog_in_hindi(qtbot, loop, sandbox, ui_clock):
    with window_in(qtbot, "hi", sandbox.base_url, ui_clock) as win:
        found = _dialog_clashes(qtbot, win)
        assert win.findChild(EnvironmentsDialog).add_button.text() == "जोड़ें (&A)"
        assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "letter"),
    [("&File", "f"), ("Wa&llet", "l"), ("कोड भेजें (&S)", "s"), ("Tom && Jerry", None)],
)
def test_mnemonic_parsing(text, letter):
    assert mnemonic(text) == letter
