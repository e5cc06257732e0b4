"""Run a coroutine on a qasync loop in a fresh QApplication (offscreen), and
the window a benchmark drives. Nothing here spins the Qt loop by hand: a
coroutine waits by awaiting, so qasync's own loop stays in charge."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from otp_desktop.sandbox import SandboxRules
    from otp_desktop.ui.shell.main_window import MainWindow

T = TypeVar("T")
collector: Any = None  # the run's main-thread collector, as the app has one


def run_qt(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the coroutine decides when it is over
    import gc
    import tempfile

    # Benchmarks never touch the user's real config, data or logs.
    home = tempfile.mkdtemp(prefix="otp-bench-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    from otp_desktop.ui.main_thread_gc import MainThreadGarbageCollector

    global collector
    collector = MainThreadGarbageCollector()
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        value = runner.run(main())
    collector.stop()
    gc.collect()
    return value


async def until(check: Callable[[], bool], timeout: float = 30) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() > deadline:
            raise TimeoutError("benchmark step did not finish")
        await asyncio.sleep(0.001)


@contextlib.asynccontextmanager
async def sandbox_window(
    rules: SandboxRules | None = None,
) -> AsyncIterator[tuple[MainWindow, str]]:
    """The main window, shown, connected to an embedded sandbox started here
    (on its own thread, as the built-in environment runs it)."""
    from PySide6.QtCore import QTimer

    from otp_desktop.connection import open_running_sandbox
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.sandbox import EmbeddedSandbox
    from otp_desktop.session import Session
    from otp_desktop.ui.shell.main_window import MainWindow

    sandbox = EmbeddedSandbox(rules)
    base = await asyncio.to_thread(sandbox.start)

    async def connect(_env: Any, hook: Any) -> Any:
        return await open_running_sandbox(base, hook)

    win = MainWindow(Session(lambda: EnvironmentBook.load(None), connect), "IN")
    # As app.py does once connected.
    win.connectionReady.connect(lambda: QTimer.singleShot(1000, collector.freeze_startup))
    win.resize(1120, 660)
    win.show()
    try:
        yield win, base
    finally:
        await win.shutdown()
        win.close()
        await asyncio.to_thread(sandbox.stop)
