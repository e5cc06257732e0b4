"""The window's docks: request inspector, history, sandbox panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

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
