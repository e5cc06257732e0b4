"""The window's docks: request inspector, history, sandbox panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from otp_desktop.ui.history_dock import HistoryDock
from otp_desktop.ui.inspector_dock import InspectorDock
from otp_desktop.ui.sandbox_panel import SandboxPanel

if TYPE_CHECKING:
    from otp_desktop.ui.main_window import MainWindow


def add_docks(window: MainWindow) -> tuple[InspectorDock, HistoryDock, SandboxPanel]:
    """Create the docks hidden (the sandbox panel shows with the Sandbox)."""
    settings = window.settings
    inspector = InspectorDock(settings.inspector_capacity, window)
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
    for dock in (inspector, history, panel):
        dock.hide()
        dock.visibilityChanged.connect(lambda _shown: fit_to_screen(window))
    return inspector, history, panel


def fit_to_screen(window: QMainWindow) -> None:
    """Keep the whole window, status bar included, on its screen when a dock
    opens: a laptop's 768 pixels leave no room to grow."""
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
