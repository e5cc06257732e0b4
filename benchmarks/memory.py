"""Peak RSS after a full onboarding with the inspector open, against a bare
PySide6 window; each in a fresh process."""

from __future__ import annotations

from benchmarks.common import result, run_snippet

BARE = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(860, 640); w.show()
QTimer.singleShot(300, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

APP = r"""
import asyncio, resource
from benchmarks.qt_runner import run_qt, until

async def onboarding():
    from otp_desktop.app import create_window
    from otp_desktop.flow import Step
    win = create_window(["otp-desktop"])
    win.resize(860, 640)
    win.show()
    win.inspector.show()
    await until(lambda: win.connection is not None)
    view = win.view
    view.phone_page.phone.setText("9999900001")
    view.phone_page.phone.textEdited.emit("9999900001")
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    view.code_page.otp.setCode("123456")
    await until(lambda: view.flow.step is Step.DONE)
    win.inspector.select_row(1)
    await asyncio.sleep(0.3)
    await win.shutdown()
    win.close()

run_qt(onboarding)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_kib(code: str) -> int:
    return int(run_snippet(code)[-1])


def main() -> str:
    bare = peak_kib(BARE) / 1024
    app = peak_kib(APP) / 1024
    print(
        f"peak RSS: bare PySide6 window {bare:.0f} MiB, otp-desktop after an onboarding with "
        f"the inspector open {app:.0f} MiB, added {app - bare:.0f} MiB"
    )
    return result("memory", app, "MiB", bare, "added<=50MiB")


if __name__ == "__main__":
    print(main())
