"""The sandbox panel's Users, as an auth emulator shows them: each JWT user
with the numbers it registered (✓ once verified) and its wallet; a balance
can be set (to test the withdraw minimum) and a user forgotten."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.phone import display_international
from otp_desktop.ui.widgets.naming import named
from otp_desktop.ui.widgets.row_table import fit_columns, row_table

MAX_BALANCE = 1e12


def _balance(value: object) -> str:
    """Two decimals, as the balance fields below the table show them."""
    return f"{value:.2f}" if isinstance(value, int | float) else "—"


class UsersTab(QWidget):
    setBalancesRequested = Signal(str, float, float)
    """(user id, earned balance, bonus balance)"""
    forgetRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[dict[str, Any]] = []
        self.table, self.model = row_table(
            self,
            "sandboxUsers",
            self.tr("Users the sandbox knows"),
            [self.tr("User"), self.tr("Numbers"), self.tr("Earned"), self.tr("Bonus")],
            stretch=1,
        )
        self.table.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_editor())
        self.user = named(QLineEdit(), "sandboxUserId", self.tr("User ID"))
        self.user.setPlaceholderText("sandbox-user-1")
        self.earned = self._spin("sandboxEarnedBalance", self.tr("Earned balance"))
        self.bonus = self._spin("sandboxBonusBalance", self.tr("Bonus balance"))
        self._lay_out()

    @staticmethod
    def _spin(name: str, accessible: str) -> QDoubleSpinBox:
        spin = named(QDoubleSpinBox(), name, accessible)
        spin.setRange(0, MAX_BALANCE)
        spin.setDecimals(2)
        return spin

    def _lay_out(self) -> None:
        save = named(
            QPushButton(self.tr("Set balances")), "setBalancesButton", self.tr("Set balances")
        )
        save.clicked.connect(self._ask_set)
        forget = named(
            QPushButton(self.tr("Forget user…")), "forgetUserButton", self.tr("Forget user")
        )
        forget.clicked.connect(self._ask_forget)
        form = QFormLayout()
        form.addRow(self.tr("User ID"), self.user)
        form.addRow(self.tr("Earned balance"), self.earned)
        form.addRow(self.tr("Bonus balance"), self.bonus)
        buttons = QHBoxLayout()
        buttons.addWidget(forget)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def show_users(self, users: list[dict[str, Any]]) -> None:
        if users == self.users:
            return  # unchanged: keep the selection and what is being typed
        chosen = self.selected_user()
        self.users = users
        self.model.setRowCount(0)
        for user in users:
            self.model.appendRow(self._row(user))
        fit_columns(self.table)
        self.table.resizeRowsToContents()
        ids = [str(u.get("user_id")) for u in users]
        if ids:  # the one chosen before, else the first: the form below shows it
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)

    def _row(self, user: dict[str, Any]) -> list[QStandardItem]:
        numbers = []
        for n in user.get("numbers", []):
            shown = display_international(str(n.get("countryCode", "")), str(n.get("phone_number")))
            numbers.append(shown + ("  ✓" if n.get("verified") else ""))
        wallet = user.get("wallet") or {}
        items = [
            QStandardItem(str(user.get("user_id", ""))),
            QStandardItem("\n".join(numbers)),
            QStandardItem(_balance(wallet.get("earned_balance"))),
            QStandardItem(_balance(wallet.get("bonus_balance"))),
        ]
        items[1].setToolTip(self.tr("✓: verified"))
        return items

    def selected_user(self) -> str | None:
        row = self.table.currentIndex().row()
        return str(self.users[row].get("user_id")) if 0 <= row < len(self.users) else None

    def _fill_editor(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.users):
            return
        user = self.users[row]
        wallet = user.get("wallet") or {}
        self.user.setText(str(user.get("user_id", "")))
        for spin, key in ((self.earned, "earned_balance"), (self.bonus, "bonus_balance")):
            value = wallet.get(key)
            if isinstance(value, int | float):
                spin.setValue(float(value))

    def _ask_set(self) -> None:
        user = self.user.text().strip()
        if user:
            self.setBalancesRequested.emit(user, self.earned.value(), self.bonus.value())

    def _ask_forget(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.forgetRequested.emit(user)
