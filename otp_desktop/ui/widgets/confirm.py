"""Questions that do not block the event loop (open(), never exec())."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # QMessageBox loads with the first question, not with the window
    from PySide6.QtWidgets import QMessageBox, QWidget

_open: set[QMessageBox] = set()


def ask(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    *,
    yes_text: str,
    on_no: Callable[[], None] | None = None,
    danger: bool = False,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("confirmDialog")
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmYesButton")
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    no.setObjectName("confirmNoButton")
    box.setDefaultButton(no if danger else yes)
    box.setEscapeButton(no)

    def finished() -> None:
        _open.discard(box)
        # Keys typed next belong to the window again (a platform without a
        # window manager leaves no window active once the box is gone).
        parent.window().activateWindow()
        if box.clickedButton() is yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(lambda _result: finished())
    _open.add(box)
    box.open()
    return box
