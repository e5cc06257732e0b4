"""Keyboard rules of the main window that no single widget can keep.

- The window's shortcuts win over text fields: a QLineEdit claims Ctrl+E
  (end of line on Linux desktops) and other keys through ShortcutOverride,
  and the phone field has focus most of the time.
- Tab skips widgets that Qt counts as visible but that are not on screen
  (the docks behind another dock's tab, a dock tab bar parked off the window).
- Lists, tables and read-only text show a frame while they have focus
  (the style draws none there), and Tab leaves a table instead of walking
  its cells (the arrow keys do that). A default button (the step's main
  action, drawn highlighted already) gets a ring while it has focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QWidget,
)
from shiboken6 import isValid

_FOCUS_FRAME = "*:focus { border: 2px solid palette(highlight); }"


class _FocusRing(QProxyStyle):
    """The application's style, plus a ring inside a push button with
    keyboard focus: the style shows focus and "default" the same way."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        keyboard_focus = (
            QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        )
        if element == QStyle.ControlElement.CE_PushButton and (
            option.state & keyboard_focus == keyboard_focus
        ):
            painter.save()
            color = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(color, 1, Qt.PenStyle.DotLine))
            painter.drawRect(option.rect.adjusted(4, 4, -5, -5))
            painter.restore()


_ring_style: list[_FocusRing] = []  # one, kept alive: widgets do not own their style


def frame_focus(window: QWidget) -> None:
    """Give the window's lists, tables and text views a frame while they have
    focus. Set on each view, not on the window: a style sheet there would
    change how every other widget draws its focus."""
    views: list[QWidget] = [
        *window.findChildren(QAbstractItemView),
        *window.findChildren(QPlainTextEdit),
    ]
    for view in views:
        if view.window() is window and view.focusPolicy() & Qt.FocusPolicy.TabFocus:
            view.setStyleSheet(_FOCUS_FRAME)
            if isinstance(view, QAbstractItemView):
                view.setTabKeyNavigation(False)
    if not _ring_style:
        _ring_style.append(_FocusRing())
    for button in window.findChildren(QPushButton):
        if button.isDefault():
            button.setStyle(_ring_style[0])


def window_shortcuts(window: QMainWindow) -> set[QKeySequence]:
    """Every key sequence the window's actions and shortcuts answer to."""
    keys: set[QKeySequence] = set()
    for action in window.findChildren(QAction):
        keys.update(s for s in action.shortcuts() if not s.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key())
    return keys


def _portable(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.PortableText)


_ENTER = {_portable(QKeySequence(key)) for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)}
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ShortcutsWin(QObject):
    """An event filter on the focused widget (where Qt sends ShortcutOverride):
    the ShortcutOverride of a key the window answers to never reaches it, so
    the shortcut fires. Only the focused widget is watched: a filter on the
    whole application ran Python for every event of every widget (hundreds a
    frame, milliseconds of the UI thread each time a page changes).

    Enter stays with the widget that claims it (the country picker takes the
    best match on Enter). The shortcuts are read at each key, so actions
    added later are covered too; typed text is let through at once."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and isValid(self._window) and new.window() is self._window:
            self._watched = new
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if not event.modifiers() & _COMMAND and event.text().isprintable() and event.text():
            return False  # typing
        pressed = _portable(QKeySequence(event.keyCombination()))
        if pressed in _ENTER:
            return False
        keys = window_shortcuts(self._window)
        if pressed not in {_portable(k) for k in keys if k.count() == 1}:
            return False
        # Unclaimed, whatever another filter on the widget said: the shortcut fires.
        event.ignore()
        return True


def next_shown_focus(step: Callable[[bool], bool], forward: bool) -> bool:
    """Move focus like Tab with `step` (QMainWindow.focusNextPrevChild),
    skipping widgets with nothing on screen."""
    start = QApplication.focusWidget()
    for _ in range(200):  # the focus chain is finite: stop once round
        if not step(forward):
            return False
        focused = QApplication.focusWidget()
        if focused is None or focused is start or not focused.visibleRegion().isEmpty():
            return True
    return True
