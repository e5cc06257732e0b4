"""The sandbox panel's Test numbers: fixed codes, usable with one click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from otp_desktop.ui.widgets.naming import named
from otp_desktop.ui.widgets.style import secondary


class NumbersTab(QWidget):
    useNumber = Signal(str, str)
    """(country code like "+91", national number)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = named(QListWidget(), "testNumbers", self.tr("Test numbers"))
        self.numbers.itemDoubleClicked.connect(lambda _i: self.use_selected())
        use = named(
            QPushButton(self.tr("&Use this number")),
            "useTestNumberButton",
            self.tr("Use this number"),
        )
        use.clicked.connect(self.use_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(secondary(self.tr("Fixed codes, no real SMS; the rules still apply.")))
        layout.addWidget(self.numbers, 1)
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignRight)

    def use_selected(self) -> None:
        item = self.numbers.currentItem() or self.numbers.item(0)
        if item is not None:
            cc, number = item.data(Qt.ItemDataRole.UserRole)
            self.useNumber.emit(cc, number)

    def show_numbers(self, rules: dict[str, Any]) -> None:
        numbers = [
            (f"{t['country_code']} {t['phone_number']}  →  {t['otp']}", t)
            for t in rules.get("test_numbers", [])
        ]
        if [text for text, _ in numbers] == [
            self.numbers.item(i).text() for i in range(self.numbers.count())
        ]:
            return
        self.numbers.clear()
        for text, t in numbers:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (t["country_code"], t["phone_number"]))
            self.numbers.addItem(item)
