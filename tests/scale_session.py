"""The window at 200 % (run with QT_SCALE_FACTOR=2): every dock open on a
1366x768 laptop's room, onboarding done, in each language; print what is
clipped as JSON. Usage: python -m tests.scale_session"""

from __future__ import annotations

import asyncio
import functools
import json
import sys
from typing import Any

import httpx
import qasync
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabBar,
    QWidget,
)

from otp_desktop.flow import Step
from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.ui import translations
from tests.async_helpers import until
from tests.qt_fixtures import workspace_with_every_dock


def clipped(root: QWidget) -> list[str]:
    """Visible one-line texts narrower than they need, and shortened tabs."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.visibleRegion().isEmpty():
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and "<" not in w.text():
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            if need > w.contentsRect().width() + 1:
                found.append(f"{where}: {w.text()!r} needs {need} px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                found.append(f"{where}: {w.text()!r} needs {w.sizeHint().width()} px")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() + 1 < w.tabSizeHint(i).width():
                    found.append(f"{where}: tab {w.tabText(i)!r} shortened")
    return found


async def done_with_every_dock(base: str, language: str) -> dict[str, Any]:
    win = await workspace_with_every_dock(base, language, (1366, 720), "98765 43219")
    view = win.view
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    async with httpx.AsyncClient() as http:
        inbox = (await http.get(f"{base}/__sandbox/messages")).json()["messages"]
        view.code_page.otp.setCode(inbox[0]["otp"])
        view.verify()
        await until(lambda: view.flow.step is Step.DONE)
        await http.post(f"{base}/__sandbox/reset", json={})  # no cooldown for the next
    await asyncio.sleep(0.5)  # the panel's poll and the layouts settle
    screen = win.screen().availableGeometry()
    result = {
        "ratio": win.devicePixelRatio(),
        "fits": screen.contains(win.frameGeometry()),
        "clipped": clipped(win),
    }
    await win.shutdown()
    win.close()
    translations.install(QApplication.instance(), "en")
    return result


async def main() -> None:
    sandbox = EmbeddedSandbox()
    base = await asyncio.to_thread(sandbox.start)
    try:
        found = {lang: await done_with_every_dock(base, lang) for lang in ("en", "hi")}
    finally:
        await asyncio.to_thread(sandbox.stop)
    print(json.dumps(found), flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(main())
