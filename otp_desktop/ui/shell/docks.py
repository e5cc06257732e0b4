"""The window's docks: request inspector, history, sandbox panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget
from shiboken6 import isValid

from otp_desktop.ui.widgets.error_panel import DETAILS_HEIGHT

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
        # The step's own layout hears first of an error or its details
        # showing or going; the central widget's may not hear of it at all.
        window.view.installEventFilter(self)
        self.later = QTimer(self)
        """Fits once the layouts have settled (sizes measured mid-layout are stale)."""
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.fit)
        window.view.error_panel.details_button.toggled.connect(lambda _on: self.later.start())

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.later.start()
        return False

    def fit(self) -> None:
        window, central = self.window, self.central
        if not (isValid(window) and isValid(central)):
            return
        docked = any(isValid(d) and d.isVisible() and not d.isFloating() for d in self.bottom)
        onboarding = window.pages.currentWidget() is window.view  # the wallet may grow
        if docked and onboarding:
            limit = self.needed_height()
        else:
            limit = NO_LIMIT
            window.view.error_panel.cut_details(0)
        shrinks = limit < central.maximumHeight()
        if central.maximumHeight() != limit:
            central.setMaximumHeight(limit)
        # Held as a minimum too, the window takes the height from the docks.
        least = limit if limit != NO_LIMIT else 0
        if central.minimumHeight() != least:
            central.setMinimumHeight(least)
            # A window grown before the details gave up their height shrinks back.
            QTimer.singleShot(0, lambda: fit_to_screen(window))
        if shrinks:
            # The room the card gave back goes to the docks, not to a gap above them.
            QTimer.singleShot(0, self.give_back)

    def give_back(self) -> None:
        window = self.window
        shown = [d for d in self.bottom if isValid(d) and d.isVisible() and not d.isFloating()]
        if isValid(window) and shown:
            window.resizeDocks(shown, [window.height()] * len(shown), Qt.Orientation.Vertical)

    def needed_height(self) -> int:
        """What the step shows: the card's minimum, plus what its wrapped
        lines (an error message, its details) need at the card's real width
        beyond their minimum, or the code boxes get squeezed."""
        window, view, central = self.window, self.window.view, self.central
        least = central.minimumSizeHint().height()
        panel = view.error_panel
        cut = DETAILS_HEIGHT - panel.details.maximumHeight()
        parts = (view.stack.currentWidget(), panel, view.notice)
        wanted = least + sum(_wrapped_extra(w) for w in parts if w is not None)
        # Only the height the docks can give: the window never grows past its
        # screen for it; the error's details give up height first (they scroll).
        room = central.height() + max(0, _screen_height(window) - window.height())
        room += self.dock_slack()
        wanted += cut - panel.cut_details(wanted + cut - room)
        return max(least, min(wanted, room))

    def dock_slack(self) -> int:
        """How much lower the bottom docks can go (tabbed, they share one place)."""
        open_ = [d for d in self.bottom if isValid(d) and d.toggleViewAction().isChecked()]
        shown = [d.height() for d in open_ if d.isVisible() and not d.isFloating()]
        if not shown:
            return 0
        return max(0, max(shown) - max(d.minimumSizeHint().height() for d in open_))


def _wrapped_extra(widget: QWidget) -> int:
    """The height wrapped lines need at the widget's real width beyond its
    minimum (a size hint guesses the lines for another width)."""
    if not widget.isVisible() or not widget.hasHeightForWidth():
        return 0
    return max(0, widget.heightForWidth(widget.width()) - widget.minimumSizeHint().height())


def _screen_height(window: QMainWindow) -> int:
    """The height the window may have on its screen (its own before it shows)."""
    screen = window.screen()
    if screen is None or not window.isVisible():
        return window.height()
    border = window.frameGeometry().height() - window.height()
    return screen.availableGeometry().height() - border


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
