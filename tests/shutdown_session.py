"""Close the window while a request hangs and the sandbox runs; print what
is left. Usage: python -m tests.shutdown_session"""

from __future__ import annotations

import asyncio
import functools
import sys
import threading
import time

import httpx
import qasync
from PySide6.QtWidgets import QApplication

from otp_desktop import logging_setup
from otp_desktop.app import _run_window_until_closed, create_window
from tests.async_helpers import until


async def scenario(app: QApplication) -> None:
    window = create_window(["otp-desktop"])

    async def drive() -> None:
        await until(lambda: window.connection is not None)
        base = window.connection.environment.base_url  # type: ignore[union-attr]
        async with httpx.AsyncClient() as http:
            await http.post(f"{base}/__sandbox/faults", json={"kind": "hang"})
        window.view.phone_page.phone.setText("98765 43219")
        window.view.phone_page.phone.textEdited.emit("98765 43219")
        window.view.send()
        await until(lambda: window.view.flow.busy is not None)
        await asyncio.sleep(0.2)
        print(f"closing at {time.monotonic():.3f}", flush=True)
        window.close()

    driver = asyncio.ensure_future(drive())
    await _run_window_until_closed(app, window)
    await driver


def main() -> None:
    logging_setup.configure("INFO")
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(scenario(app))
    print(f"exited at {time.monotonic():.3f}", flush=True)
    # Dummy threads are Qt's own, seen from Python; real ones would be ours.
    ours = [t.name for t in threading.enumerate() if not isinstance(t, threading._DummyThread)]
    print("threads:", ",".join(ours), flush=True)


if __name__ == "__main__":
    main()
