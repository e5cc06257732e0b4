"""What the QA workspace needs from the window that holds it, so the QA area
does not import the shell (which imports every area)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from otp_desktop.connection import Connection
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.profiles.environment import Environment
    from otp_desktop.ui.qa.inspector_dock import InspectorDock
    from otp_desktop.ui.tasks import TaskRunner


class QaHost(Protocol):
    """The main window as the QA tools see it."""

    tasks: TaskRunner

    @property
    def inspector(self) -> InspectorDock:
        """Read-only: the window builds its docks after the first frame."""
        ...

    @property
    def book(self) -> EnvironmentBook | None: ...

    def window(self) -> QWidget:
        """The top-level widget dialogs are parented to (QWidget.window())."""
        ...

    def environment(self) -> Environment | None: ...

    def environment_name(self) -> str: ...

    def open_box(self, box: QDialog) -> None: ...

    async def open_connection(self, env: Environment) -> Connection: ...
