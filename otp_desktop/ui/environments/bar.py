"""The toolbar's environment selector and its Manage button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QToolBar, QWidget

if TYPE_CHECKING:  # the profiles load after the first paint
    from otp_desktop.profiles.book import EnvironmentBook


class EnvironmentBar(QToolBar):
    switchRequested = Signal(str)
    manageRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentToolbar")
        self.setWindowTitle(self.tr("Environment"))
        self.setMovable(False)
        label = QLabel(self.tr("Envir&onment "))
        self.selector = QComboBox()
        self.selector.setObjectName("profileSelector")
        self.selector.setAccessibleName(self.tr("Environment"))
        self.selector.setMinimumContentsLength(18)
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.selector.setEnabled(False)
        label.setBuddy(self.selector)
        self.manage = QPushButton(self.tr("Mana&ge…"))
        self.manage.setObjectName("manageEnvironmentsButton")
        self.manage.setAccessibleName(self.tr("Manage environments"))
        self.manage.setEnabled(False)
        self.addWidget(label)
        self.addWidget(self.selector)
        self.addWidget(self.manage)
        self.selector.activated.connect(self._activated)
        self.manage.clicked.connect(self.manageRequested)

    def show_book(self, book: EnvironmentBook) -> None:
        self.selector.blockSignals(True)
        self.selector.clear()
        for env in book.all():
            self.selector.addItem(env.name + ("  ⚠ PRODUCTION" if env.production else ""), env.name)
        self.selector.setCurrentIndex(max(0, self.selector.findData(book.active)))
        self.selector.blockSignals(False)
        self.selector.setEnabled(True)
        self.manage.setEnabled(True)

    def show_active(self, name: str) -> None:
        self.selector.blockSignals(True)
        self.selector.setCurrentIndex(max(0, self.selector.findData(name)))
        self.selector.blockSignals(False)

    def _activated(self, index: int) -> None:
        self.switchRequested.emit(str(self.selector.itemData(index)))
