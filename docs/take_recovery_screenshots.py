"""Screenshots of the bad-day paths: a burnt code -> Send a new code -> verified,
and a 429's live countdown. The sandbox's clock and the window's are moved by
hand, so the countdowns show chosen values.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/take_recovery_screenshots.py
"""

from __future__ import annotations

import asyncio
import functools
import sys
from pathlib import Path

import httpx
import qasync
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo, for tests.*

from docs.take_screenshots import shoot
from otp_desktop.flow import CodeState, Step
from otp_desktop.sandbox import EmbeddedSandbox, ManualClock, SandboxRules
from otp_desktop.ui.shell.main_window import MainWindow
from tests.async_helpers import until
from tests.qt_fixtures import UiClock, make_window
from tests.sandbox_helpers import wrong_code


async def main() -> None:
    sandbox_clock, ui_clock = ManualClock(), UiClock()
    sandbox = EmbeddedSandbox(SandboxRules(max_attempts=2), sandbox_clock)
    base = await asyncio.to_thread(sandbox.start)

    def advance(seconds: float) -> None:
        sandbox_clock.advance(seconds)
        ui_clock.now += seconds

    win = make_window(base, ui_clock)
    win.resize(860, 560)
    win.show()
    await until(lambda: win.connection is not None)
    win.sandbox_panel.hide()
    view = win.view
    view.flow.max_attempts = 2
    view.settings.auto_submit = False
    await burnt_then_new_code(win, base, advance)
    await rate_limited(win, base, advance)
    await asyncio.to_thread(sandbox.stop)


async def burnt_then_new_code(win: MainWindow, base: str, advance) -> None:  # type: ignore[no-untyped-def]
    view = win.view
    view.phone_page.phone.setText("98765 43219")
    view.phone_page.phone.textEdited.emit("98765 43219")
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    otp = httpx.get(f"{base}/__sandbox/messages").json()["messages"][0]["otp"]
    for _ in range(2):
        view.code_page.otp.setCode(wrong_code(otp))
        view.verify()
        await until(lambda: view.flow.busy is None and view.flow.error is not None)
    await until(lambda: view.flow.code_state is CodeState.BURNT)
    advance(18)
    await shoot(win, "recovery-1-burnt")
    advance(12)
    view.resend()
    await until(lambda: view.flow.code_state is CodeState.LIVE and view.flow.busy is None)
    await shoot(win, "recovery-2-new-code")
    otp = httpx.get(f"{base}/__sandbox/messages").json()["messages"][0]["otp"]
    view.code_page.otp.setCode(otp)
    view.verify()
    await until(lambda: view.flow.step is Step.DONE)
    await shoot(win, "recovery-3-verified")
    view.next_user()


async def rate_limited(win: MainWindow, base: str, advance) -> None:  # type: ignore[no-untyped-def]
    view = win.view
    httpx.post(
        f"{base}/__sandbox/faults",
        json={"endpoint": "register", "kind": "status", "status": 429, "retry_after": 45},
    )
    view.phone_page.phone.setText("91234 56789")
    view.phone_page.phone.textEdited.emit("91234 56789")
    view.send()
    await until(lambda: view.flow.error is not None)
    httpx.delete(f"{base}/__sandbox/faults")
    advance(8)
    await shoot(win, "rate-limit-countdown")


if __name__ == "__main__":
    import os
    import tempfile

    home = tempfile.mkdtemp(prefix="otp-shots-")  # never the real config
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = f"{home}/{var.lower()}"
    app = QApplication(sys.argv)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(main())
