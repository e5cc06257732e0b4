"""Replay: recorded exchanges sent again on another environment, chained."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget

from otp_desktop.api import RewardsClient
from otp_desktop.sandbox import EmbeddedSandbox, SandboxRules
from otp_desktop.traffic.replay import Replayer, SandboxInbox
from otp_desktop.traffic.steps import Step
from tests import test_ui_environments as environment_tests
from tests.loopback_proxy import LoopbackProxy
from tests.sandbox_helpers import add_fault, credentials, dev_get
from tests.test_postman_export import record_session
from tests.test_ui_environments import saved_env
from tests.test_ui_inspector import onboard


def replay_on(run, base, exchanges, codes=None, creds=None):
    async def go():
        async with RewardsClient(base, creds or credentials(base)) as client:
            return await Replayer(client, codes or SandboxInbox(base)).run(
                exchanges, lambda _r: None
            )

    return run(go())


def test_replay_on_another_sandbox_chains_authcode_and_code(run, sandbox, creds):
    exchanges, _ = record_session(run, sandbox.base_url, creds, wrong_first=True)
    with EmbeddedSandbox(SandboxRules()) as other:
        rows = replay_on(run, other.base_url, exchanges)
        sent = dev_get(other.base_url, "messages", phone_number="9876543219")["messages"]
    assert [r.step for r in rows] == [
        Step.REGISTER,
        Step.VERIFY,
        Step.VERIFY,
        Step.TRANSACTIONS,
        Step.TRANSACTIONS,
    ]
    assert [r.new.status for r in rows] == [200, 400, 201, 200, 200]
    assert all(r.same_status and r.changes == [] for r in rows)
    assert rows[1].note == "A wrong code, as in the session."
    assert len(sent) == 1  # one register reached the other sandbox
    # The second page was asked with the key of the replayed first page.
    assert "last_evaluated_key=" in rows[4].new.url
    assert rows[4].new.url != exchanges[4].url


def test_the_inbox_reads_codes_directly_whatever_proxy_the_system_sets(
    run, sandbox, creds, monkeypatch
):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    with LoopbackProxy() as proxy, EmbeddedSandbox(SandboxRules()) as other:
        other_creds = credentials(other.base_url)  # the test's own helper trusts the env
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy"):
            monkeypatch.setenv(name, proxy.url)  # a proxy that answers 502 to anything
        inbox = SandboxInbox(other.base_url)
        rows = replay_on(run, other.base_url, exchanges, codes=inbox, creds=other_creds)
    assert [r.new.status for r in rows] == [r.old.status for r in rows]
    assert rows[1].new.status == 201  # the code came from the other sandbox's inbox
    assert proxy.request_lines == []


def test_replay_shows_a_changed_status_and_answer_shape(run, sandbox, creds):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    with EmbeddedSandbox(SandboxRules()) as other:
        add_fault(other.base_url, kind="wrong_shape", endpoint="transactions")
        add_fault(other.base_url, kind="status", endpoint="verify", status=500)
        rows = replay_on(run, other.base_url, exchanges)
    verify = rows[1]
    assert (verify.old.status, verify.new.status) == (201, 500)
    assert not verify.same_status
    assert any(change.startswith("Missing field: transactions") for change in rows[2].changes)


def test_a_verify_without_a_code_is_skipped_not_sent(run, sandbox, creds):
    exchanges, _ = record_session(run, sandbox.base_url, creds)

    async def no_code(_phone, _auth):
        return None

    with EmbeddedSandbox(SandboxRules()) as other:
        rows = replay_on(run, other.base_url, exchanges, no_code)
    assert rows[1].new is None
    assert rows[1].problem == "Not replayed: no code was given."


def test_a_verify_without_its_register_is_skipped(run, sandbox, creds):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    with EmbeddedSandbox(SandboxRules()) as other:
        rows = replay_on(run, other.base_url, exchanges[1:2])
    assert rows[0].new is None
    assert "no register or resend" in rows[0].problem


# --- the dialog ---------------------------------------------------------------

open_window = environment_tests.open_window  # the fixture


@pytest.fixture
def rules():
    """No resend cooldown: the replayed register goes to the number the session used.
    (Moving the sandbox's clock instead would mint JWTs the sandbox calls immature.)"""
    return SandboxRules(resend_cooldown_s=0)


def open_replay(qtbot, win, target):
    win.inspector.select_rows(0, len(win.exchanges) - 1)
    win.session_actions.replay_selected()
    qtbot.waitUntil(lambda: win.findChild(QTableWidget, "replayTable") is not None)
    dialog = win.findChild(QTableWidget, "replayTable").window()
    dialog.target.setCurrentText(target)
    return dialog


def received(sandbox):
    """API requests the sandbox received (its journal), the place a send shows."""
    entries = dev_get(sandbox.base_url, "requests")["requests"]
    return len([e for e in entries if e["path"].startswith("/api/")])


def new_statuses(dialog):
    return [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]


def test_dialog_replays_on_the_sandbox_only_after_the_list_is_confirmed(qtbot, window, sandbox):
    onboard(qtbot, window)
    dialog = open_replay(qtbot, window, "Sandbox")
    assert dialog.table.rowCount() == 2
    assert "2 requests" in dialog.findChild(QLabel, "replayPlan").text()
    assert "1 of them are POSTs" not in dialog.plan.text()
    qtbot.wait(200)
    assert received(sandbox) == 2  # nothing sent while the list is only shown
    dialog.findChild(QPushButton, "replayStartButton").click()
    qtbot.waitUntil(lambda: "Replayed on Sandbox" in dialog.status.text(), timeout=10_000)
    assert "2 of 2 requests answered with the same status" in dialog.status.text()
    assert new_statuses(dialog) == ["200", "201"]
    assert received(sandbox) == 4
    assert len(window.exchanges) == 4  # the replayed exchanges are in the inspector too
    dialog.reject()


def test_dialog_asks_the_tester_for_the_code_off_the_sandbox(qtbot, open_window, sandbox):
    win = open_window(saved_env(sandbox, name="Staging", production=False))
    onboard(qtbot, win)
    dialog = open_replay(qtbot, win, "Staging")
    dialog.start_button.click()
    prompt = dialog.findChild(QLabel, "replayCodePrompt")
    qtbot.waitUntil(prompt.isVisible, timeout=10_000)
    assert "needs the code sent by SMS to +91 ******0001" in prompt.text()
    assert new_statuses(dialog)[0] == "200"
    dialog.findChild(QLineEdit, "replayCodeInput").setText("123 456")
    dialog.findChild(QPushButton, "replayUseCodeButton").click()
    qtbot.waitUntil(lambda: "Replayed on Staging" in dialog.status.text(), timeout=10_000)
    assert new_statuses(dialog) == ["200", "201"]
    assert not prompt.isVisible()
    dialog.reject()


@pytest.mark.parametrize("confirm", [False, True])
def test_production_asks_first_and_a_no_sends_nothing(qtbot, open_window, sandbox, confirm):
    win = open_window(saved_env(sandbox, name="Prod", production=True))
    onboard(qtbot, win)  # on the Sandbox
    before = received(sandbox)
    dialog = open_replay(qtbot, win, "Prod")
    dialog.start_button.click()
    box = next(b for b in dialog.findChildren(QMessageBox, "confirmDialog") if b.isVisible())
    assert "production environment" in box.text()
    box.findChild(QPushButton, "confirmYesButton" if confirm else "confirmNoButton").click()
    if confirm:
        qtbot.waitUntil(lambda: dialog.code_prompt.isVisible(), timeout=10_000)
        assert received(sandbox) == before + 1
        dialog.findChild(QPushButton, "replaySkipButton").click()
        qtbot.waitUntil(lambda: "Replayed on Prod" in dialog.status.text(), timeout=10_000)
        assert "no code was given" in dialog.table.item(1, 6).text()
    else:
        qtbot.wait(200)
        assert received(sandbox) == before
        assert dialog.start_button.isEnabled()
    dialog.reject()


def test_closing_the_dialog_stops_the_replay(qtbot, open_window, sandbox):
    win = open_window(saved_env(sandbox, name="Staging", production=False))
    onboard(qtbot, win)
    win.show_wallet()  # balance and transactions: rows that would follow the verify
    qtbot.waitUntil(lambda: len(win.exchanges) >= 4, timeout=5000)
    qtbot.waitUntil(lambda: win.wallet.session.busy is None, timeout=5000)
    dialog = open_replay(qtbot, win, "Staging")
    dialog.start_button.click()
    qtbot.waitUntil(dialog.code_prompt.isVisible, timeout=10_000)
    sent = len(win.exchanges)
    dialog.reject()
    qtbot.waitUntil(lambda: dialog._task.done(), timeout=5000)
    qtbot.wait(200)
    assert len(win.exchanges) == sent  # neither the verify nor the wallet calls after it


@pytest.mark.parametrize("kind", ["har", "postman"])
def test_an_imported_file_replays_like_the_session(run, sandbox, creds, tmp_path, kind):
    from otp_desktop.traffic.har import har_text
    from otp_desktop.traffic.imported import load_file
    from otp_desktop.traffic.postman import ExportSource, write_export

    exchanges, _ = record_session(run, sandbox.base_url, creds, wrong_first=True)
    path = tmp_path / f"session.{kind}"
    if kind == "har":
        path.write_text(har_text(exchanges))
    else:
        write_export(path, exchanges, ExportSource("Sandbox", sandbox.base_url, sandbox=True))
    imported = load_file(path)
    with EmbeddedSandbox(SandboxRules()) as other:
        rows = replay_on(run, other.base_url, imported)
    replayed = [(r.step, r.new.status) for r in rows if r.new is not None]
    assert replayed == [
        (Step.REGISTER, 200),
        (Step.VERIFY, 400),
        (Step.VERIFY, 201),
        (Step.TRANSACTIONS, 200),
        (Step.TRANSACTIONS, 200),
    ]
    assert all(r.same_status for r in rows if r.new is not None)


def test_replay_dialog_in_hindi(qtbot, loop, sandbox, ui_clock):
    from tests.qt_fixtures import window_in
    from tests.test_hindi_complete import english_words, visible_texts

    with window_in(qtbot, "hi", sandbox.base_url, ui_clock) as win:
        onboard(qtbot, win)
        dialog = open_replay(qtbot, win, "Sandbox")
        dialog.start_button.click()
        qtbot.waitUntil(lambda: not dialog.start_button.isEnabled(), timeout=5000)
        qtbot.waitUntil(lambda: dialog._task.done(), timeout=10_000)
        shown = [text for _where, text in visible_texts(dialog)]
        shown += [dialog.table.item(row, 6).text() for row in range(dialog.table.rowCount())]
        leftovers = [text for text in shown if english_words(text)]
        dialog.reject()
    assert leftovers == []


def test_a_code_that_is_not_plain_digits_never_breaks_a_replay(run, sandbox, creds):
    """'²' is a digit to str.isdigit but not to int(): the wrong code made
    for a refused verify, and the verify itself, say so instead of raising."""
    exchanges, _ = record_session(run, sandbox.base_url, creds, wrong_first=True)

    async def superscript(_phone, _auth):
        return "¹²³⁴⁵⁶"

    with EmbeddedSandbox(SandboxRules()) as other:
        rows = replay_on(run, other.base_url, exchanges, codes=superscript)
    wrong, right = [r for r in rows if r.step is Step.VERIFY]
    assert wrong.new is not None
    assert wrong.new.status == 400  # a wrong code, as in the session
    assert right.problem == "The otp must contain digits only."
    assert right.new is None  # refused before anything was sent
