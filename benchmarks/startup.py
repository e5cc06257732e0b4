"""Process start to the first painted main window (offscreen), against a
bare PySide6 window started the same way."""

from __future__ import annotations

import time

from benchmarks.common import median, result, run_snippet

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            app.quit()
        return False
w = QWidget(); w.resize(760, 520)
f = Painted(); w.installEventFilter(f)
w.show()
app.exec()
"""

APP = r"""
import asyncio, functools, sys, time
import qasync
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from otp_desktop.app import create_window
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
async def main():
    painted = asyncio.get_running_loop().create_future()
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted.done():
                painted.set_result(time.time())
            return False
    w = create_window(["otp-desktop"])
    f = Painted(); w.installEventFilter(f)
    w.show()
    print(await painted, flush=True)
    await w.shutdown()
    w.close()
with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as r:
    r.run(main())
"""


def time_to_paint(code: str) -> float:
    start = time.time()
    return float(run_snippet(code, timeout=60)[0]) - start


def main(rounds: int = 5) -> str:
    time_to_paint(BARE)  # warm the file cache for both
    time_to_paint(APP)
    bare = median([time_to_paint(BARE) for _ in range(rounds)])
    app = median([time_to_paint(APP) for _ in range(rounds)])
    print(f"bare PySide6 window: {bare * 1000:.0f} ms, otp-desktop: {app * 1000:.0f} ms")
    return result("startup", app, "s", bare, "ratio<=1.5")


if __name__ == "__main__":
    print(main())
