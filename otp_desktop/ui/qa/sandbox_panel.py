"""The sandbox panel: the SMS inbox, faults, live rules and test numbers,
following the sandbox itself (polled once a second while shown)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.ui.qa.sandbox_faults_tab import FaultsTab
from otp_desktop.ui.qa.sandbox_inbox_tab import InboxTab
from otp_desktop.ui.qa.sandbox_journal_tab import JournalTab
from otp_desktop.ui.qa.sandbox_numbers_tab import NumbersTab
from otp_desktop.ui.qa.sandbox_rules_tab import RulesTab
from otp_desktop.ui.qa.sandbox_users_tab import UsersTab
from otp_desktop.ui.tasks import TaskRunner
from otp_desktop.ui.widgets.confirm import ask

if TYPE_CHECKING:
    from otp_desktop.sandbox_admin import SandboxAdmin


MAX_MIN_WIDTH = 520
"""The most the panel insists on: a 1366-pixel screen keeps room for the card."""


class SandboxPanel(QDockWidget):
    useCode = Signal(str)
    useNumber = Signal(str, str)
    """(country code like "+91", national number)"""
    rulesChanged = Signal(dict)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sandbox"), parent)
        self.setObjectName("sandboxPanel")
        self.setAccessibleName(self.tr("Sandbox panel"))
        self.tasks = tasks
        self.admin: SandboxAdmin | None = None
        self._calls: set[asyncio.Task[None]] = set()
        """Tasks calling the admin: cancelled before it is closed."""
        self.inbox_tab = InboxTab()
        self.faults_tab = FaultsTab()
        self.rules_tab = RulesTab()
        self.users_tab = UsersTab()
        self.journal_tab = JournalTab()
        self.numbers_tab = NumbersTab()
        self._build()
        self.numbers_tab.useNumber.connect(self.useNumber)
        self.users_tab.setBalancesRequested.connect(self.set_balances)
        self.users_tab.forgetRequested.connect(self.confirm_forget)
        self.journal_tab.clearRequested.connect(self.clear_journal)
        self.inbox_tab.useRequested.connect(self.use_selected_code)
        self.faults_tab.addRequested.connect(self.add_fault)
        self.faults_tab.clearRequested.connect(self.clear_faults)
        self.rules_tab.applyRequested.connect(self.apply_rules)
        self.rules_tab.resetRequested.connect(self.confirm_reset)
        self.poll = QTimer(self)
        self.poll.setInterval(1000)
        self.poll.timeout.connect(self.refresh)

    def _build(self) -> None:
        self.tabs = tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Sandbox panel sections"))
        tabs.addTab(self.inbox_tab, self.tr("Inbox"))
        tabs.addTab(self.faults_tab, self.tr("Faults"))
        tabs.addTab(self.rules_tab, self.tr("Rules"))
        tabs.addTab(self.users_tab, self.tr("Users"))
        tabs.addTab(self.journal_tab, self.tr("Journal"))
        tabs.addTab(self.numbers_tab, self.tr("Test numbers"))
        # Six tabs share the panel's width: names shorten (whole in the
        # tooltip) rather than hiding the last tabs behind scroll arrows.
        bar = tabs.tabBar()
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setUsesScrollButtons(False)
        for i in range(tabs.count()):
            tabs.setTabToolTip(i, tabs.tabText(i))
        self.status = QLabel()
        self.status.setObjectName("sandboxPanelStatus")
        self.status.setWordWrap(True)
        # What an action on one tab said ("Fault added") is not about the next.
        tabs.currentChanged.connect(lambda _i: self.status.clear())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        # As wide as its tab names (a narrower panel shortens them), within reason.
        body.setMinimumWidth(max(360, min(self.natural_width(), MAX_MIN_WIDTH)))
        self.setWidget(body)

    def natural_width(self) -> int:
        """The width at which every tab's name shows whole."""
        return self.tabs.tabBar().sizeHint().width() + 40  # the frames and margins

    # --- what older code and tests reach ------------------------------------------

    @property
    def active_faults(self) -> Any:
        return self.faults_tab.active

    @property
    def fault_kind(self) -> Any:
        return self.faults_tab.kind

    @property
    def rule_edits(self) -> Any:
        return self.rules_tab.edits

    @property
    def rules(self) -> dict[str, Any]:
        return self.rules_tab.rules

    @property
    def inbox_model(self) -> Any:
        return self.inbox_tab.model

    # --- connection -------------------------------------------------------------

    def connect_to(self, base_url: str | None) -> None:
        """Follow the active environment: the built-in sandbox's URL, or None."""
        from otp_desktop.sandbox_admin import SandboxAdmin  # httpx: after the first paint

        old = self.admin
        self.admin = SandboxAdmin(base_url) if base_url else None
        self._cancel_calls()
        if old is not None:
            self.tasks.start(old.aclose(), name="sandbox-admin-close")
        if self.admin is None:
            self.poll.stop()
            return
        self.poll.start()
        self._run(lambda admin: self._load(admin, listing=True), "sandbox-panel-load")

    def _track(self, task: asyncio.Task[None]) -> None:
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    def _cancel_calls(self) -> None:
        """A call left running would reach the admin after it is closed."""
        for task in list(self._calls):
            task.cancel()
        self._calls.clear()

    async def close_admin(self) -> None:
        self.poll.stop()
        self._cancel_calls()
        if self.admin is not None:
            admin, self.admin = self.admin, None
            await admin.aclose()

    def _run(self, job: Callable[[SandboxAdmin], Awaitable[None]], name: str) -> None:
        from otp_desktop.sandbox_admin import SandboxAdminError

        admin = self.admin
        if admin is None:
            return

        async def guarded() -> None:
            try:
                await job(admin)
            except SandboxAdminError as exc:
                self.status.setText(str(exc))

        self._track(self.tasks.start(guarded(), name=name))

    async def _load(
        self, admin: SandboxAdmin, *, listing: bool = False, force: bool = False
    ) -> None:
        if listing:
            kinds, endpoints = await admin.fault_listing()
            if kinds:
                self.faults_tab.show_listing(kinds, endpoints)
        self._show_rules(await admin.rules(), force=force)
        self.faults_tab.show_faults(await admin.faults())
        self.inbox_tab.show_messages(await admin.messages())
        self.users_tab.show_users(await admin.users())
        since = self.journal_tab.since()
        self.journal_tab.add_entries(await admin.requests(since), since)

    def refresh(self) -> None:
        """Inbox, faults and rules as the sandbox has them now (changes made
        through the API or used-up faults show within a second)."""
        if self.isVisible() and not self.tasks.running("sandbox-refresh"):
            self._run(self._load, "sandbox-refresh")

    # --- actions ------------------------------------------------------------------

    def fault_spec(self) -> dict[str, Any]:
        return self.faults_tab.spec()

    def add_fault(self) -> None:
        async def add(admin: SandboxAdmin) -> None:
            self.faults_tab.show_faults(await admin.add_fault(self.fault_spec()))
            self.status.setText(self.tr("Fault added: it applies to the next calls at once."))

        self._run(add, "sandbox-add-fault")

    def clear_faults(self) -> None:
        async def clear(admin: SandboxAdmin) -> None:
            await admin.clear_faults()
            self.faults_tab.show_faults([])
            self.status.setText(self.tr("Faults cleared."))

        self._run(clear, "sandbox-clear-faults")

    def apply_rules(self) -> None:
        changes = self.rules_tab.changes()

        async def apply(admin: SandboxAdmin) -> None:
            self._show_rules(await admin.set_rules(changes), force=True)
            self.status.setText(self.tr("Rules applied."))

        self._run(apply, "sandbox-rules")

    def confirm_reset(self) -> None:
        ask(
            self,
            self.tr("Reset the sandbox?"),
            self.tr(
                "Every code sent, every wallet and every fault is forgotten (the rules stay). "
                "An onboarding in progress on the sandbox will need a new code."
            ),
            self.reset_sandbox,
            yes_text=self.tr("Reset"),
            danger=True,
        )

    def reset_sandbox(self) -> None:
        async def reset(admin: SandboxAdmin) -> None:
            await admin.reset()
            await self._load(admin, force=True)
            self.status.setText(self.tr("Sandbox reset: codes, wallets and faults forgotten."))

        self._run(reset, "sandbox-reset")

    def set_balances(self, user: str, earned: float, bonus: float) -> None:
        async def set_(admin: SandboxAdmin) -> None:
            found = await admin.set_balances(user, earned_balance=earned, bonus_balance=bonus)
            self.users_tab.show_users(found)
            self.status.setText(self.tr("Balances of %1 set.").replace("%1", user))

        self._run(set_, "sandbox-set-balances")

    def confirm_forget(self, user: str) -> None:
        ask(
            self,
            self.tr("Forget this user?"),
            self.tr(
                "The sandbox forgets %1: its wallet, and its numbers' codes, waits and "
                "verification (each number is new again)."
            ).replace("%1", user),
            lambda: self.forget_user(user),
            yes_text=self.tr("Forget"),
            danger=True,
        )

    def forget_user(self, user: str) -> None:
        async def forget(admin: SandboxAdmin) -> None:
            self.users_tab.show_users(await admin.forget_user(user))
            self.status.setText(self.tr("%1 forgotten.").replace("%1", user))

        self._run(forget, "sandbox-forget-user")

    def clear_journal(self) -> None:
        async def clear(admin: SandboxAdmin) -> None:
            await admin.clear_requests()
            self.journal_tab.clear()

        self._run(clear, "sandbox-clear-journal")

    def use_selected_code(self) -> None:
        code = self.inbox_tab.selected_code()
        if code is not None:
            self.useCode.emit(code)

    # --- display ------------------------------------------------------------------

    def _show_rules(self, rules: dict[str, Any], *, force: bool = False) -> None:
        first = not self.rules_tab.rules
        changed = rules != self.rules_tab.rules
        self.rules_tab.show_rules(rules, force=force)
        if changed and not first:
            self.rulesChanged.emit(dict(rules))  # the flow's clocks follow the sandbox's
        self.numbers_tab.show_numbers(rules)
