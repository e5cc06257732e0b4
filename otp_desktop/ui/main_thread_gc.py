"""Python's cyclic garbage collector on the Qt thread only.

The collector runs in whichever thread happens to allocate when a threshold
is crossed. If that is the sandbox's thread and the garbage holds a Qt
object (a widget in a reference cycle with a lambda slot), Qt destroys it
from the wrong thread and aborts the process. So automatic collection is
switched off and a timer on the main thread collects instead (the approach
of pyqtgraph's GarbageCollector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self._frozen = False
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)

    def freeze_startup(self) -> None:
        """Once the app has started: leave everything alive now (modules,
        metadata, the window) out of later collections, so a full collection
        scans only what came after instead of stalling the UI for the whole
        heap (`gc.freeze`). Only the young generations are collected first:
        a full collection here would itself be the stall."""
        if not self._frozen:
            self._frozen = True
            gc.collect(1)
            gc.freeze()

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()
