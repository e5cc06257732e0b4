"""The wallet: balances, transactions and a withdrawal that happens once."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.flow.wallet import WalletAction, WalletSession, WithdrawStage
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.tasks import TaskRunner
from otp_desktop.ui.terms import term
from otp_desktop.ui.wallet.transactions_model import (
    TransactionsModel,
    short_address,
    transactions_table,
)
from otp_desktop.ui.widgets.busy_row import BusyRow
from otp_desktop.ui.widgets.confirm import ask
from otp_desktop.ui.widgets.error_panel import ErrorPanel
from otp_desktop.ui.widgets.style import heading, secondary

if TYPE_CHECKING:
    from otp_desktop.profiles.environment import Environment

BALANCES = (
    ("earned_balance", QT_TRANSLATE_NOOP("Terms", "Earned")),
    ("bought_balance", QT_TRANSLATE_NOOP("Terms", "Bought")),
    ("bonus_balance", QT_TRANSLATE_NOOP("Terms", "Bonus")),
    ("lazy_balance", QT_TRANSLATE_NOOP("Terms", "Lazy")),
    ("on_chain_balance", QT_TRANSLATE_NOOP("Terms", "On chain")),
    ("min_wallet_bal_to_withdraw", QT_TRANSLATE_NOOP("Terms", "Minimum to withdraw")),
)


class WalletView(QWidget):
    backRequested = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        environment: Callable[[], Environment | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._environment = environment
        self.session: WalletSession | None = None
        self._build_header()
        self._build_balance()
        self._build_withdraw()
        self._build_transactions()
        self._lay_out()
        self._render()

    def _build_header(self) -> None:
        self.title = heading(self.tr("Wallet"))
        self.address = secondary("")
        self.address.setObjectName("walletAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_address = self._button(
            self.tr("Copy &address"), "copyAddressButton", self._copy_address
        )
        self.refresh_button = self._button(self.tr("&Refresh"), "refreshWalletButton", self.refresh)
        self.back_button = self._button(
            self.tr("&Back"), "walletBackButton", self.backRequested.emit
        )

    def _build_balance(self) -> None:
        self.balance_box = QFrame()
        self.balance_box.setObjectName("walletBalance")
        self.balance_box.setAccessibleName(self.tr("Wallet balance"))
        grid = QGridLayout(self.balance_box)
        self.values: dict[str, QLabel] = {}
        for i, (field, label) in enumerate(BALANCES):
            value = QLabel("–")
            value.setObjectName(f"balance_{field}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(secondary(term(label)), i // 3 * 2, i % 3)
            grid.addWidget(value, i // 3 * 2 + 1, i % 3)
            self.values[field] = value
        self.modified = secondary("")
        self.modified.setObjectName("walletModified")
        self.tx_error = QLabel(
            self.tr("⚠ The wallet reports a transaction error: recent changes may not show yet.")
        )
        self.tx_error.setObjectName("walletTransactionError")
        self.tx_error.setWordWrap(True)
        self.tx_error.hide()

    def _build_withdraw(self) -> None:
        self.withdraw_button = self._button(
            self.tr("&Withdraw…"), "withdrawButton", self.ask_withdraw
        )
        self.withdraw_hint = secondary("")
        self.withdraw_hint.setObjectName("withdrawHint")
        self.result = QLabel()
        self.result.setObjectName("withdrawResult")
        self.result.setWordWrap(True)

    def _build_transactions(self) -> None:
        self.model = TransactionsModel()
        self.table = transactions_table(self.model)
        self.table.setAccessibleName(self.tr("Transactions"))
        self.empty = secondary(self.tr("No transactions yet."))
        self.empty.setObjectName("transactionsEmpty")
        self.more_button = self._button(self.tr("Load &more"), "loadMoreButton", self.load_more)

        self.busy_row = BusyRow("walletCancelButton")
        self.busy_row.cancelRequested.connect(self.cancel)
        self.error_panel = ErrorPanel("wallet")
        self.error_panel.retryRequested.connect(self.refresh)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_address)
        address_row.addWidget(self.refresh_button)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_hint, 1)
        withdraw_row.addWidget(self.withdraw_button)
        more_row = QHBoxLayout()
        more_row.addWidget(self.empty)
        more_row.addStretch(1)
        more_row.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in (top, address_row):
            layout.addLayout(item)
        for widget in (self.balance_box, self.modified, self.tx_error):
            layout.addWidget(widget)
        layout.addLayout(withdraw_row)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        layout.addLayout(more_row)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_panel)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- session --------------------------------------------------------------

    def open_session(self, session: WalletSession) -> None:
        self.session = session
        session.subscribe(self._render)
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.session is not None and self.session.busy is None:
            self.tasks.start(self.session.refresh(), name="wallet-refresh", action=True)

    def load_more(self) -> None:
        if self.session is not None and self.session.has_more:
            self.tasks.start(self.session.load_more(), name="wallet-more", action=True)

    def cancel(self) -> bool:
        session = self.session
        if session is None or session.busy is None:
            return False
        was_withdraw = session.busy is WalletAction.WITHDRAW
        self.tasks.cancel_current()
        if was_withdraw:  # the money may have moved: look again
            self.tasks.start(session.refresh_after_cancel(), name="wallet-refresh")
        return True

    def ask_withdraw(self) -> None:
        session = self.session
        if session is None or not session.ask_withdraw():
            return
        balance = session.balance
        assert balance is not None
        env = self._environment()
        text = (
            self.tr(
                "Withdraw <b>%1</b> earned from the custodial wallet %2 to the user's own wallet?"
            )
            .replace("%1", f"{balance.earned_balance:g}")
            .replace("%2", html.escape(short_address(balance.wallet_address)))
        )
        if env is not None and env.production:
            # The production warning is the one fixed colour (docs/architecture.md).
            text += (
                "<br><br><span style='color:#b00020'><b>"
                + self.tr("This is PRODUCTION: real funds move.")
                + "</b></span>"
            )
        ask(
            self,
            self.tr("Withdraw?"),
            text,
            lambda: self._withdraw_confirmed(session),
            yes_text=self.tr("Withdraw"),
            on_no=session.decline_withdraw,
            danger=True,
        )

    def _withdraw_confirmed(self, session: WalletSession) -> None:
        self.tasks.start(session.withdraw(), name="withdraw", action=True)

    def _copy_address(self) -> None:
        if self.session is not None and self.session.balance is not None:
            QGuiApplication.clipboard().setText(self.session.balance.wallet_address)

    # --- display --------------------------------------------------------------

    def _render(self) -> None:
        s = self.session
        balance = s.balance if s else None
        busy = s.busy if s else None
        for field, label in self.values.items():
            label.setText(f"{getattr(balance, field):g}" if balance else "–")
        self.address.setText(
            self.tr("Address %1").replace("%1", short_address(balance.wallet_address))
            if balance
            else ""
        )
        self.address.setToolTip(balance.wallet_address if balance else "")
        self.modified.setText(
            self.tr("Last modified %1").replace(
                "%1", balance.modified_at.strftime("%Y-%m-%d %H:%M")
            )
            if balance and balance.modified_at
            else ""
        )
        self.tx_error.setVisible(bool(balance and balance.wallet_transaction_error))
        self.withdraw_button.setEnabled(bool(s and s.can_withdraw()))
        self.withdraw_button.setToolTip(
            translate_core(s.withdraw_availability().reason) if s is not None else ""
        )
        if s is not None and s.withdraw_stage is WithdrawStage.WAITING:
            self.withdraw_hint.setText(translate_core(s.withdraw_availability().reason))
        elif balance is not None and not balance.can_withdraw:
            self.withdraw_hint.setText(
                self.tr("%1 more needed to withdraw (minimum %2).")
                .replace("%1", f"{balance.missing_to_withdraw:g}")
                .replace("%2", f"{balance.min_wallet_bal_to_withdraw:g}")
                if balance.earned_balance > 0
                else self.tr("Nothing to withdraw.")
            )
        else:
            self.withdraw_hint.clear()
        if s is not None:
            self.model.set_transactions(s.transactions)
            self.result.setText(s.result_message)
        read = s is not None and s.transactions_read
        self.empty.setVisible(read and self.model.rowCount() == 0 and busy is None)
        self.more_button.setVisible(bool(s and s.has_more))
        self.more_button.setEnabled(busy is None)
        self.refresh_button.setEnabled(busy is None)
        if busy is None:
            self.busy_row.hide()
        else:
            self.busy_row.show_busy(
                {
                    WalletAction.REFRESH: self.tr("Reading the wallet…"),
                    WalletAction.MORE: self.tr("Loading more transactions…"),
                    WalletAction.WITHDRAW: self.tr("Withdrawing…"),
                }[busy]
            )
        error = s.error if s else None
        if error is None:
            self.error_panel.clear()
        else:
            self.error_panel.show_error(
                error.message,
                error.detail,
                can_retry=error.action is not WalletAction.WITHDRAW,
            )
