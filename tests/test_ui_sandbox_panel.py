"""The sandbox panel changes what the running sandbox answers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDockWidget, QListWidget, QPushButton, QSpinBox

from otp_desktop.flow import Step
from tests.sandbox_helpers import add_fault, dev_get
from tests.test_ui_onboarding import error_text, send


def panel_of(qtbot, win):
    panel = win.findChild(QDockWidget, "sandboxPanel")
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.rules) > 0, timeout=5000)
    return panel


def test_inbox_and_use_this_code(qtbot, window, sandbox):
    panel = panel_of(qtbot, window)
    send(qtbot, window)
    otp = sandbox.state.otp.messages("9876543219")[0].otp
    qtbot.waitUntil(lambda: panel.inbox_model.rowCount() == 1, timeout=5000)
    assert panel.inbox_model.item(0, 1).text() == otp
    assert panel.inbox_model.item(0, 0).text() == "+91 98765 43219"  # as the phone field writes it
    window.findChild(QPushButton, "useCodeButton").click()
    qtbot.waitUntil(lambda: window.view.flow.step is Step.DONE, timeout=5000)


def test_fault_controls_apply_at_once(qtbot, window, sandbox):
    panel = panel_of(qtbot, window)
    panel.fault_kind.setCurrentIndex(panel.fault_kind.findData("status"))
    endpoint = window.findChild(QComboBox, "faultEndpoint")
    endpoint.setCurrentIndex(endpoint.findData("register"))
    window.findChild(QSpinBox, "faultStatus").setValue(503)
    window.findChild(QSpinBox, "faultCount").setValue(1)
    window.findChild(QPushButton, "addFaultButton").click()
    qtbot.waitUntil(
        lambda: window.findChild(QListWidget, "activeFaults").count() == 1, timeout=5000
    )
    assert dev_get(sandbox.base_url, "faults")["faults"][0]["status"] == 503
    from tests.test_ui_errors import start_send

    start_send(qtbot, window)
    qtbot.waitUntil(lambda: "HTTP 503" in error_text(window), timeout=5000)
    window.findChild(QPushButton, "addFaultButton").click()
    qtbot.waitUntil(lambda: len(dev_get(sandbox.base_url, "faults")["faults"]) == 1, timeout=5000)
    window.findChild(QPushButton, "clearFaultsButton").click()
    qtbot.waitUntil(lambda: dev_get(sandbox.base_url, "faults")["faults"] == [], timeout=5000)
    window.findChild(QPushButton, "retryButton").click()
    qtbot.waitUntil(lambda: window.view.flow.step is Step.CODE, timeout=5000)


def test_rules_edited_live(qtbot, window, sandbox):
    panel = panel_of(qtbot, window)
    panel.rule_edits["resend_cooldown_s"].setValue(5)
    panel.rule_edits["max_attempts"].setValue(2)
    window.findChild(QPushButton, "applyRulesButton").click()
    qtbot.waitUntil(
        lambda: dev_get(sandbox.base_url, "rules")["resend_cooldown_s"] == 5, timeout=5000
    )
    assert dev_get(sandbox.base_url, "rules")["max_attempts"] == 2
    qtbot.waitUntil(lambda: window.view.flow.cooldown_s == 5, timeout=3000)
    assert window.view.flow.max_attempts == 2
    send(qtbot, window)
    assert "Resend in 0:05" in window.findChild(QPushButton, "resendButton").text()


def test_test_numbers_usable_with_one_click(qtbot, window):
    panel = panel_of(qtbot, window)
    numbers = window.findChild(QListWidget, "testNumbers")
    assert numbers.count() == 4
    numbers.setCurrentRow(2)  # +61 491570156
    window.findChild(QPushButton, "useTestNumberButton").click()
    assert window.view.phone_page.country.region() == "AU"
    assert window.view.phone_page.phone.text() == "0491 570 156"
    assert window.findChild(QPushButton, "sendCodeButton").isEnabled()
    assert panel.isVisible()


def test_panel_hidden_for_other_environments(qtbot, window, sandbox):
    from otp_desktop.profiles.environment import Environment
    from tests.sandbox_helpers import credentials

    panel = panel_of(qtbot, window)
    window.book.replace_saved(
        [
            Environment(
                name="Other", base_url=sandbox.base_url, credentials=credentials(sandbox.base_url)
            )
        ]
    )
    window.switch_to("Other")
    qtbot.waitUntil(
        lambda: window.environment_name() == "Other" and window.connection is not None, timeout=5000
    )
    assert not panel.isVisible()
    assert panel.admin is None


def test_panel_follows_the_sandbox_faults_and_rules_changed_elsewhere(qtbot, window, sandbox):
    from tests.sandbox_helpers import add_fault, dev_post

    panel = panel_of(qtbot, window)
    active = window.findChild(QListWidget, "activeFaults")
    # A fault added through the API shows; once used up, it goes.
    add_fault(sandbox.base_url, kind="status", endpoint="register", status=500, count=1)
    qtbot.waitUntil(lambda: active.count() == 1, timeout=5000)
    assert "(1 call)" in active.item(0).text()  # not "1 calls"
    from tests.test_ui_errors import start_send

    start_send(qtbot, window)
    qtbot.waitUntil(lambda: "HTTP 500" in error_text(window), timeout=5000)
    qtbot.waitUntil(lambda: active.count() == 0, timeout=5000)
    # A rule changed through the API shows in the Rules tab.
    dev_post(sandbox.base_url, "rules", {"max_attempts": 7})
    qtbot.waitUntil(lambda: panel.rule_edits["max_attempts"].value() == 7, timeout=5000)


def test_fault_kinds_come_from_the_sandbox_and_show_only_their_fields(qtbot, window, sandbox):
    from tests.sandbox_helpers import dev_get

    panel = panel_of(qtbot, window)
    listed = dev_get(sandbox.base_url, "")["fault_kinds"]
    kind = panel.fault_kind
    assert [kind.itemData(i) for i in range(kind.count())] == listed
    tab = panel.faults_tab
    kind.setCurrentIndex(kind.findData("status"))
    assert tab.form.isRowVisible(tab.status)
    assert tab.form.isRowVisible(tab.retry)
    assert not tab.form.isRowVisible(tab.latency)
    kind.setCurrentIndex(kind.findData("latency"))
    assert tab.form.isRowVisible(tab.latency)
    assert not tab.form.isRowVisible(tab.status)
    kind.setCurrentIndex(kind.findData("drop"))
    assert not any(tab.form.isRowVisible(w) for w in (tab.status, tab.retry, tab.latency))
    assert set(panel.fault_spec()) == {"kind", "endpoint", "count"}


def test_reset_asks_first(qtbot, window, sandbox):
    from PySide6.QtWidgets import QWidget

    from tests.sandbox_helpers import add_fault

    panel_of(qtbot, window)
    add_fault(sandbox.base_url, kind="drop", endpoint="verify")
    window.findChild(QPushButton, "resetSandboxButton").click()
    boxes = [b for b in window.findChildren(QWidget, "confirmDialog") if b.isVisible()]
    assert len(boxes) == 1
    assert len(dev_get(sandbox.base_url, "faults")["faults"]) == 1  # nothing reset yet
    boxes[0].findChild(QWidget, "confirmYesButton").click()
    qtbot.waitUntil(lambda: dev_get(sandbox.base_url, "faults")["faults"] == [], timeout=5000)


def test_inbox_fits_without_a_horizontal_scroll(qtbot, window):
    from PySide6.QtCore import Qt

    panel = panel_of(qtbot, window)
    send(qtbot, window)
    qtbot.waitUntil(lambda: panel.inbox_model.rowCount() == 1, timeout=5000)
    table = panel.inbox_tab.table
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    total = sum(table.columnWidth(c) for c in range(panel.inbox_model.columnCount()))
    assert total <= table.viewport().width() + 2
    assert panel.inbox_model.item(0, 3).text().startswith(("4:", "5:"))  # expires in ~5 min


def test_inbox_marks_a_used_code_and_stops_its_countdown(qtbot, window, sandbox):
    panel = panel_of(qtbot, window)
    send(qtbot, window)
    model = panel.inbox_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert ":" in model.item(0, 3).text()  # counting down, like 4:59
    assert not model.item(0, 1).font().strikeOut()
    window.findChild(QPushButton, "useCodeButton").click()
    qtbot.waitUntil(lambda: window.view.flow.step is Step.DONE, timeout=5000)
    # The sandbox says the code was used: the panel follows it.
    assert dev_get(sandbox.base_url, "messages")["messages"][0]["status"] == "used"
    qtbot.waitUntil(lambda: model.item(0, 3).text() == "✓ used", timeout=5000)
    assert model.item(0, 1).font().strikeOut()


def test_users_tab_lists_users_sets_a_balance_and_forgets_one(qtbot, window, sandbox):
    from PySide6.QtWidgets import QDoubleSpinBox, QTableView, QWidget

    panel = panel_of(qtbot, window)
    send(qtbot, window)
    users = window.findChild(QTableView, "sandboxUsers")
    model = users.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, 0).data() == "sandbox-user-1"
    assert model.index(0, 1).data() == "+91 98765 43219"  # not verified yet: no tick
    assert model.index(0, 2).data() == "—"  # no wallet yet
    users.selectRow(0)
    assert panel.users_tab.user.text() == "sandbox-user-1"
    earned = window.findChild(QDoubleSpinBox, "sandboxEarnedBalance")
    earned.setValue(42.5)
    window.findChild(QPushButton, "setBalancesButton").click()
    # The table reads as the field does: one format.
    qtbot.waitUntil(lambda: model.index(0, 2).data() == "42.50", timeout=5000)
    assert earned.cleanText() == "42.50"
    assert sandbox.server.state.wallets.wallet("sandbox-user-1").earned == 42.5
    window.findChild(QPushButton, "forgetUserButton").click()
    boxes = [b for b in window.findChildren(QWidget, "confirmDialog") if b.isVisible()]
    assert len(boxes) == 1
    assert dev_get(sandbox.base_url, "users")["users"] != []  # nothing forgotten yet
    boxes[0].findChild(QWidget, "confirmYesButton").click()
    qtbot.waitUntil(lambda: dev_get(sandbox.base_url, "users")["users"] == [], timeout=5000)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)


def test_journal_tab_shows_what_the_sandbox_received(qtbot, window, sandbox):
    from PySide6.QtWidgets import QPlainTextEdit, QTableView

    panel = panel_of(qtbot, window)
    panel.tabs.setCurrentWidget(panel.journal_tab)
    send(qtbot, window)
    journal = window.findChild(QTableView, "sandboxJournal")
    model = journal.model()
    register = "/api/proxy/auth/otp/register"

    def row_of_register() -> int:
        paths = [model.index(r, 2).data() for r in range(model.rowCount())]
        return paths.index(register) if register in paths else -1

    qtbot.waitUntil(lambda: row_of_register() >= 0, timeout=5000)
    row = row_of_register()
    assert model.index(row, 1).data() == "POST"
    assert model.index(row, 3).data() == "200"
    from otp_desktop.ui.qa.exchange_model import colour_of_status

    assert model.item(row, 3).foreground().color() == colour_of_status(200)  # as the inspector
    journal.selectRow(row)
    body = window.findChild(QPlainTextEdit, "sandboxJournalBody").toPlainText()
    assert '"phone_number": "9876543219"' in body
    window.findChild(QPushButton, "clearJournalButton").click()
    qtbot.waitUntil(lambda: dev_get(sandbox.base_url, "requests")["requests"] == [], timeout=5000)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)


def test_journal_follows_the_newest_unless_an_older_entry_was_picked(qtbot, window, sandbox):
    """Seen in a trial: the journal kept the first entry selected and scrolled
    to it as newer ones arrived above, so the newest went out of sight."""
    from PySide6.QtWidgets import QTableView

    panel = panel_of(qtbot, window)
    panel.tabs.setCurrentWidget(panel.journal_tab)
    send(qtbot, window)
    journal = window.findChild(QTableView, "sandboxJournal")
    model = journal.model()
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=5000)
    count = model.rowCount()
    add_fault(sandbox.base_url, endpoint="verify", kind="status", status=500, count=1)
    qtbot.waitUntil(lambda: model.rowCount() > count, timeout=5000)
    assert journal.currentIndex().row() == 0  # the newest
    journal.selectRow(1)
    picked = [model.index(1, c).data() for c in range(4)]
    count = model.rowCount()
    add_fault(sandbox.base_url, endpoint="verify", kind="status", status=502, count=1)
    qtbot.waitUntil(lambda: model.rowCount() > count, timeout=5000)
    row = journal.currentIndex().row()
    assert row > 1
    assert [model.index(row, c).data() for c in range(4)] == picked


def test_what_a_tab_said_goes_with_the_tab(qtbot, window, sandbox):
    """Seen in a trial: "Fault added" stayed under the Users and Journal tabs."""
    from PySide6.QtWidgets import QLabel, QTabWidget

    panel = panel_of(qtbot, window)
    tabs = panel.findChild(QTabWidget)
    status = panel.findChild(QLabel, "sandboxPanelStatus")
    tabs.setCurrentWidget(panel.faults_tab)
    panel.findChild(QPushButton, "clearFaultsButton").click()
    qtbot.waitUntil(lambda: status.text() != "", timeout=5000)
    tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())
    assert status.text() == ""


def test_the_journal_fills_its_rows_only_while_it_shows(qtbot, window, sandbox):
    """Requests made while another tab shows cost no table rows (a burst of
    answers made rows worth tens of milliseconds each poll); opening the
    tab shows every one of them, newest first."""
    from PySide6.QtWidgets import QTableView

    panel = panel_of(qtbot, window)
    journal = window.findChild(QTableView, "sandboxJournal")
    model = journal.model()
    send(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.journal_tab.entries) >= 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.journal_tab.entries[0].get("status") is not None, timeout=5000)
    assert model.rowCount() == 0  # the Inbox shows: no row made
    panel.tabs.setCurrentWidget(panel.journal_tab)
    assert model.rowCount() == len(panel.journal_tab.entries)
    assert model.index(0, 2).data() == panel.journal_tab.entries[0]["path"]
    assert journal.currentIndex().row() == 0
