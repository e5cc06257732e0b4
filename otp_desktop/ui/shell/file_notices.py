"""What went wrong with the app's own files, said once in the window.

A damaged history database or environments file is moved aside by the core
and the app carries on; a save that fails keeps the change for this run.
The window shows each such notice in a bar under the toolbar (not a modal
box: the app stays usable), with the full path, until it is dismissed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton

from otp_desktop.ui.core_text import translate_core


class FileNoticeBar(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fileNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Notice about the app's files"))
        self.message = QLabel()
        self.message.setObjectName("fileNoticeText")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Dismiss"))
        close.setObjectName("dismissFileNoticeButton")
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.notices: list[str] = []

    def add(self, notice: str) -> None:
        text = translate_core(notice)
        if text not in self.notices:
            self.notices.append(text)
        self.message.setText("\n\n".join(self.notices))
        self.show()

    def dismiss(self) -> None:
        self.notices.clear()
        self.hide()


def show_file_notices(window: QMainWindow, *notices: str) -> None:
    """Show each non-empty notice in the window's bar (created on first use)."""
    if not any(notices):
        return
    bar = window.findChild(FileNoticeBar)
    if bar is None:
        bar = FileNoticeBar()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, bar)  # right under the production banner
    for notice in notices:
        if notice:
            bar.add(notice)
