"""The main window: environment bar, banner, the onboarding and wallet
views in a card, docks, menus and status bar, on top of a `Session` that
owns the connection, the flows, the history and the traffic log. The first
frame shows the phone step before the session is there (docs/architecture.md)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

# QtCore.Qt where used: loading that namespace builds ~100 enums (~25 ms),
# which the first frame does without (docs/architecture.md).
from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

from otp_desktop.countries import default_region
from otp_desktop.ui.onboarding.view import OnboardingView
from otp_desktop.ui.settings import UiSettings
from otp_desktop.ui.shell.card import centred_card, production_banner
from otp_desktop.ui.shell.chrome import build_status_bar, build_toolbar
from otp_desktop.ui.widgets.fitting_stack import FittingStack

if TYPE_CHECKING:  # loaded after the first frame (each Qt class costs to load, too)
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QDialog

    from otp_desktop.api import Exchange
    from otp_desktop.connection import Connection
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.profiles.environment import Environment
    from otp_desktop.session import Session
    from otp_desktop.ui.qa.history_dock import HistoryDock
    from otp_desktop.ui.qa.inspector_dock import InspectorDock
    from otp_desktop.ui.qa.sandbox_panel import SandboxPanel
    from otp_desktop.ui.qa.session_actions import SessionActions
    from otp_desktop.ui.tasks import TaskRunner
    from otp_desktop.ui.wallet.view import WalletView


class MainWindow(QMainWindow):
    """Built with its session, or without one for the first frame: the phone
    step alone (typing kept), then `attach(session)` once it is on screen."""

    connectionReady = Signal()
    exchangeRecorded = Signal(object)
    firstFrameShown = Signal()
    """The first paint is out (on screen, or in the platform's hands)."""
    tasks: TaskRunner
    session_actions: SessionActions

    def __init__(self, session: Session | None, locale_region: str) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OTP Desktop"))
        self._session: Session | None = None
        self.settings = UiSettings()
        self._cleanups: list[Callable[[], Awaitable[None]]] = []
        self._message_boxes: set[QDialog] = set()
        self._unsubscribe: list[Callable[[], None]] = []
        self.env_bar, self.wallet_toolbar_button = build_toolbar(self)
        self._build_central(locale_region, checking=session is not None)
        (self.last_request, self.keyring_notice, self.jwt_status, self.environment_label) = (
            build_status_bar(self)
        )
        self.menuBar()  # its place is kept in the first frame; its menus come after
        self.resize(1120, 660)  # room for the card and the sandbox panel side by side
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._finished = False  # the wallet, docks and menus: after the first frame
        self._painted = False
        self._frame_out = False
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """Drive the window by `session`; it connects once the first frame is out."""
        from otp_desktop.ui.shell.session_display import follow_session
        from otp_desktop.ui.tasks import TaskRunner

        self._session = session
        self.banner = production_banner()  # hidden until a production environment
        self._central_layout.insertWidget(0, self.banner)
        self.tasks = TaskRunner(self.report_unexpected)
        self.view.bind(self.tasks, session)
        self.view.result_page.walletRequested.connect(self.show_wallet)
        self._unsubscribe = follow_session(self)
        if self._frame_out:  # else _first_frame_out goes on from here
            QTimer.singleShot(0, self._finish_and_connect)

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the window has no session yet: attach() one first")
        return self._session

    def _build_central(self, locale_region: str, checking: bool) -> None:
        region = default_region(self.settings.last_region, locale_region)
        self.view = OnboardingView(self.settings, region, checking=checking)
        self.pages = FittingStack()
        self.pages.addWidget(self.view)
        row = centred_card(self.pages)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addSpacing(16)  # the production banner goes above (attach)
        outer.addLayout(row)
        outer.addStretch(1)
        self._central_layout = outer
        self.setCentralWidget(central)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._first_frame_out)  # once this frame is out

    def _first_frame_out(self) -> None:
        self._frame_out = True
        self.firstFrameShown.emit()
        if self._session is not None:
            self._finish_and_connect()

    def _finish_and_connect(self) -> None:
        self._finish_building()
        self.tasks.start(self.session.start(self.settings.history_retention_days), name="connect")

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
        from PySide6.QtGui import QKeySequence, QShortcut

        from otp_desktop.ui.qa.session_actions import SessionActions
        from otp_desktop.ui.shell.docks import add_docks
        from otp_desktop.ui.shell.keyboard import ShortcutsWin, frame_focus
        from otp_desktop.ui.shell.menus import build_menus

        self._inspector, self._history, self._sandbox_panel = add_docks(self)
        self._sandbox_panel.rulesChanged.connect(self._sandbox_rules_changed)

        self.session_actions = SessionActions(self)
        build_menus(self)
        keys = QtCore.Qt.Key
        for key in (keys.Key_Return, keys.Key_Enter):
            QShortcut(QKeySequence(key), self, self.primary_action)
        QShortcut(QKeySequence(keys.Key_Escape), self, self.escape)
        ShortcutsWin(self)
        frame_focus(self)
        # The first thing typed is the number; the country is remembered.
        self.view.phone_page.phone.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

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

    def focusNextPrevChild(self, forward: bool) -> bool:
        from otp_desktop.ui.shell.keyboard import next_shown_focus

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
        wallet = self.session.open_wallet()
        if wallet is None:
            return
        self.pages.setCurrentWidget(self.wallet)
        self.wallet.open_session(wallet)
        self.wallet.refresh_button.setFocus()

    def show_onboarding(self) -> None:
        self.pages.setCurrentWidget(self.view)

    # --- the session ------------------------------------------------------------

    @property
    def connection(self) -> Connection | None:
        return self._session.connection if self._session is not None else None

    @property
    def book(self) -> EnvironmentBook | None:
        return self.session.book

    def environment(self) -> Environment | None:
        return self.session.environment()

    def environment_name(self) -> str:
        return self.session.environment_name()

    @property
    def exchanges(self) -> list[Exchange]:
        """The session's exchanges (the inspector's ring buffer)."""
        return list(self.session.traffic)

    async def open_connection(self, env: Environment) -> Connection:
        """A connection of its own to `env` (a replay's), recorded in the inspector."""
        return await self.session.open_connection(env)

    def request_switch(self, name: str) -> None:
        from otp_desktop.ui.shell import switching

        switching.request_switch(self, name)

    def switch_to(self, name: str) -> None:
        from otp_desktop.ui.shell import switching

        switching.switch_to(self, name)

    def manage_environments(self) -> None:
        from otp_desktop.ui.shell import switching

        switching.manage_environments(self)

    def _sandbox_rules_changed(self, rules: dict[str, object]) -> None:
        """The flow shows the sandbox's clocks and attempts: keep them in step."""
        if self.session.apply_sandbox_rules(rules):
            self.view.set_connected(True)

    # --- errors and dialogs --------------------------------------------------

    def report_unexpected(self, exc: BaseException) -> None:
        """An error nobody planned for: say so without a traceback."""
        from otp_desktop.ui.shell.menus import show_unexpected

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
        """Cancel every task, stop listening, stop what the window started,
        then close the session (its connection, history and sandbox)."""
        if self._session is None:
            return
        await self.tasks.shutdown()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        for cleanup in self._cleanups:
            await cleanup()
        await self.session.close()
