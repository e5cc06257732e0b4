"""Qt fixtures (docs/architecture.md), imported by conftest.

One session-wide qasync loop, already_running=True, set as the current
loop and never stopped: stopping it calls QApplication.exit() with no
exec() running, and every later qtbot.wait* would return at once.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from otp_desktop.api import Timeouts
from otp_desktop.connection import open_environment, open_running_sandbox
from otp_desktop.flow import Step
from otp_desktop.profiles.book import EnvironmentBook
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.store import ProfileStore
from otp_desktop.sandbox import EmbeddedSandbox, ManualClock
from otp_desktop.session import Session
from otp_desktop.ui.main_thread_gc import MainThreadGarbageCollector
from otp_desktop.ui.shell.main_window import MainWindow


def drain(loop: asyncio.AbstractEventLoop, app: QApplication, timeout: float = 5.0) -> None:
    """Cancel every task of the loop and process events until all are done."""
    import time

    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in tasks:
        task.cancel()
    deadline = time.monotonic() + timeout
    while any(not t.done() for t in tasks) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


@pytest.fixture(scope="session")
def qt_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Our own executor for asyncio.to_thread, so the session can end its
    # threads: the loop itself cannot be closed while it counts as running.
    executor = qasync.QThreadExecutor()
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    # Garbage holding Qt objects must be collected on this thread, never on
    # the sandbox's (Qt aborts): the same guard the app runs with.
    collector = MainThreadGarbageCollector()
    yield loop
    drain(loop, qapp)
    executor.shutdown()
    collector.stop()
    asyncio.set_event_loop(None)


@pytest.fixture
def loop(
    qt_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> Iterator[asyncio.AbstractEventLoop]:
    """The session loop, with this test's leftover tasks cancelled afterwards
    (an exception from a task left running would land in the next test)."""
    yield qt_loop
    drain(qt_loop, qapp)
    gc.collect()  # this test's widgets, on the main thread


def run_on_loop(qtbot: Any, coro: Any, timeout: int = 10_000) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class UiClock:
    """The window's monotonic clock, moved by hand with the sandbox's."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ui_clock() -> UiClock:
    return UiClock()


@pytest.fixture
def advance(ui_clock: UiClock, clock: ManualClock) -> Callable[[float], None]:
    """Move the window's and the sandbox's clocks together."""

    def move(seconds: float) -> None:
        ui_clock.now += seconds
        clock.advance(seconds)

    return move


def make_window(sandbox_url: str, ui_clock: Any, book: EnvironmentBook | None = None) -> MainWindow:
    """A main window whose built-in environment is the test's own sandbox
    (clock and rules in hand), with short timeouts."""
    return MainWindow(make_session(sandbox_url, ui_clock, book), "IN")


def make_session(sandbox_url: str, ui_clock: Any, book: EnvironmentBook | None = None) -> Session:
    """The session `make_window` builds its window on."""

    def load_book() -> EnvironmentBook:
        return book or EnvironmentBook.load(ProfileStore(SecretVault()))

    async def connect(env: Any, hook: Any) -> Any:
        if env.builtin_sandbox:
            return await open_running_sandbox(sandbox_url, hook, Timeouts(connect=2.0, read=1.5))
        return open_environment(env, hook)

    return Session(load_book, connect, ui_clock)


async def workspace_with_every_dock(
    sandbox_url: str, language: str, size: tuple[int, int], number: str
) -> MainWindow:
    """A connected window in `language` at `size` with every dock open and
    `number` typed (auto-submit off): where the layout screenshots and the
    scale test begin."""
    import time

    from otp_desktop.ui import translations
    from tests.async_helpers import until

    app = QApplication.instance()
    assert app is not None
    translations.install(app, language)
    win = make_window(sandbox_url, time.monotonic)
    win.resize(*size)
    win.show()
    await until(lambda: win.connection is not None)
    for dock in (win.inspector, win.history, win.sandbox_panel):
        dock.show()
    win.view.settings.auto_submit = False
    win.view.phone_page.phone.setText(number)
    win.view.phone_page.phone.textEdited.emit(number)
    return win


@contextmanager
def window_in(qtbot: Any, language: str, sandbox_url: str, ui_clock: Any) -> Iterator[MainWindow]:
    """A connected window with the UI in `language`; English again afterwards."""
    from PySide6.QtCore import QCoreApplication

    from otp_desktop.ui import translations

    app = QCoreApplication.instance()
    assert app is not None
    assert translations.install(app, language)
    try:
        win = make_window(sandbox_url, ui_clock)
        win.show()
        qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
        yield win
        close_window(qtbot, win)
    finally:
        translations.install(app, "en")


async def open_wallet_read(win: MainWindow) -> None:
    """Open the wallet and wait until its balance has been read (for the
    scripts that drive the window without qtbot: screenshots, examples)."""
    from tests.async_helpers import until

    win.show_wallet()
    await until(
        lambda: (
            win.wallet.session is not None
            and win.wallet.session.balance is not None
            and win.wallet.session.busy is None
        )
    )


def close_window(qtbot: Any, win: MainWindow) -> None:
    # Shut down before closing: the window owns the client and its tasks.
    run_on_loop(qtbot, win.shutdown())
    win.close()
    win.deleteLater()


@pytest.fixture
def window(
    qtbot: Any, loop: asyncio.AbstractEventLoop, sandbox: EmbeddedSandbox, ui_clock: UiClock
) -> Iterator[MainWindow]:
    win = make_window(sandbox.base_url, ui_clock)
    win.show()
    qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
    assert win.view.flow.step is Step.PHONE
    yield win
    close_window(qtbot, win)
