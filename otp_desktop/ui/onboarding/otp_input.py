"""The code input: one widget drawn as six digit slots.

One widget (not six line edits) so that paste, Backspace and screen
readers see one field, and leading zeros stay what they are: characters.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from otp_desktop.flow.code_text import extract_code

SLOT_W, SLOT_H, GAP = 44, 54, 10


class OtpInput(QWidget):
    codeChanged = Signal(str)
    completed = Signal(str)
    """All slots are filled."""
    submitted = Signal()
    """Enter was pressed."""

    def __init__(self, length: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._length = length
        self._code = ""
        self._read_only = False
        self.setObjectName("otpInput")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setAccessibleName(self.tr("Verification code"))
        self._update_description()

    # --- value ------------------------------------------------------------

    def code(self) -> str:
        return self._code

    def length(self) -> int:
        return self._length

    def setCode(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())[: self._length]
        if digits == self._code:
            return
        self._code = digits
        self._update_description()
        self.update()
        self.codeChanged.emit(digits)
        if len(digits) == self._length:
            self.completed.emit(digits)

    def clear(self) -> None:
        self.setCode("")

    def setReadOnly(self, read_only: bool) -> None:
        """Keys do not change the code (while it is being checked). Unlike
        disabling, the focus stays here and nothing is repainted."""
        self._read_only = read_only

    def isReadOnly(self) -> bool:
        return self._read_only

    def paste_text(self, text: str) -> bool:
        """Fill from pasted text ("Your code is 123456"); False if no code in it."""
        found = extract_code(text, self._length)
        if found is None:
            return False
        self.setCode(found)
        return True

    def _update_description(self) -> None:
        # One widget for six slots: the description says which slot is next,
        # as six separate fields would ("digit 3 of 6").
        entered = (
            self.tr("%1 of %2 digits entered")
            .replace("%1", str(len(self._code)))
            .replace("%2", str(self._length))
        )
        if len(self._code) < self._length:
            entered += "; " + (
                self.tr("digit %1 of %2 next")
                .replace("%1", str(len(self._code) + 1))
                .replace("%2", str(self._length))
            )
        self.setAccessibleDescription(entered)

    # --- input ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._read_only and (_editing(event) or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.accept()  # typed while the code is checked: nothing changes
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        elif key == Qt.Key.Key_Backspace:
            self.setCode(self._code[:-1])
        elif key == Qt.Key.Key_Delete:
            self.clear()
        elif event.text().isascii() and event.text().isdigit() and len(event.text()) == 1:
            if len(self._code) < self._length:
                self.setCode(self._code + event.text())
        else:
            event.ignore()  # Esc, Tab and shortcuts go on to the page
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def contextMenuEvent(self, _event: object) -> None:
        menu = QMenu(self)
        paste = menu.addAction(self.tr("&Paste code"))
        paste.triggered.connect(lambda: self.paste_text(QGuiApplication.clipboard().text()))
        clear = menu.addAction(self.tr("&Clear"))
        clear.triggered.connect(self.clear)
        for action in (paste, clear):
            action.setEnabled(not self._read_only)
        menu.popup(self.cursor().pos())

    # --- drawing ----------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(self._length * SLOT_W + (self._length - 1) * GAP + 4, SLOT_H + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        active = len(self._code) if self.hasFocus() and self.isEnabled() else -1
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        for i in range(self._length):
            rect = QRectF(2 + i * (SLOT_W + GAP), 2, SLOT_W, SLOT_H)
            painter.setBrush(pal.color(group, QPalette.ColorRole.Base))
            focused = i == min(active, self._length - 1)
            border = (
                pal.color(group, QPalette.ColorRole.Highlight)
                if focused
                else slot_border(pal, group)
            )
            painter.setPen(QPen(border, 2.0 if focused else 1.0))
            painter.drawRoundedRect(rect, 6, 6)
            if i < len(self._code):
                painter.setPen(pal.color(group, QPalette.ColorRole.Text))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._code[i])
        painter.end()


def _editing(event: QKeyEvent) -> bool:
    """A key that would change the code: a digit, Backspace, Delete, Paste."""
    text = event.text()
    return (
        event.matches(QKeySequence.StandardKey.Paste)
        or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        or (len(text) == 1 and text.isascii() and text.isdigit())
    )


def slot_border(pal: QPalette, group: QPalette.ColorGroup) -> QColor:
    """The empty slot's outline: text colour faded towards the base, so it
    stands out on light and dark themes alike (the Mid role is nearly the
    base colour on some dark themes)."""
    text, base = (
        pal.color(group, QPalette.ColorRole.Text),
        pal.color(group, QPalette.ColorRole.Base),
    )
    t = 0.45
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * t,
        base.greenF() + (text.greenF() - base.greenF()) * t,
        base.blueF() + (text.blueF() - base.blueF()) * t,
    )
