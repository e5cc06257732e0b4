"""Run a coroutine on a qasync loop in a fresh QApplication (offscreen)."""

from __future__ import annotations

import asyncio
import functools
import os
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


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

    collector = MainThreadGarbageCollector()
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        value = runner.run(main())
    collector.stop()
    gc.collect()
    return value


async def until(check: Callable[[], bool], timeout: float = 20) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() > deadline:
            raise TimeoutError("benchmark step did not finish")
        await asyncio.sleep(0.001)
