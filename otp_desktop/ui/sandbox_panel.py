"""The sandbox panel: the SMS inbox, faults, live rules and test numbers."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.flow.cooldown import format_seconds
from otp_desktop.ui.sandbox_controls import ANY_ENDPOINT, ENDPOINTS, FAULT_KINDS, RULES, epoch_of
from otp_desktop.ui.style import secondary
from otp_desktop.ui.tasks import TaskRunner
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.naming import named

if TYPE_CHECKING:
    from otp_desktop.sandbox_admin import SandboxAdmin


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
        self.messages: list[dict[str, Any]] = []
        self.rules: dict[str, Any] = {}
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Sandbox panel sections"))
        tabs.addTab(self._inbox_tab(), self.tr("&Inbox"))
        tabs.addTab(self._faults_tab(), self.tr("&Faults"))
        tabs.addTab(self._rules_tab(), self.tr("R&ules"))
        tabs.addTab(self._numbers_tab(), self.tr("&Test numbers"))
        self.status = QLabel()
        self.status.setObjectName("sandboxPanelStatus")
        self.status.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        body.setMinimumWidth(360)
        self.setWidget(body)
        self.poll = QTimer(self)
        self.poll.setInterval(1000)
        self.poll.timeout.connect(self.refresh_inbox)

    # --- tabs -------------------------------------------------------------------

    def _inbox_tab(self) -> QWidget:
        self.inbox_model = QStandardItemModel(0, 5, self)
        self.inbox_model.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Code"),
                self.tr("authCode"),
                self.tr("Sent"),
                self.tr("Expires in"),
            ]
        )
        self.inbox = named(QTableView(), "sandboxInbox", self.tr("Codes sent"))
        self.inbox.setModel(self.inbox_model)
        self.inbox.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inbox.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inbox.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inbox.verticalHeader().hide()
        self.inbox.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 70, 75, 75)):
            self.inbox.setColumnWidth(column, width)
        self.inbox.doubleClicked.connect(lambda _i: self.use_selected_code())
        self.use_code_button = named(
            QPushButton(self.tr("&Use this code")), "useCodeButton", self.tr("Use this code")
        )
        self.use_code_button.clicked.connect(self.use_selected_code)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.inbox, 1)
        layout.addWidget(self.use_code_button, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def _faults_tab(self) -> QWidget:
        self.fault_kind = named(QComboBox(), "faultKind", self.tr("Fault kind"))
        for kind, label in FAULT_KINDS:
            self.fault_kind.addItem(term(label), kind)
        self.fault_endpoint = named(QComboBox(), "faultEndpoint", self.tr("Endpoint"))
        for endpoint in ENDPOINTS:
            self.fault_endpoint.addItem(
                term(ANY_ENDPOINT) if endpoint == "*" else endpoint, endpoint
            )
        self.fault_count = named(QSpinBox(), "faultCount", self.tr("How many calls"))
        self.fault_count.setRange(0, 1000)
        self.fault_count.setValue(1)
        self.fault_count.setSpecialValueText(self.tr("until cleared"))
        self.fault_status = named(QSpinBox(), "faultStatus", self.tr("HTTP status"))
        self.fault_status.setRange(100, 599)
        self.fault_status.setValue(500)
        self.fault_retry = named(QSpinBox(), "faultRetryAfter", self.tr("Retry-After"))
        self.fault_retry.setRange(-1, 3600)
        self.fault_retry.setValue(-1)
        self.fault_retry.setSpecialValueText(self.tr("none"))
        self.fault_latency = named(QSpinBox(), "faultLatency", self.tr("Latency (ms)"))
        self.fault_latency.setRange(0, 600_000)
        self.fault_latency.setValue(1000)
        self.active_faults = named(QListWidget(), "activeFaults", self.tr("Active faults"))
        add = named(QPushButton(self.tr("&Add fault")), "addFaultButton", self.tr("Add fault"))
        clear = named(
            QPushButton(self.tr("C&lear faults")), "clearFaultsButton", self.tr("Clear faults")
        )
        add.clicked.connect(self.add_fault)
        clear.clicked.connect(self.clear_faults)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Kind"), self.fault_kind),
            (self.tr("Endpoint"), self.fault_endpoint),
            (self.tr("Calls"), self.fault_count),
            (self.tr("Status"), self.fault_status),
            (self.tr("Retry-After (s)"), self.fault_retry),
            (self.tr("Latency (ms)"), self.fault_latency),
        ):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(clear)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.active_faults, 1)
        return tab

    def _rules_tab(self) -> QWidget:
        self.rule_edits: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for key, label, top, decimals in RULES:
            spin = named(QDoubleSpinBox(), "rule_" + key, term(label))
            spin.setRange(0, top)
            spin.setDecimals(decimals)
            self.rule_edits[key] = spin
            form.addRow(term(label), spin)
        apply = named(
            QPushButton(self.tr("A&pply rules")), "applyRulesButton", self.tr("Apply rules")
        )
        apply.clicked.connect(self.apply_rules)
        reset = named(
            QPushButton(self.tr("Reset sandbox")), "resetSandboxButton", self.tr("Reset sandbox")
        )
        reset.clicked.connect(self.reset_sandbox)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(reset)
        row.addStretch(1)
        row.addWidget(apply)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _numbers_tab(self) -> QWidget:
        self.numbers = named(QListWidget(), "testNumbers", self.tr("Test numbers"))
        self.numbers.itemDoubleClicked.connect(lambda _i: self.use_selected_number())
        use = named(
            QPushButton(self.tr("Use this &number")),
            "useTestNumberButton",
            self.tr("Use this number"),
        )
        use.clicked.connect(self.use_selected_number)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(secondary(self.tr("Fixed codes, no real SMS; the rules still apply.")))
        layout.addWidget(self.numbers, 1)
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    # --- connection -------------------------------------------------------------

    def connect_to(self, base_url: str | None) -> None:
        """Follow the active environment: the built-in sandbox's URL, or None."""
        from otp_desktop.sandbox_admin import SandboxAdmin  # httpx: after the first paint

        old = self.admin
        self.admin = SandboxAdmin(base_url) if base_url else None
        if old is not None:
            self.tasks.start(old.aclose(), name="sandbox-admin-close")
        if self.admin is None:
            self.poll.stop()
            return
        self.poll.start()
        self.tasks.start(self._load_all(), name="sandbox-panel-load")

    async def close_admin(self) -> None:
        self.poll.stop()
        if self.admin is not None:
            admin, self.admin = self.admin, None
            await admin.aclose()

    def _run(self, coro: Any, name: str) -> None:
        from otp_desktop.sandbox_admin import SandboxAdminError

        async def guarded() -> None:
            try:
                await coro
            except SandboxAdminError as exc:
                self.status.setText(str(exc))

        self.tasks.start(guarded(), name=name)

    async def _load_all(self) -> None:
        from otp_desktop.sandbox_admin import SandboxAdminError

        admin = self.admin
        if admin is None:
            return
        try:
            self._show_rules(await admin.rules())
            self._show_faults(await admin.faults())
            self._show_messages(await admin.messages())
        except SandboxAdminError as exc:
            self.status.setText(str(exc))

    def refresh_inbox(self) -> None:
        if self.admin is not None and self.isVisible():
            admin = self.admin
            self._run(self._fetch_messages(admin), "sandbox-inbox")

    async def _fetch_messages(self, admin: SandboxAdmin) -> None:
        self._show_messages(await admin.messages())

    # --- actions ------------------------------------------------------------------

    def fault_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {
            "kind": self.fault_kind.currentData(),
            "endpoint": self.fault_endpoint.currentData(),
            "status": self.fault_status.value(),
            "latency_ms": self.fault_latency.value(),
        }
        if self.fault_count.value() > 0:
            spec["count"] = self.fault_count.value()
        if self.fault_retry.value() >= 0:
            spec["retry_after"] = self.fault_retry.value()
        return spec

    def add_fault(self) -> None:
        if self.admin is not None:
            admin = self.admin

            async def add() -> None:
                self._show_faults(await admin.add_fault(self.fault_spec()))
                self.status.setText(self.tr("Fault added: it applies to the next calls at once."))

            self._run(add(), "sandbox-add-fault")

    def clear_faults(self) -> None:
        if self.admin is not None:
            admin = self.admin

            async def clear() -> None:
                await admin.clear_faults()
                self._show_faults([])
                self.status.setText(self.tr("Faults cleared."))

            self._run(clear(), "sandbox-clear-faults")

    def apply_rules(self) -> None:
        if self.admin is None:
            return
        admin = self.admin
        changes = {key: self._rule_value(key) for key in self.rule_edits}

        async def apply() -> None:
            self._show_rules(await admin.set_rules(changes))
            self.status.setText(self.tr("Rules applied."))
            self.rulesChanged.emit(dict(self.rules))

        self._run(apply(), "sandbox-rules")

    def _rule_value(self, key: str) -> float | int:
        value = self.rule_edits[key].value()
        current = self.rules.get(key)
        return int(value) if isinstance(current, int) and not isinstance(current, bool) else value

    def reset_sandbox(self) -> None:
        if self.admin is not None:
            admin = self.admin

            async def reset() -> None:
                await admin.reset()
                await self._load_all()
                self.status.setText(self.tr("Sandbox reset: codes, wallets and faults forgotten."))

            self._run(reset(), "sandbox-reset")

    def use_selected_code(self) -> None:
        rows = self.inbox.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if 0 <= row < len(self.messages):
            self.useCode.emit(str(self.messages[row]["otp"]))

    def use_selected_number(self) -> None:
        item = self.numbers.currentItem() or self.numbers.item(0)
        if item is not None:
            cc, number = item.data(Qt.ItemDataRole.UserRole)
            self.useNumber.emit(cc, number)

    # --- display ------------------------------------------------------------------

    def _show_messages(self, messages: list[dict[str, Any]]) -> None:
        selected = self.inbox.selectionModel().selectedRows()
        keep = selected[0].row() if selected else 0
        self.messages = messages
        self.inbox_model.setRowCount(0)
        now = time.time()
        for m in messages:
            expires = epoch_of(m.get("expires_at", ""))
            left = max(0.0, expires - now) if expires else 0.0
            sent = epoch_of(m.get("sent_at", ""))
            self.inbox_model.appendRow(
                [
                    QStandardItem(f"{m.get('countryCode', '')} {m.get('phone_number', '')}"),
                    QStandardItem(str(m.get("otp", ""))),
                    QStandardItem(str(m.get("authCode", ""))),
                    QStandardItem(time.strftime("%H:%M:%S", time.localtime(sent)) if sent else ""),
                    QStandardItem(format_seconds(left) if left else self.tr("expired")),
                ]
            )
        if messages:
            self.inbox.selectRow(min(keep, len(messages) - 1))

    def _show_faults(self, faults: list[dict[str, Any]]) -> None:
        self.active_faults.clear()
        for f in faults:
            count = f.get("count")
            left = (
                self.tr("until cleared")
                if count is None
                else self.tr("%1 calls").replace("%1", str(count))
            )
            extra = f" {f.get('status')}" if f.get("kind") == "status" else ""
            self.active_faults.addItem(f"{f.get('kind')}{extra} on {f.get('endpoint')} ({left})")

    def _show_rules(self, rules: dict[str, Any]) -> None:
        self.rules = rules
        for key, spin in self.rule_edits.items():
            if isinstance(rules.get(key), int | float):
                spin.setValue(float(rules[key]))
        self.numbers.clear()
        for t in rules.get("test_numbers", []):
            item = QListWidgetItem(f"{t['country_code']} {t['phone_number']}  →  {t['otp']}")
            item.setData(Qt.ItemDataRole.UserRole, (t["country_code"], t["phone_number"]))
            self.numbers.addItem(item)
