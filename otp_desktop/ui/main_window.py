"""The main window: banner, the onboarding view in a card, menus, status bar."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from otp_desktop import __version__
from otp_desktop.api.errors import ApiError
from otp_desktop.flow.cooldown import Clock
from otp_desktop.logging_setup import register_secret
from otp_desktop.phone import default_region
from otp_desktop.ui.onboarding_view import OnboardingView
from otp_desktop.ui.settings import UiSettings
from otp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # loaded after the first paint
    from otp_desktop.api import Exchange
    from otp_desktop.connection import Connection

log = logging.getLogger(__name__)
Connector = Callable[[Callable[["Exchange"], None]], Awaitable["Connection"]]


class MainWindow(QMainWindow):
    connectionReady = Signal()
    exchangeRecorded = Signal(object)

    def __init__(
        self,
        connector: Connector,
        environment_hint: str,
        locale_region: str,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OTP Desktop"))
        self.settings = UiSettings()
        self.tasks = TaskRunner(self.report_unexpected)
        self.connection: Connection | None = None
        self._environment_hint = environment_hint
        self._connector = connector
        self._message_boxes: set[QMessageBox] = set()
        # The session's exchanges, bounded so memory stays flat however long it runs.
        self.exchanges: deque[Exchange] = deque(maxlen=5000)

        self.banner = QLabel()
        self.banner.setObjectName("productionBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The one fixed colour of the app (DESIGN.md section 4).
        self.banner.setStyleSheet(
            "QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; }"
        )
        self.banner.hide()

        region = default_region(self.settings.last_region, locale_region)
        self.view = OnboardingView(self.settings, self.tasks, self.environment_name, region, clock)
        card = QFrame()
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.addWidget(self.view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 10)
        row.addStretch(1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addSpacing(16)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setCentralWidget(central)

        self.last_request = QLabel(self.tr("No request yet"))
        self.last_request.setObjectName("lastRequestLabel")
        self.last_request.setAccessibleName(self.tr("Last request"))
        self.environment_label = QLabel(
            self.tr("Connecting to %1…").replace("%1", environment_hint)
        )
        self.environment_label.setObjectName("environmentLabel")
        self.environment_label.setAccessibleName(self.tr("Active environment"))
        self.statusBar().addWidget(self.last_request, 1)
        self.statusBar().addPermanentWidget(self.environment_label)

        self._build_menus()
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.view.primary_action)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.view.escape)

        self.resize(760, 560)
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.tasks.start(self._connect(), name="connect")

    # --- menus --------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.next_action = self._action(self.tr("&Next user"), self.view.next_user, "Ctrl+N")
        file_menu.addAction(self.next_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(self.tr("&Copy summary"), self.view.copy_summary, "Ctrl+Shift+C")
        )

        settings_menu = bar.addMenu(self.tr("&Settings"))
        auto = QAction(self.tr("Verify as soon as the code is &complete"), self)
        auto.setObjectName("autoSubmitAction")
        auto.setCheckable(True)
        auto.setChecked(self.settings.auto_submit)
        auto.toggled.connect(self._set_auto_submit)
        settings_menu.addAction(auto)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About OTP Desktop"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _set_auto_submit(self, on: bool) -> None:
        self.settings.auto_submit = on

    # --- connection ---------------------------------------------------------

    def environment_name(self) -> str:
        if self.connection is not None:
            return self.connection.environment.name
        return self._environment_hint

    async def _connect(self) -> None:
        try:
            connection = await self._connector(self._record_exchange)
        except ApiError as exc:
            self._connection_failed(exc.user_message, exc.detail)
            return
        except Exception as exc:  # the sandbox or the credentials could not be had
            log.warning("could not connect to %s: %s", self._environment_hint, exc)
            self._connection_failed(
                self.tr("Could not connect to %1.").replace("%1", self._environment_hint), str(exc)
            )
            return
        env = connection.environment
        for secret in (env.credentials.client_secret, env.credentials.user_jwt):
            register_secret(secret)
        self.connection = connection
        self.view.set_connection(connection)
        self.environment_label.setText(self.tr("Environment: %1").replace("%1", env.name))
        self.environment_label.setToolTip(env.base_url)
        self.banner.setVisible(env.production)
        self.banner.setText(
            self.tr("PRODUCTION: %1. Real users receive real SMS.").replace("%1", env.name)
        )
        self.connectionReady.emit()

    def _connection_failed(self, message: str, detail: str) -> None:
        self.environment_label.setText(
            self.tr("Not connected: %1").replace("%1", self._environment_hint)
        )
        self.view.error_panel.show_error(message, detail, can_retry=False)

    def _record_exchange(self, exchange: Exchange) -> None:
        when = time.strftime("%H:%M:%S", time.localtime(exchange.started_at))
        self.last_request.setText(
            self.tr("Last request: %1 %2 → %3 in %4 ms at %5")
            .replace("%1", exchange.method)
            .replace("%2", exchange.path)
            .replace("%3", exchange.outcome)
            .replace("%4", f"{exchange.duration_ms:.0f}")
            .replace("%5", when)
        )
        self.exchanges.append(exchange)
        self.exchangeRecorded.emit(exchange)

    # --- errors and dialogs --------------------------------------------------

    def report_unexpected(self, exc: BaseException) -> None:
        """An error nobody planned for: say so without a traceback."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Something unexpected went wrong. Your input is kept; try again. "
                "The technical details are in the log file."
            )
        )
        box.setDetailedText(f"{type(exc).__name__}: {exc}")
        self._open_box(box)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About OTP Desktop"))
        box.setText(
            self.tr(
                "<b>OTP Desktop %1</b><br>Phone-OTP onboarding for the rewards API, with a "
                "built-in sandbox.<br><br>Built with Qt for Python (PySide6, LGPLv3)."
            ).replace("%1", __version__)
        )
        self._open_box(box)

    def _open_box(self, box: QMessageBox) -> None:
        # open(), never exec(): a nested loop breaks qasync tasks (DESIGN.md section 2).
        self._message_boxes.add(box)
        box.finished.connect(lambda _r: self._message_boxes.discard(box))
        box.open()

    # --- life cycle -----------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)

    async def shutdown(self) -> None:
        """Cancel every task and close the client and the sandbox."""
        await self.tasks.shutdown()
        if self.connection is not None:
            connection, self.connection = self.connection, None
            await connection.aclose()
