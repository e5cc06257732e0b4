"""The main window: environment bar, banner, the onboarding view in a card,
menus and status bar. It owns the active environment's connection."""

from __future__ import annotations

import asyncio
import copy
import importlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.api.errors import ApiError
from otp_desktop.flow import Step
from otp_desktop.flow.cooldown import Clock
from otp_desktop.logging_setup import register_secret
from otp_desktop.phone import default_region
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.environments.bar import EnvironmentBar
from otp_desktop.ui.onboarding.view import OnboardingView
from otp_desktop.ui.qa.session_actions import SessionActions
from otp_desktop.ui.settings import UiSettings
from otp_desktop.ui.shell.docks import add_docks
from otp_desktop.ui.shell.file_notices import remember_active, show_file_notices
from otp_desktop.ui.shell.keyboard import (
    ShortcutsWin,
    frame_focus,
    next_shown_focus,
)
from otp_desktop.ui.shell.menus import build_menus, show_unexpected
from otp_desktop.ui.tasks import TaskRunner
from otp_desktop.ui.widgets.confirm import ask
from otp_desktop.ui.widgets.fitting_stack import FittingStack

if TYPE_CHECKING:  # loaded after the first frame
    from otp_desktop.api import Exchange
    from otp_desktop.connection import Connection
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.profiles.environment import Environment
    from otp_desktop.ui.qa.history_dock import HistoryDock
    from otp_desktop.ui.qa.inspector_dock import InspectorDock
    from otp_desktop.ui.qa.sandbox_panel import SandboxPanel
    from otp_desktop.ui.wallet.view import WalletView

log = logging.getLogger(__name__)
ExchangeHook = Callable[["Exchange"], None]
Connector = Callable[["Environment", ExchangeHook], Awaitable["Connection"]]
BookLoader = Callable[[], "EnvironmentBook"]


class MainWindow(QMainWindow):
    connectionReady = Signal()
    exchangeRecorded = Signal(object)

    def __init__(
        self,
        book_loader: BookLoader,
        connector: Connector,
        locale_region: str,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OTP Desktop"))
        self.settings = UiSettings()
        self.tasks = TaskRunner(self.report_unexpected)
        self.book: EnvironmentBook | None = None
        self.connection: Connection | None = None
        self._book_loader = book_loader
        self._connector = connector
        self._cleanups: list[Callable[[], Awaitable[None]]] = []
        self._message_boxes: set[QDialog] = set()
        self._build_toolbar()
        self._build_central(locale_region, clock)
        self._build_status_bar()
        self.menuBar()  # its place is kept in the first frame; its menus come after
        self.resize(1120, 660)  # room for the card and the sandbox panel side by side
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        # The phone step is all the first frame needs. The wallet, the docks and
        # the menus are built right after it, then the environment connects.
        self._finished = False
        self._painted = False

    def _build_toolbar(self) -> None:
        self.env_bar = EnvironmentBar(self)
        self.addToolBar(self.env_bar)
        self.env_bar.switchRequested.connect(self.request_switch)
        self.env_bar.manageRequested.connect(self.manage_environments)
        self.env_bar.addSeparator()
        self.wallet_toolbar_button = QPushButton(self.tr("Wallet"))
        self.wallet_toolbar_button.setObjectName("walletToolbarButton")
        self.wallet_toolbar_button.setAccessibleName(self.tr("Open the wallet"))
        self.wallet_toolbar_button.setEnabled(False)
        self.wallet_toolbar_button.clicked.connect(self.show_wallet)
        self.env_bar.addWidget(self.wallet_toolbar_button)

    def _build_central(self, locale_region: str, clock: Clock) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("productionBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The one fixed colour of the app (docs/architecture.md).
        self.banner.setStyleSheet(
            "QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; }"
        )
        self.banner.hide()

        region = default_region(self.settings.last_region, locale_region)
        self.view = OnboardingView(
            self.settings, self.tasks, self.environment_name, region, clock, self.environment
        )
        card = QFrame()
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(900)
        self.view.result_page.walletRequested.connect(self.show_wallet)
        self.pages = FittingStack()
        self.pages.addWidget(self.view)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.addWidget(self.pages)
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

    def _build_status_bar(self) -> None:
        self.last_request = self._status_label("lastRequestLabel", self.tr("Last request"))
        self.last_request.setText(self.tr("No request yet"))
        self.keyring_notice = self._status_label("keyringNotice", self.tr("Secret storage"))
        self.jwt_status = self._status_label("jwtStatusLabel", self.tr("User JWT"))
        self.environment_label = self._status_label(
            "environmentLabel", self.tr("Active environment")
        )
        self.environment_label.setText(self.tr("Connecting…"))
        self.statusBar().addWidget(self.last_request, 1)
        for label in (self.keyring_notice, self.jwt_status, self.environment_label):
            self.statusBar().addPermanentWidget(label)
        self.keyring_notice.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._finish_and_connect)  # once this frame is out

    def _finish_and_connect(self) -> None:
        self._finish_building()
        self.tasks.start(self._start(), name="connect")

    def _finish_building(self) -> None:
        """What the first frame does without: the wallet, the docks, the menus
        (also built on first use, should anything ask before)."""
        if self._finished:
            return
        self._finished = True
        from otp_desktop.ui.wallet.view import WalletView

        self._wallet = WalletView(self.tasks, self.environment)
        self._wallet.backRequested.connect(self.show_onboarding)
        self.pages.addWidget(self._wallet)
        self._add_docks_menus_and_keys()
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def _add_docks_menus_and_keys(self) -> None:
        self._inspector, self._history, self._sandbox_panel = add_docks(self)
        self._sandbox_panel.rulesChanged.connect(self._sandbox_rules_changed)

        self.session_actions = SessionActions(self)
        build_menus(self)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.primary_action)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape)
        ShortcutsWin(self)
        frame_focus(self)
        # The first thing typed is the number; the country is remembered.
        self.view.phone_page.phone.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def wallet(self) -> WalletView:
        self._finish_building()
        return self._wallet

    @property
    def inspector(self) -> InspectorDock:
        self._finish_building()
        return self._inspector

    @property
    def history(self) -> HistoryDock:
        self._finish_building()
        return self._history

    @property
    def sandbox_panel(self) -> SandboxPanel:
        self._finish_building()
        return self._sandbox_panel

    def _status_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        return label

    def focusNextPrevChild(self, forward: bool) -> bool:
        return next_shown_focus(super().focusNextPrevChild, forward)

    def add_cleanup(self, cleanup: Callable[[], Awaitable[None]]) -> None:
        self._cleanups.append(cleanup)

    # --- pages --------------------------------------------------------------

    def primary_action(self) -> None:
        if self.pages.currentWidget() is self.view:
            self.view.primary_action()
            return
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()

    def escape(self) -> None:
        if self.pages.currentWidget() is self.view:
            self.view.escape()
        elif not self.wallet.cancel():
            self.show_onboarding()

    def show_wallet(self) -> None:
        if self.connection is None:
            return
        from otp_desktop.flow.wallet import WalletSession

        self.pages.setCurrentWidget(self.wallet)
        self.wallet.open_session(WalletSession(self.connection.client))
        self.wallet.refresh_button.setFocus()

    def show_onboarding(self) -> None:
        self.pages.setCurrentWidget(self.view)

    # --- environments -------------------------------------------------------

    def environment(self) -> Environment | None:
        return self.connection.environment if self.connection is not None else None

    def environment_name(self) -> str:
        if self.connection is not None:
            return self.connection.environment.name
        return self.book.active if self.book is not None else ""

    async def _start(self) -> None:
        # Keyring and config files are read off the UI thread, after the first paint.
        close_history = await self.history.open_for(
            self.view.recorder, self.view.flow, self.settings.history_retention_days
        )
        if close_history is not None:
            self.add_cleanup(close_history)
        # The keyring, the config file and the connection modules (httpx,
        # pydantic, aiohttp: ~0.25 s of imports) load off the UI thread.
        self.book = await asyncio.to_thread(self._book_loader)
        await asyncio.to_thread(importlib.import_module, "otp_desktop.connection")
        self.env_bar.show_book(self.book)
        self.keyring_notice.setText(self.tr("⚠ Secrets in memory only"))
        self.keyring_notice.setToolTip(
            self.tr("No keyring is available: secrets are kept for this run only.")
        )
        show_file_notices(self, self.history.notice, self.book.problem)
        await self._open(self.book.current())

    async def _open(self, env: Environment) -> None:
        from otp_desktop.profiles.environment import InvalidEnvironmentError

        self.environment_label.setText(self.tr("Connecting to %1…").replace("%1", env.name))
        # The last request belongs to the environment being left.
        self.last_request.setText(self.tr("No request yet"))
        self.last_request.setToolTip("")
        try:
            connection = await self._connector(env, self._record_exchange)
        except ApiError as exc:
            self._connection_failed(env, exc.user_message, exc.detail)
            return
        except InvalidEnvironmentError as exc:  # refused by the environment's own rules
            self._connection_failed(env, str(exc), "")
            return
        except Exception as exc:  # the sandbox or its credentials could not be had
            log.warning("could not connect to %s: %s", env.name, exc)
            self._connection_failed(
                env, self.tr("Could not connect to %1.").replace("%1", env.name), str(exc)
            )
            return
        active = connection.environment
        for secret in (active.credentials.client_secret, active.credentials.user_jwt):
            register_secret(secret)
        self.connection = connection
        self.view.set_connection(connection)
        self.view.recorder.environment = active.name
        self.sandbox_panel.connect_to(active.base_url if active.builtin_sandbox else None)
        self.sandbox_panel.setVisible(active.builtin_sandbox)
        if active.builtin_sandbox:
            self.resizeDocks([self.sandbox_panel], [400], Qt.Orientation.Horizontal)
        self.sandbox_panel.toggleViewAction().setEnabled(active.builtin_sandbox)
        self.environment_label.setText(self.tr("Environment: %1").replace("%1", active.name))
        self.environment_label.setToolTip(active.base_url)
        self.banner.setVisible(active.production)
        # The built-in sandbox keeps no secret anywhere: the notice would only worry.
        # (Asked only then: the question loads the keyring's backends.)
        book = None if active.builtin_sandbox else self.book
        self.keyring_notice.setVisible(book is not None and not book.secrets_persistent)
        self.banner.setText(
            self.tr("PRODUCTION: %1. Real users receive real SMS.").replace("%1", active.name)
        )
        self._show_jwt(active)
        if active.notice:  # e.g. spaces trimmed around a secret from the environment
            self.statusBar().showMessage(translate_core(active.notice), 20_000)
        self.wallet_toolbar_button.setEnabled(bool(active.credentials.user_jwt))
        self.connectionReady.emit()

    def _sandbox_rules_changed(self, rules: dict[str, object]) -> None:
        """The flow shows the sandbox's clocks and attempts: keep them in step."""
        from otp_desktop.profiles.builtin_sandbox import apply_rules

        if self.connection is not None and self.connection.environment.builtin_sandbox:
            apply_rules(self.connection.environment, rules)
            self.view.set_connection(self.connection)

    def _show_jwt(self, env: Environment) -> None:
        from otp_desktop.profiles.jwt_info import JwtProblem, decode

        try:
            info = decode(env.credentials.user_jwt)
        except JwtProblem as exc:
            self.jwt_status.setText(self.tr("JWT: not usable"))
            self.jwt_status.setToolTip(translate_core(str(exc)))
            return
        self.jwt_status.setText(
            self.tr("JWT %1").replace("%1", translate_core(info.describe_expiry()))
        )
        self.jwt_status.setToolTip(
            self.tr("User %1, wallet %2")
            .replace("%1", info.user_id)
            .replace("%2", info.wallet_address)
        )

    def _connection_failed(self, env: Environment, message: str, detail: str) -> None:
        self.environment_label.setText(self.tr("Not connected: %1").replace("%1", env.name))
        self.banner.setVisible(env.production)
        self.view.error_panel.show_error(message, detail, can_retry=False)

    def request_switch(self, name: str) -> None:
        """The selector chose `name`: ask first if an onboarding is under way."""
        if self.book is None or name == self.book.active:
            return
        if self._onboarding_in_progress():
            ask(
                self,
                self.tr("Switch environment?"),
                self.tr("An onboarding is in progress on %1. Switching to %2 abandons it.")
                .replace("%1", self.book.active)
                .replace("%2", name),
                lambda: self.switch_to(name),
                yes_text=self.tr("Switch"),
                on_no=lambda: self.env_bar.show_active(self.book.active if self.book else ""),
            )
            return
        self.switch_to(name)

    def _onboarding_in_progress(self) -> bool:
        flow = self.view.flow
        return flow.step is Step.CODE or flow.busy is not None

    def switch_to(self, name: str) -> None:
        self.tasks.start(self._switch(name), name="switch")

    async def _switch(self, name: str) -> None:
        assert self.book is not None
        self.tasks.cancel_current()
        self.view.recorder.finalize(self.view.flow, "environment switched")
        self.view.next_user()
        self.show_onboarding()
        self.inspector.hide_secrets()
        old, self.connection = self.connection, None
        self.view.set_connection(None)
        self.wallet_toolbar_button.setEnabled(False)
        self.view.error_panel.clear()
        if old is not None:
            await old.aclose()
        remember_active(self, self.book, name)
        self.env_bar.show_active(name)
        env = self.book.current()
        await self._open(env)

    async def open_connection(self, env: Environment) -> Connection:
        """A connection of its own to `env` (a replay's), recorded in the inspector."""
        connection = await self._connector(env, self._record_exchange)
        creds = connection.environment.credentials
        for secret in (creds.client_secret, creds.user_jwt):
            register_secret(secret)
        return connection

    def manage_environments(self) -> None:
        if self.book is None:
            return
        from otp_desktop.ui.environments.dialog import EnvironmentsDialog

        before = copy.deepcopy(self.book.current())
        live = self.environment()
        dialog = EnvironmentsDialog(
            self.book, self, live if live is not None and live.builtin_sandbox else None
        )
        dialog.saved.connect(lambda: self._environments_saved(before))
        self.open_box(dialog)

    def _environments_saved(self, before: Environment) -> None:
        """Reconnect only if the active environment itself changed: the agent's
        onboarding and the sandbox's faults stay otherwise."""
        assert self.book is not None
        self.env_bar.show_book(self.book)
        after = self.book.current()
        if after == before:
            return
        if not self._onboarding_in_progress():
            self.switch_to(after.name)
            return
        ask(
            self,
            self.tr("Apply the changed environment?"),
            self.tr(
                "An onboarding is in progress on %1. Applying the changed settings now "
                "abandons it; otherwise they apply at the next switch."
            ).replace("%1", before.name),
            lambda: self.switch_to(after.name),
            yes_text=self.tr("Apply now"),
        )

    def _record_exchange(self, exchange: Exchange) -> None:
        when = time.strftime("%H:%M:%S", time.localtime(exchange.started_at))
        # Short in the status bar (the last path segment), whole in the tooltip.
        text = (
            self.tr("%1 %2 → %3 · %4 ms · %5")
            .replace("%3", exchange.outcome)
            .replace("%4", f"{exchange.duration_ms:.0f}")
            .replace("%5", when)
            .replace("%1", exchange.method)
        )
        short = exchange.path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        self.last_request.setText(text.replace("%2", short))
        self.last_request.setToolTip(text.replace("%2", exchange.path))
        self.inspector.record(exchange, self.connection.environment.name if self.connection else "")
        self.exchangeRecorded.emit(exchange)

    @property
    def exchanges(self) -> list[Exchange]:
        """The session's exchanges (the inspector's ring buffer)."""
        self.inspector.model.flush()
        return list(self.inspector.model.log)

    # --- errors and dialogs --------------------------------------------------

    def report_unexpected(self, exc: BaseException) -> None:
        """An error nobody planned for: say so without a traceback."""
        show_unexpected(self, exc)

    def open_box(self, box: QDialog) -> None:
        """Show a dialog with open(), never exec(): a nested loop breaks qasync
        tasks (docs/architecture.md)."""
        self._message_boxes.add(box)
        box.finished.connect(lambda _r: self._message_boxes.discard(box))
        box.open()

    # --- life cycle -----------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)

    async def shutdown(self) -> None:
        """Cancel every task, close the client, then stop what was started."""
        await self.tasks.shutdown()
        self.view.recorder.finalize(self.view.flow, "app closed")
        if self.connection is not None:
            connection, self.connection = self.connection, None
            await connection.aclose()
        for cleanup in self._cleanups:
            await cleanup()
