"""Pages shown one at a time, as tall as the current page, not the tallest
one, so what follows (the error panel) stays next to the step's buttons.

Not a QStackedWidget: its layout asks every page for its height at a width
on each re-layout of the window (a word-wrapped label shapes its text every
time), milliseconds on every step change. Here the other pages are hidden
in a box layout, which leaves hidden widgets out of every measure."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class FittingStack(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(0)

    def addWidget(self, widget: QWidget) -> int:
        self._pages.append(widget)
        self._box.addWidget(widget)
        if self._current < 0:
            self._current = 0
            widget.show()
            self.currentChanged.emit(0)
        else:
            widget.hide()
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, widget: QWidget) -> int:
        return self._pages.index(widget) if widget in self._pages else -1

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(widget))

    def setCurrentIndex(self, index: int) -> None:
        page = self.widget(index)
        if page is None or index == self._current:
            return
        old = self.currentWidget()
        self._current = index
        # Hidden first: the shown page's layout pass then measures it alone.
        if old is not None:
            old.hide()
        page.show()
        self.currentChanged.emit(index)
