"""Screenshots of the whole workspace as a user sees it: a 1366x768 laptop
and a 1600x1000 screen, light and dark, English and Hindi, every dock open.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/take_layout_screenshots.py

At 200 % (a 3200x2000 screen, whose 1600x1000 logical pixels the window
gets), the shots are named "...-200pct-...":

    Xvfb :98 -screen 0 3200x2000x24 &
    DISPLAY=:98 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 .venv/bin/python docs/take_layout_screenshots.py

Each workspace starts as a new user's would (no window state from the last).

Dark is the palette a dark desktop theme hands Qt (set here by hand, as
GTK's Adwaita:dark would).
"""

from __future__ import annotations

import asyncio
import functools
import os
import sys
import tempfile
import time
from pathlib import Path

import httpx
import qasync
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo, for tests.*

from otp_desktop.flow import Step
from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.ui import translations
from otp_desktop.ui.shell.main_window import MainWindow
from tests.async_helpers import until
from tests.qt_fixtures import workspace_with_every_dock

DOCS = Path(__file__).resolve().parent / "layout"
SIZES = {"1366x768": (1366, 720), "1600x1000": (1600, 950)}  # less a title bar and a panel
SCALE = os.environ.get("QT_SCALE_FACTOR", "1")


async def shoot(win: MainWindow, name: str) -> None:
    await asyncio.sleep(0.4)  # layouts, the inbox poll and the countdown settle
    win.grab().save(str(DOCS / f"{name}.png"))
    print("saved", name)


def dark_palette() -> QPalette:
    """Roughly what a dark desktop theme (GTK's Adwaita:dark) hands Qt."""
    pal = QPalette(QColor("#353535"), QColor("#242424"))
    for role, colour in (
        (QPalette.ColorRole.Base, "#2d2d2d"),
        (QPalette.ColorRole.AlternateBase, "#353535"),
        (QPalette.ColorRole.Text, "#eeeeec"),
        (QPalette.ColorRole.WindowText, "#eeeeec"),
        (QPalette.ColorRole.ButtonText, "#eeeeec"),
        (QPalette.ColorRole.PlaceholderText, "#9a9996"),
        (QPalette.ColorRole.Highlight, "#3584e4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, "#78aeed"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#eeeeec"),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def new_user() -> None:
    """A fresh settings and data directory: the window as a new user first sees it."""
    home = tempfile.mkdtemp(prefix="otp-shots-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = f"{home}/{var.lower()}"


async def workspace(base: str, size: str, scheme: str, language: str, steps: bool) -> None:
    new_user()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(dark_palette() if scheme == "dark" else app.style().standardPalette())
    digits = f"98765{int(time.time() * 1000) % 100000:05d}"
    win = await workspace_with_every_dock(base, language, SIZES[size], f"{digits[:5]} {digits[5:]}")
    view = win.view
    prefix = f"{size}-{scheme}-{language}" if SCALE == "1" else f"{size}-200pct-{scheme}-{language}"
    if steps:
        await shoot(win, f"{prefix}-phone")
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    if steps:
        await shoot(win, f"{prefix}-code")
    inbox = httpx.get(f"{base}/__sandbox/messages", params={"phone_number": digits}).json()
    view.code_page.otp.setCode(inbox["messages"][0]["otp"])
    view.verify()
    await until(lambda: view.flow.step is Step.DONE)
    win.inspector.raise_()
    await shoot(win, f"{prefix}-done")
    await win.shutdown()
    win.close()
    translations.install(QApplication.instance(), "en")


async def main() -> None:
    DOCS.mkdir(exist_ok=True)
    sandbox = EmbeddedSandbox()
    base = await asyncio.to_thread(sandbox.start)
    httpx.post(f"{base}/__sandbox/rules", json={"resend_cooldown_s": 0})
    if SCALE != "1":
        await workspace(base, "1600x1000", "light", "en", steps=True)
        await workspace(base, "1600x1000", "dark", "hi", steps=False)
    else:
        for scheme in ("light", "dark"):
            await workspace(base, "1366x768", scheme, "en", steps=True)
            await workspace(base, "1600x1000", scheme, "en", steps=False)
            await workspace(base, "1366x768", scheme, "hi", steps=False)
    await asyncio.to_thread(sandbox.stop)


if __name__ == "__main__":
    new_user()
    app = QApplication(sys.argv)
    app.setStyle("Fusion")  # the same look on every machine the shots are retaken on
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(main())
