"""A stacked widget as tall as its current page, not its tallest one, so
what follows it (the error panel) stays next to the step's buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class FittingStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._fit)

    def _fit(self, index: int) -> None:
        # The stack's size hint leaves out pages whose policy is Ignored; the
        # new policies re-lay out the window once, before its next paint
        # (laying out every page here, at once, took milliseconds a switch).
        for i in range(self.count()):
            page = self.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    def addWidget(self, widget: QWidget) -> int:
        index = super().addWidget(widget)
        self._fit(self.currentIndex())
        return index
