"""The sandbox panel's Rules tab: follows the sandbox's rules as they change
(through the API too), without overwriting a value being edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.ui.qa.sandbox_controls import RULES
from otp_desktop.ui.terms import term
from otp_desktop.ui.widgets.naming import named


class RulesTab(QWidget):
    applyRequested = Signal()
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules: dict[str, Any] = {}
        self.edits: dict[str, QDoubleSpinBox] = {}
        self._edited: set[str] = set()
        form = QFormLayout()
        for key, label, top, decimals in RULES:
            spin = named(QDoubleSpinBox(), "rule_" + key, term(label))
            spin.setRange(0, top)
            spin.setDecimals(decimals)
            spin.valueChanged.connect(lambda _v, k=key: self._edited.add(k))
            self.edits[key] = spin
            form.addRow(term(label), spin)
        apply = named(
            QPushButton(self.tr("Apply r&ules")), "applyRulesButton", self.tr("Apply rules")
        )
        apply.clicked.connect(self.applyRequested)
        reset = named(
            QPushButton(self.tr("Reset sandbox…")), "resetSandboxButton", self.tr("Reset sandbox")
        )
        reset.clicked.connect(self.resetRequested)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(reset)
        row.addStretch(1)
        row.addWidget(apply)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_rules(self, rules: dict[str, Any], *, force: bool = False) -> None:
        """The sandbox's rules; a field the user is editing keeps the user's
        value unless `force` (after Apply or Reset)."""
        self.rules = rules
        if force:
            self._edited.clear()
        for key, spin in self.edits.items():
            value = rules.get(key)
            if not isinstance(value, int | float) or key in self._edited:
                continue
            spin.blockSignals(True)
            spin.setValue(float(value))
            spin.blockSignals(False)

    def changes(self) -> dict[str, float | int]:
        return {key: self._value(key) for key in self.edits}

    def _value(self, key: str) -> float | int:
        value = self.edits[key].value()
        current = self.rules.get(key)
        return int(value) if isinstance(current, int) and not isinstance(current, bool) else value
