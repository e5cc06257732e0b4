"""A fresh process that starts the real app through `otp_desktop.app.main()`
(or a bare PySide6 window, the baseline) and reports from inside it.

Run as `python -m benchmarks.probe MODE` with MODE one of `bare`, `app`
(startup figures), `bare-memory`, `app-memory` (RSS at idle, and for the app
after an onboarding with the inspector open), `app-modules` (what is loaded
and built at the first frame, for the structure test). It prints `key value`
lines: `frame` and `ready` as wall-clock times (the parent subtracts its own
start time), `*_rss` in MiB for this process and every process it started,
`modules_at_frame` / `docks_at_frame` / `qt_namespace_at_frame` / `modules_at_ready` /
`sources_read` (the files in linecache once connected) as JSON.

Nothing here spins the Qt loop by hand: a polling QTimer drives the steps,
so the app's own qasync loop runs undisturbed.
"""

from __future__ import annotations

import faulthandler
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

PHONE = "9999900001"  # a sandbox test number: its code is always 123456
WINDOW_SIZE = (1120, 660)  # the app's default size; the bare window matches it
Condition = Callable[[], bool]


def report(key: str, value: object) -> None:
    print(f"{key} {value!r}", flush=True)


def report_structure(window: Any) -> None:
    """What the first frame cost: the modules loaded, the docks built and
    whether Qt's namespace (`QtCore.Qt`, ~100 enums) was loaded."""
    import json

    from PySide6 import QtCore
    from PySide6.QtWidgets import QDockWidget

    print(f"modules_at_frame {json.dumps(sorted(sys.modules))}", flush=True)
    print(f"docks_at_frame {len(window.findChildren(QDockWidget))}", flush=True)
    print(f"qt_namespace_at_frame {'Qt' in vars(QtCore)}", flush=True)


def settle(seconds: float) -> Condition:
    deadline = time.monotonic() + seconds
    return lambda: time.monotonic() >= deadline


class FirstFrame:
    """Reports `frame` once the first paint of a window has been presented:
    a zero-timer queued from the window's first paint event fires after the
    paint and the flush of that frame are complete.

    The paint is watched on the window itself, with an event filter put on
    it as it is shown (`QWidget.show`, wrapped until then), not on the whole
    application: an application-wide Python filter is handed every event of
    every object, each wrapped for Python, and in a window of many widgets
    that made Qt load and wrap dozens of classes the app itself never uses
    (~100 ms measured on the app, next to nothing on the bare window)."""

    def __init__(self, on_frame: Callable[[Any], None]) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QWidget

        self.window: Any = None
        outer = self

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if outer.window is None and event.type() == QEvent.Type.Paint:
                    outer.window = obj
                    QTimer.singleShot(0, outer.presented)
                return False

        self._filter = Filter()
        self._on_frame = on_frame
        self._show = QWidget.show

        def show(widget: QWidget) -> None:
            if widget.isWindow():
                widget.installEventFilter(outer._filter)
            outer._show(widget)

        setattr(QWidget, "show", show)  # noqa: B010  (a method, replaced for a while)

    def presented(self) -> None:
        from PySide6.QtWidgets import QWidget

        report("frame", time.time())
        setattr(QWidget, "show", self._show)  # noqa: B010
        self.window.removeEventFilter(self._filter)
        self._on_frame(self.window)


class Driver:
    """Runs a generator of conditions: each step waits until its condition
    holds, polled by a Qt timer (never by spinning the event loop)."""

    def __init__(self, steps: Iterator[Condition]) -> None:
        from PySide6.QtCore import QTimer

        self.steps = steps
        self.waiting: Condition | None = None
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        while self.waiting is None or self.waiting():
            try:
                self.waiting = next(self.steps)
            except StopIteration:
                self.timer.stop()
                return


def rss() -> float:
    from benchmarks.common import tree_rss_mib

    return tree_rss_mib()


def app_steps(window: Any, memory: bool, structure: bool = False) -> Iterator[Condition]:
    from PySide6.QtGui import QAction

    from otp_desktop.flow import Step

    phone = window.view.phone_page.phone
    yield lambda: window.connection is not None and phone.isEnabled() and not phone.isReadOnly()
    report("ready", time.time())
    if structure:
        import json
        import linecache

        print(f"modules_at_ready {json.dumps(sorted(sys.modules))}", flush=True)
        print(f"sources_read {json.dumps(sorted(linecache.cache))}", flush=True)
    if memory:
        yield settle(1.5)  # background loading done, timers idle
        report("idle_rss", rss())
        inspector = window.findChild(QAction, "inspectorAction")
        if not inspector.isChecked():
            inspector.trigger()
        view = window.view
        phone.setText(PHONE)
        phone.textEdited.emit(PHONE)
        view.send()
        yield lambda: view.flow.step is Step.CODE
        view.code_page.otp.setCode("123456")
        view.verify()
        yield lambda: view.flow.step is Step.DONE
        window.inspector.select_row(1)
        yield settle(1.0)
        report("onboarded_rss", rss())
    window.close()


def bare_steps(window: Any, memory: bool) -> Iterator[Condition]:
    if memory:
        yield settle(1.5)
        report("idle_rss", rss())
    window.close()


def run_app(memory: bool, structure: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])
    keep: list[Driver] = []

    def on_frame(window: Any) -> None:
        if structure:
            report_structure(window)
        keep.append(Driver(app_steps(window, memory, structure)))

    frame = FirstFrame(on_frame)
    from otp_desktop.app import main

    code = main(["otp-desktop"])
    del frame
    return code


def run_bare(memory: bool) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    keep: list[Driver] = []
    frame = FirstFrame(lambda window: keep.append(Driver(bare_steps(window, memory))))
    window = QWidget()
    window.resize(*WINDOW_SIZE)
    window.show()
    code = app.exec()
    del frame
    return code


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "app"
    faulthandler.dump_traceback_later(90, exit=True)  # a hang shows where, then ends
    memory = mode.endswith("-memory")
    if mode.startswith("bare"):
        return run_bare(memory)
    return run_app(memory, structure=mode == "app-modules")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
