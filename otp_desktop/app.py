"""Bootstrap: QApplication, the first frame, the qasync loop, logging,
exception hooks.

Starting follows docs/architecture.md ("Starting"): the window is built
with the phone step and painted before asyncio, qasync, the session and
the phone rules are imported; the session is then attached to it.
Quitting follows docs/architecture.md ("Shutting down"): the app does not
quit on the last window; closing it completes a future that `_run` awaits,
`_run` then does all async cleanup (tasks, HTTP client, sandbox) and
returns, and only then does the runner close the loop.
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QLocale, QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from otp_desktop import __version__, logging_setup
from otp_desktop.ui import translations
from otp_desktop.ui.settings import UiSettings
from otp_desktop.ui.shell.main_window import MainWindow
from otp_desktop.ui.shell.single_instance import SingleInstance, bring_to_front

if TYPE_CHECKING:  # asyncio and the session load after the first frame
    import asyncio

    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.session import Session

log = logging.getLogger("otp_desktop")
DESKTOP_ID = "io.github.otp_desktop.OtpDesktop"
ASSETS = Path(__file__).resolve().parent / "ui" / "assets"
ICON_SIZES = (16, 32, 48, 128, 256)


def app_icon() -> QIcon:
    """The window icon from PNGs rendered from app-icon.svg (packaging/
    make_icons.py): reading the SVG would load Qt's SVG engine (~2 MiB)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ASSETS / f"app-icon-{size}.png"))
    return icon


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="otp-desktop", description="Phone-OTP onboarding.")
    parser.add_argument(
        "--base-url",
        help="start on an unsaved environment at URL; credentials from OTP_DESKTOP_CLIENT_ID, "
        "OTP_DESKTOP_CLIENT_SECRET and OTP_DESKTOP_JWT",
    )
    parser.add_argument(
        "--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    parser.add_argument("--version", action="version", version=f"otp-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the Qt platform, the keyring, the embedded sandbox and a register/verify "
        "round trip, then exit (0 when all pass)",
    )
    # Qt's own options (-platform, -style…) pass through untouched.
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def create_session(base_url: str | None, traffic_capacity: int) -> Session:
    """The app without its window. `base_url` starts on an unsaved
    environment; the book itself loads later, off the UI thread."""
    from otp_desktop.session import Session

    # Runs after the first paint: the keyring and the config file.
    def load_book() -> EnvironmentBook:
        from otp_desktop.profiles.book import EnvironmentBook
        from otp_desktop.profiles.environment import adhoc_from_env
        from otp_desktop.profiles.secrets_vault import SecretVault
        from otp_desktop.profiles.store import ProfileStore

        adhoc = adhoc_from_env(base_url, check=False) if base_url else None
        return EnvironmentBook.load(ProfileStore(SecretVault()), adhoc)

    return Session(load_book, traffic_capacity=traffic_capacity)


def locale_region() -> str:
    """The system locale's region ("IN"): the phone step's first country."""
    return QLocale.territoryToCode(QLocale.system().territory())


def create_window(argv: Sequence[str]) -> MainWindow:
    """The session, then the main window on top of it, for a caller that
    owns the QApplication and a running qasync loop. `argv` is like sys.argv
    (program name first)."""
    args = parse_args(list(argv)[1:])
    session = create_session(args.base_url, UiSettings().inspector_capacity)
    return MainWindow(session, locale_region())


def show_first_frame(window: MainWindow, timeout_ms: int = 2000) -> None:
    """Show `window` and let Qt paint it. Runs Qt's loop here, before the
    asyncio loop exists (never inside a coroutine); gives up waiting after
    `timeout_ms` for a window the platform never exposes (minimised)."""
    waiting = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(waiting.quit)
    window.firstFrameShown.connect(waiting.quit)
    timer.start(timeout_ms)
    window.show()
    waiting.exec()
    timer.stop()
    window.firstFrameShown.disconnect(waiting.quit)


def _report(exc: BaseException) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.report_unexpected(exc)
                return


def _excepthook(
    kind: type[BaseException], exc: BaseException, tb: types.TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        return
    log.error("unexpected error: %s", exc, exc_info=(kind, exc, tb))
    _report(exc)


def _loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    import asyncio

    exc = context.get("exception")
    if isinstance(exc, asyncio.CancelledError):
        return
    log.error("unexpected error in a task: %s", context.get("message"), exc_info=exc)
    if exc is not None:
        _report(exc)


def install_exception_hooks(loop: asyncio.AbstractEventLoop | None) -> None:
    """Both error paths (slots and tasks) go to the log file and the user;
    without a loop yet, only the slots' (the first frame's)."""
    sys.excepthook = _excepthook
    if loop is not None:
        loop.set_exception_handler(_loop_handler)


async def _run(
    app: QApplication, window: MainWindow, base_url: str | None, instance: SingleInstance
) -> int:
    import asyncio

    install_exception_hooks(asyncio.get_running_loop())
    window.attach(create_session(base_url, UiSettings().inspector_capacity))
    # Listening loads QtNetwork: after the first paint, not before.
    QTimer.singleShot(300, lambda: instance.listen(functools.partial(bring_to_front, window)))
    await _run_window_until_closed(app, window)
    instance.release()
    return 0


async def _run_window_until_closed(app: QApplication, window: MainWindow) -> None:
    """Show the window, wait until it is closed, then clean up everything
    before the loop stops (docs/architecture.md)."""
    import asyncio
    import signal

    from otp_desktop.ui.main_thread_gc import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector()
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    app.lastWindowClosed.connect(on_closed)
    # Started (the first connection is up): a moment later, once idle, later
    # collections stop rescanning the start-up heap.
    window.connectionReady.connect(lambda: QTimer.singleShot(1000, collector.freeze_startup))
    # Ctrl+C in the terminal closes the window like the Quit action.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    ticker = QTimer()
    ticker.start(300)  # lets Python run its signal handlers while Qt waits
    window.show()
    await closed
    ticker.stop()
    await window.shutdown()
    collector.stop()


def self_test(argv: Sequence[str]) -> int:
    from otp_desktop.self_test import run_checks

    def report(line: str) -> None:
        print(line, flush=True)

    try:
        app = QApplication.instance() or QApplication(list(argv))
        report(f"PASS qt: platform {QApplication.platformName()}, Qt {qVersion()}")
    except Exception as exc:  # reported, not raised: this is a diagnostic
        report(f"FAIL qt: {exc}")
        return 1
    ok = run_checks(report)
    del app
    report("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    logging_setup.start(args.log_level)  # the file opens after the first frame
    if args.self_test:
        logging_setup.open_file()
        return self_test(argv)
    try:
        started = _show_phone_step(argv, args.base_url)
    finally:
        logging_setup.open_file()
    if isinstance(started, int):
        return started
    app, instance, window = started
    # Only now what the phone step does not need to be seen: asyncio, qasync,
    # then (in _run) the session, the phone rules and the connection.
    import asyncio

    import qasync

    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        return runner.run(_run(app, window, args.base_url, instance))


def _show_phone_step(
    argv: list[str], base_url: str | None
) -> tuple[QApplication, SingleInstance, MainWindow] | int:
    """The QApplication, the single instance and the window's first frame;
    an exit code instead when the start ends here (another instance runs,
    the window was closed before it was ready)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("otp-desktop")
    app.setApplicationDisplayName("OTP Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the icon through it
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    instance = SingleInstance()
    if not instance.claim():  # one window per user: bring that one to the front
        return _hand_over(instance, base_url)
    install_exception_hooks(None)
    translations.install(app, translations.choose_language(UiSettings().language))
    window = MainWindow(None, locale_region())
    show_first_frame(window)
    if not window.isVisible():  # closed before it was ready
        instance.release()
        return 0
    return app, instance, window


def _hand_over(instance: SingleInstance, base_url: str | None) -> int:
    if instance.hand_over(base_url):
        # Said on the terminal: the running window may be on another
        # display or desktop, and a launch that shows nothing looks broken.
        print("OTP Desktop is already running: its window was brought to the front.")
        return 0
    print("OTP Desktop is already running but does not answer.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
