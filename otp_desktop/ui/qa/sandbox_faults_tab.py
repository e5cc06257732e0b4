"""The sandbox panel's Faults tab: the kinds the sandbox itself lists, only
the fields a kind uses, and the faults still armed as the sandbox reports
them (used-up ones drop off)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.ui.qa.sandbox_controls import ANY_ENDPOINT, ENDPOINTS, FAULT_KINDS
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.naming import named

# Which optional fields each kind reads; the others are hidden for it.
FIELDS_OF_KIND = {
    "status": ("status", "retry_after"),
    "latency": ("latency",),
    "trickle": ("latency",),
}
LABELS = dict(FAULT_KINDS)


class FaultsTab(QWidget):
    addRequested = Signal()
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = named(QComboBox(), "faultKind", self.tr("Fault kind"))
        self.endpoint = named(QComboBox(), "faultEndpoint", self.tr("Endpoint"))
        self.show_listing([k for k, _ in FAULT_KINDS], list(ENDPOINTS))
        self.count = named(QSpinBox(), "faultCount", self.tr("How many calls"))
        self.count.setRange(0, 1000)
        self.count.setValue(1)
        self.count.setSpecialValueText(self.tr("until cleared"))
        self.status = named(QSpinBox(), "faultStatus", self.tr("HTTP status"))
        self.status.setRange(100, 599)
        self.status.setValue(500)
        self.retry = named(QSpinBox(), "faultRetryAfter", self.tr("Retry-After"))
        self.retry.setRange(-1, 3600)
        self.retry.setValue(-1)
        self.retry.setSpecialValueText(self.tr("none"))
        self.latency = named(QSpinBox(), "faultLatency", self.tr("Latency (ms)"))
        self.latency.setRange(0, 600_000)
        self.latency.setValue(1000)
        self.active = named(QListWidget(), "activeFaults", self.tr("Active faults"))
        self._lay_out()
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fields())
        self._show_fields()

    def _lay_out(self) -> None:
        add = named(QPushButton(self.tr("Add fault")), "addFaultButton", self.tr("Add fault"))
        clear = named(
            QPushButton(self.tr("Clear faults")), "clearFaultsButton", self.tr("Clear faults")
        )
        add.clicked.connect(self.addRequested)
        clear.clicked.connect(self.clearRequested)
        self.form = QFormLayout()
        for label, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Endpoint"), self.endpoint),
            (self.tr("Calls"), self.count),
            (self.tr("Status"), self.status),
            (self.tr("Retry-After (s)"), self.retry),
            (self.tr("Latency (ms)"), self.latency),
        ):
            self.form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.active, 1)

    def show_listing(self, kinds: list[str], endpoints: list[str]) -> None:
        """The kinds and endpoints as the sandbox lists them (its own word
        wins over any copy in the UI)."""
        current_kind, current_endpoint = self.kind.currentData(), self.endpoint.currentData()
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(term(LABELS[kind]) if kind in LABELS else kind, kind)
        self.endpoint.clear()
        for endpoint in endpoints:
            self.endpoint.addItem(term(ANY_ENDPOINT) if endpoint == "*" else endpoint, endpoint)
        for combo, value in ((self.kind, current_kind), (self.endpoint, current_endpoint)):
            if (index := combo.findData(value)) >= 0:
                combo.setCurrentIndex(index)

    def _show_fields(self) -> None:
        used = FIELDS_OF_KIND.get(str(self.kind.currentData()), ())
        for field, widget in (
            ("status", self.status),
            ("retry_after", self.retry),
            ("latency", self.latency),
        ):
            self.form.setRowVisible(widget, field in used)

    def spec(self) -> dict[str, Any]:
        kind = str(self.kind.currentData())
        used = FIELDS_OF_KIND.get(kind, ())
        spec: dict[str, Any] = {"kind": kind, "endpoint": self.endpoint.currentData()}
        if "status" in used:
            spec["status"] = self.status.value()
        if "latency" in used:
            spec["latency_ms"] = self.latency.value()
        if "retry_after" in used and self.retry.value() >= 0:
            spec["retry_after"] = self.retry.value()
        if self.count.value() > 0:
            spec["count"] = self.count.value()
        return spec

    def show_faults(self, faults: list[dict[str, Any]]) -> None:
        lines = [self._describe(f) for f in faults]
        if lines == [self.active.item(i).text() for i in range(self.active.count())]:
            return  # unchanged: keep the selection and scroll position
        self.active.clear()
        self.active.addItems(lines)

    def _describe(self, fault: dict[str, Any]) -> str:
        count = fault.get("count")
        if count is None:
            left = self.tr("until cleared")
        elif count == 1:
            left = self.tr("1 call")
        else:
            left = self.tr("%1 calls").replace("%1", str(count))
        kind = str(fault.get("kind"))
        name = term(LABELS[kind]) if kind in LABELS else kind
        extra = f" {fault.get('status')}" if kind == "status" else ""
        endpoint = str(fault.get("endpoint"))
        where = term(ANY_ENDPOINT) if endpoint == "*" else endpoint
        return f"{name}{extra} · {where} ({left})"
