"""The window's docks: request inspector, history, sandbox panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

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
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.useCode.connect(window.view.use_code)
    panel.useNumber.connect(window.view.use_number)
    window.add_cleanup(panel.close_admin)
    for dock in (inspector, history, panel):
        dock.hide()
    return inspector, history, panel


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
    toggle.changed.connect(lambda: action.setEnabled(toggle.isEnabled()))
    action.triggered.connect(lambda _checked=False: _show_or_hide(dock, action))
    return action


def _show_or_hide(dock: QDockWidget, action: QAction) -> None:
    in_front = dock.isVisible() and not dock.visibleRegion().isEmpty()
    if in_front:
        dock.hide()
    else:
        dock.show()
        dock.raise_()
    action.setChecked(not dock.isHidden())
