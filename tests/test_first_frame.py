"""The window's first frame is the phone step, shown before the session
exists (docs/architecture.md, "Starting"): one country, the status bar
connecting, keys typed kept; attaching the session makes it the usual phone
step, with what was typed formatted and checked."""

from __future__ import annotations

import phonenumbers
import pytest

from otp_desktop.ui.shell.main_window import MainWindow
from tests.qt_fixtures import close_window, make_session


def first_frame(qtbot, region: str = "IN") -> MainWindow:
    """The window as main() shows it: no session yet, the first frame out."""
    win = MainWindow(None, region)
    with qtbot.waitSignal(win.firstFrameShown, timeout=5000):
        win.show()
    return win


def attached(qtbot, win: MainWindow, sandbox, ui_clock) -> None:
    win.attach(make_session(sandbox.base_url, ui_clock))
    qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)


def test_the_phone_step_shows_before_the_session_and_works_once_attached(
    qtbot, loop, sandbox, ui_clock
) -> None:
    win = first_frame(qtbot)
    page = win.view.phone_page
    assert not page.phone.isReadOnly()
    assert [page.country.itemText(i) for i in range(page.country.count())] == ["India (+91)"]
    qtbot.keyClicks(page.phone, "98765")  # an agent typing as soon as the window shows
    assert page.phone.text() == "98765"
    assert not page.send_button.isEnabled()
    assert win.environment_label.text() == "Connecting…"
    assert win.connection is None
    with pytest.raises(RuntimeError):
        _ = win.session

    attached(qtbot, win, sandbox, ui_clock)
    assert page.country.count() == len(phonenumbers.SUPPORTED_REGIONS)
    assert page.country.currentText() == "India (+91)"
    assert page.phone.placeholderText() == "e.g. 81234 56789"
    assert page.phone.text() == "98765"
    assert not page.send_button.isEnabled()  # five digits are not a number yet
    qtbot.keyClicks(page.phone, "43219")
    assert page.phone.text() == "98765 43219"
    assert page.send_button.isEnabled()
    close_window(qtbot, win)


def test_a_number_typed_before_the_session_is_formatted_and_checked_after(
    qtbot, loop, sandbox, ui_clock
) -> None:
    win = first_frame(qtbot)
    page = win.view.phone_page
    qtbot.keyClicks(page.phone, "+44 7400 123456")  # pasted or typed: another country
    attached(qtbot, win, sandbox, ui_clock)
    assert page.country.region() == "GB"
    assert page.phone.last_check().number is not None
    assert page.send_button.isEnabled()
    close_window(qtbot, win)


def test_a_window_closed_before_its_session_shuts_down_cleanly(qtbot, loop) -> None:
    from tests.qt_fixtures import run_on_loop

    win = MainWindow(None, "GB")
    with qtbot.waitSignal(win.firstFrameShown, timeout=5000):
        win.show()
    assert win.view.phone_page.country.currentText() == "United Kingdom (+44)"
    win.close()
    run_on_loop(qtbot, win.shutdown())  # nothing to stop: no session, no task
    win.deleteLater()


def test_what_is_logged_before_the_log_file_opens_is_written_to_it_masked() -> None:
    """The log file opens after the first frame (logging_setup.start, then
    open_file): records from before it reach it, secrets masked."""
    import logging

    from otp_desktop import logging_setup

    secret = "early-secret-4f9a21c7"
    logging_setup.register_secret(secret)
    path = logging_setup.start("INFO", console=False)
    logging.getLogger("otp_desktop.test").warning("before the frame, with %s", secret)
    assert not path.exists() or "before the frame" not in path.read_text(encoding="utf-8")
    logging_setup.open_file()
    logging.getLogger("otp_desktop.test").warning("after the frame")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "before the frame, with" in text
    assert "after the frame" in text
    assert secret not in text
