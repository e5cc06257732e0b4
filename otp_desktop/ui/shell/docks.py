"""The window's docks: request inspector, history, sandbox panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow
from shiboken6 import isValid

if TYPE_CHECKING:  # the docks' modules load after the first frame (menus import this one)
    from otp_desktop.ui.qa.history_dock import HistoryDock
    from otp_desktop.ui.qa.inspector_dock import InspectorDock
    from otp_desktop.ui.qa.sandbox_panel import SandboxPanel
    from otp_desktop.ui.shell.main_window import MainWindow


def add_docks(window: MainWindow) -> tuple[InspectorDock, HistoryDock, SandboxPanel]:
    """Create the docks hidden (the sandbox panel shows with the Sandbox)."""
    from otp_desktop.ui.qa.history_dock import HistoryDock
    from otp_desktop.ui.qa.inspector_dock import InspectorDock
    from otp_desktop.ui.qa.sandbox_panel import SandboxPanel

    settings = window.settings
    inspector = InspectorDock(window.session.traffic, window)
    window.session.attach_traffic(inspector.record)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, inspector)
    history = HistoryDock(settings.history_retention_days, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, history)
    window.tabifyDockWidget(inspector, history)
    history.retention.valueChanged.connect(
        lambda days: setattr(settings, "history_retention_days", days)
    )
    panel = SandboxPanel(window.tasks, window)
    # The panel runs the window's full height beside the card and the bottom
    # docks, instead of adding its height to theirs (a 768-pixel screen).
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.useCode.connect(window.view.use_code)
    panel.useNumber.connect(window.view.use_number)
    window.add_cleanup(panel.close_admin)
    give_room_when_shown(window, inspector)
    give_room_when_shown(window, history)
    card = CardFit(window, (inspector, history))
    for dock in (inspector, history, panel):
        dock.hide()
        dock.visibilityChanged.connect(lambda _shown: fit_to_screen(window))
        dock.visibilityChanged.connect(lambda _shown: card.fit())
    window.pages.currentChanged.connect(lambda _i: card.fit())
    return inspector, history, panel


NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


class CardFit(QObject):
    """With a bottom dock open, the onboarding card keeps only the height its
    step needs and the dock gets the rest: the Done step needs less than the
    Code step before it, and that room goes back to the exchanges."""

    def __init__(self, window: MainWindow, bottom: tuple[QDockWidget, ...]) -> None:
        super().__init__(window)
        self.window, self.bottom = window, bottom
        central = window.centralWidget()
        assert central is not None
        self.central = central
        central.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def fit(self) -> None:
        window, central = self.window, self.central
        if not (isValid(window) and isValid(central)):
            return
        docked = any(isValid(d) and d.isVisible() and not d.isFloating() for d in self.bottom)
        onboarding = window.pages.currentWidget() is window.view  # the wallet may grow
        # Its minimum is what the step shows (a wrapped label's size hint
        # guesses a narrower card, and so more lines).
        limit = central.minimumSizeHint().height() if docked and onboarding else NO_LIMIT
        if central.maximumHeight() != limit:
            central.setMaximumHeight(limit)


def give_room_when_shown(window: QMainWindow, dock: QDockWidget) -> None:
    """The first time a bottom dock opens, give it over half the window's
    height: the card needs little room, the exchanges need a lot. The user's
    own sizes are kept afterwards (and restored with the window's state)."""
    shown_before = {"yes": False}

    def on_visible(visible: bool) -> None:
        if visible and not shown_before["yes"] and isValid(window):
            shown_before["yes"] = True
            # After this turn's layout, or the dock area has no size to share yet.
            QTimer.singleShot(0, lambda: _give_room(window, dock))

    dock.visibilityChanged.connect(on_visible)


def _give_room(window: QMainWindow, dock: QDockWidget) -> None:
    if isValid(window) and isValid(dock) and dock.isVisible():
        window.resizeDocks([dock], [int(window.height() * 0.58)], Qt.Orientation.Vertical)


def fit_to_screen(window: QMainWindow) -> None:
    """Keep the whole window, status bar included, on its screen when a dock
    opens: a laptop's 768 pixels leave no room to grow."""
    # Docks report themselves hidden while the window is being destroyed.
    if not isValid(window) or not window.isVisible():
        return
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    border_w, border_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), room.width() - border_w)
    height = min(window.height(), room.height() - border_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if not room.contains(frame):
        window.move(
            max(room.left(), min(frame.left(), room.right() - frame.width())),
            max(room.top(), min(frame.top(), room.bottom() - frame.height())),
        )


def dock_action(window: MainWindow, dock: QDockWidget, shortcut: str, name: str) -> QAction:
    """The View menu's entry for a dock. Unlike the dock's own toggle action
    it brings a dock tabbed behind another to the front instead of closing it."""
    toggle = dock.toggleViewAction()
    action = QAction(toggle.text(), window)
    action.setObjectName(name)
    action.setCheckable(True)
    action.setChecked(toggle.isChecked())
    action.setShortcut(QKeySequence(shortcut))
    toggle.toggled.connect(action.setChecked)
    toggle.changed.connect(lambda: _follow_enabled(toggle, action))
    action.triggered.connect(lambda _checked=False: _show_or_hide(dock, action))
    return action


def _follow_enabled(toggle: QAction, action: QAction) -> None:
    if isValid(toggle) and isValid(action):  # both go while the window is destroyed
        action.setEnabled(toggle.isEnabled())


def _show_or_hide(dock: QDockWidget, action: QAction) -> None:
    in_front = dock.isVisible() and not dock.visibleRegion().isEmpty()
    if in_front:
        dock.hide()
    else:
        dock.show()
        dock.raise_()
    action.setChecked(not dock.isHidden())
