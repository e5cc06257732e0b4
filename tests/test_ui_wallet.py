"""The wallet view against the embedded sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from tests.sandbox_helpers import add_fault, set_rules


def open_wallet(qtbot, win):
    win.findChild(QPushButton, "walletToolbarButton").click()
    wallet = win.wallet
    qtbot.waitUntil(
        lambda: (
            wallet.session is not None
            and wallet.session.balance is not None
            and wallet.session.busy is None
        ),
        timeout=5000,
    )
    return wallet


def confirm(qtbot, win, yes=True):
    def box():
        found = [b for b in win.findChildren(QMessageBox, "confirmDialog") if b.isVisible()]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: box() is not None, timeout=3000)
    dialog = box()
    text = dialog.text()
    dialog.findChild(QPushButton, "confirmYesButton" if yes else "confirmNoButton").click()
    qtbot.waitUntil(lambda: box() is None, timeout=3000)
    return text


def withdrawals(sandbox) -> int:
    wallet = sandbox.state.wallets.wallet("sandbox-user-1")
    return sum(
        1 for t in wallet.transactions if t["description"]["eventRewardCategory"] == "WITHDRAWN"
    )


def test_balance_and_paging(qtbot, window):
    wallet = open_wallet(qtbot, window)
    assert window.findChild(QLabel, "balance_earned_balance").text() == "250"
    assert window.findChild(QLabel, "balance_min_wallet_bal_to_withdraw").text() == "100"
    assert "0x" in window.findChild(QLabel, "walletAddress").text()
    table = window.findChild(QTableView, "transactionsTable")
    more = window.findChild(QPushButton, "loadMoreButton")
    assert table.model().rowCount() == 10
    # Server order (newest first) until a header is clicked.
    created = [table.model().index(r, 6).data() for r in range(10)]
    assert created == sorted(created, reverse=True)
    assert more.isVisible()
    for expected in (20, 23):
        more.click()
        qtbot.waitUntil(lambda n=expected: table.model().rowCount() == n, timeout=5000)
    assert not more.isVisible()
    # Sortable: by amount, descending.
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    amounts = [float(table.model().index(r, 0).data()) for r in range(table.model().rowCount())]
    assert amounts == sorted(amounts, reverse=True)
    assert wallet.withdraw_button.isEnabled()


def test_withdraw_success_refreshes_balance_and_transactions(qtbot, window, sandbox):
    wallet = open_wallet(qtbot, window)
    wallet.withdraw_button.click()
    text = confirm(qtbot, window)
    assert "250" in text
    assert "PRODUCTION" not in text
    qtbot.waitUntil(
        lambda: "Withdrawn Successfully" in window.findChild(QLabel, "withdrawResult").text(),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: wallet.session.busy is None, timeout=5000)
    assert window.findChild(QLabel, "balance_earned_balance").text() == "0"
    assert window.findChild(QLabel, "balance_on_chain_balance").text() == "250"
    first = window.findChild(QTableView, "transactionsTable").model().index(0, 2).data()
    assert first == "WITHDRAWN"
    assert not wallet.withdraw_button.isEnabled()
    assert "Nothing to withdraw" in window.findChild(QLabel, "withdrawHint").text()
    assert withdrawals(sandbox) == 1


def test_balance_below_minimum(qtbot, window, sandbox):
    set_rules(sandbox.base_url, starting_earned_balance=40)
    wallet = open_wallet(qtbot, window)
    assert not wallet.withdraw_button.isEnabled()
    assert (
        "60 more needed to withdraw (minimum 100)"
        in window.findChild(QLabel, "withdrawHint").text()
    )
    wallet.withdraw_button.click()
    assert withdrawals(sandbox) == 0


def test_twenty_rapid_clicks_and_enter_send_one_withdrawal(wire, qtbot, window, sandbox):
    wallet = open_wallet(qtbot, window)
    add_fault(sandbox.base_url, endpoint="withdraw", kind="latency", latency_ms=300)
    wallet.withdraw_button.setFocus()
    for _ in range(10):
        wallet.withdraw_button.click()
        qtbot.keyClick(wallet.withdraw_button, Qt.Key.Key_Return)
    confirm(qtbot, window)
    for _ in range(10):
        wallet.withdraw_button.click()
        qtbot.keyClick(wallet.withdraw_button, Qt.Key.Key_Return)
        wallet.ask_withdraw()
    qtbot.waitUntil(
        lambda: "Withdrawn" in window.findChild(QLabel, "withdrawResult").text(), timeout=5000
    )
    qtbot.waitUntil(lambda: wallet.session.busy is None, timeout=5000)
    assert wire.count("/withdraw") == 1  # counted where the sandbox receives it
    assert [b for b in window.findChildren(QMessageBox, "confirmDialog") if b.isVisible()] == []


def test_server_error_on_withdraw(qtbot, window, sandbox):
    wallet = open_wallet(qtbot, window)
    add_fault(sandbox.base_url, endpoint="withdraw", kind="status", status=500, count=1)
    wallet.withdraw_button.click()
    confirm(qtbot, window)
    qtbot.waitUntil(
        lambda: window.findChild(QLabel, "walletErrorMessage").isVisible(), timeout=5000
    )
    assert "HTTP 500" in window.findChild(QLabel, "walletErrorMessage").text()
    qtbot.waitUntil(lambda: wallet.session.busy is None, timeout=5000)
    assert window.findChild(QLabel, "balance_earned_balance").text() == "250"
    assert not window.findChild(QPushButton, "walletRetryButton").isVisible()
    # A definite refusal: once the balance is read again, the user may try again.
    qtbot.waitUntil(wallet.withdraw_button.isEnabled, timeout=5000)


def test_dropped_connection_during_withdraw_says_outcome_unknown(qtbot, window, sandbox):
    wallet = open_wallet(qtbot, window)
    add_fault(sandbox.base_url, endpoint="withdraw", kind="drop", count=1)
    gets_before = sum(1 for e in window.exchanges if e.path == "/api/wallet/balance")
    wallet.withdraw_button.click()
    confirm(qtbot, window)
    message = window.findChild(QLabel, "walletErrorMessage")
    qtbot.waitUntil(
        lambda: message.isVisible() and "may or may not" in message.text(), timeout=5000
    )
    qtbot.waitUntil(lambda: wallet.session.busy is None, timeout=5000)
    assert "read again" in message.text()
    assert not window.findChild(QPushButton, "walletRetryButton").isVisible()
    gets_after = sum(1 for e in window.exchanges if e.path == "/api/wallet/balance")
    assert gets_after == gets_before + 1  # the balance was refreshed
    assert withdrawals(sandbox) == 0  # the sandbox dropped it before doing anything


def test_production_confirmation_says_so(qtbot, window, sandbox):
    wallet = open_wallet(qtbot, window)
    window.connection.environment.production = True
    wallet.withdraw_button.click()
    text = confirm(qtbot, window, yes=False)
    assert "PRODUCTION" in text
    assert "#b00020" in text
    assert withdrawals(sandbox) == 0
    assert wallet.withdraw_button.isEnabled()


def test_empty_state_and_back(qtbot, window, sandbox):
    set_rules(sandbox.base_url, seeded_transactions=0, starting_earned_balance=0)
    wallet = open_wallet(qtbot, window)
    assert window.findChild(QLabel, "transactionsEmpty").isVisible()
    assert not window.findChild(QPushButton, "loadMoreButton").isVisible()
    qtbot.keyClick(wallet.refresh_button, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.view


def test_wallet_after_verification(qtbot, window, sandbox):
    from otp_desktop.flow import Step
    from tests.test_ui_onboarding import enter_code, send

    send(qtbot, window, "9999900001")
    enter_code(qtbot, window, "123456")
    qtbot.waitUntil(lambda: window.view.flow.step is Step.DONE, timeout=5000)
    window.findChild(QPushButton, "walletButton").click()
    qtbot.waitUntil(
        lambda: window.wallet.session is not None and window.wallet.session.balance is not None,
        timeout=5000,
    )
    assert window.pages.currentWidget() is window.wallet
