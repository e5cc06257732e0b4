"""Every fault kind on register, resend, verify and withdraw, through the
window: a clear message, an event loop that keeps turning, and the same
action succeeding once the fault is used up."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from benchmarks.heartbeat import Heartbeat
from otp_desktop.api import Credentials, RewardsClient
from otp_desktop.api.errors import ApiError
from otp_desktop.flow import Step
from otp_desktop.flow.wallet import WithdrawStage
from otp_desktop.phone import PhoneNumber
from tests.sandbox_helpers import add_fault, latest_message
from tests.test_ui_onboarding import send

FAULTS = [
    *({"kind": "status", "status": s} for s in (400, 401, 403, 404, 409, 422, 500, 502, 503)),
    {"kind": "status", "status": 429, "retry_after": 2},
    {"kind": "status", "status": 429},
    {"kind": "html"},
    {"kind": "empty"},
    {"kind": "malformed_json"},
    {"kind": "wrong_shape"},
    {"kind": "oversize"},
    {"kind": "non_utf8"},
    {"kind": "drop"},
    {"kind": "drop_mid_body"},
    {"kind": "hang"},
    {"kind": "trickle", "latency_ms": 15},
]
ACTIONS = ["register", "resend", "verify", "withdraw"]


def fault_id(fault: dict) -> str:
    return fault["kind"] + str(fault.get("status", "")) + ("+ra" if "retry_after" in fault else "")


def message_shown(win, action: str) -> str:
    name = "walletErrorMessage" if action == "withdraw" else "errorMessage"
    label = win.findChild(QLabel, name)
    return label.text() if label.isVisible() else ""


def confirm_withdraw(qtbot, win) -> None:
    def box():
        return next(
            (b for b in win.findChildren(QMessageBox, "confirmDialog") if b.isVisible()), None
        )

    qtbot.waitUntil(lambda: box() is not None, timeout=3000)
    box().findChild(QPushButton, "confirmYesButton").click()


def prepare(qtbot, win, advance, action: str) -> None:
    if action in ("resend", "verify"):
        send(qtbot, win, "9999900001")
    if action == "resend":
        advance(31)
        qtbot.waitUntil(win.findChild(QPushButton, "resendButton").isEnabled, timeout=3000)
    if action == "withdraw":
        win.show_wallet()
        qtbot.waitUntil(lambda: win.wallet.withdraw_button.isEnabled(), timeout=5000)
    if action == "verify":
        win.settings.auto_submit = False
        win.view.code_page.otp.setCode("123456")


def act(qtbot, win, action: str) -> None:
    if action == "register":
        win.view.phone_page.phone.setText("99999 00001")
        win.view.phone_page.phone.textEdited.emit("99999 00001")
        win.findChild(QPushButton, "sendCodeButton").click()
    elif action == "resend":
        win.findChild(QPushButton, "resendButton").click()
    elif action == "verify":
        win.findChild(QPushButton, "verifyButton").click()
    else:
        win.wallet.withdraw_button.click()
        confirm_withdraw(qtbot, win)


def succeeded(win, action: str) -> bool:
    flow = win.view.flow
    if action == "register":
        return flow.step is Step.CODE and flow.busy is None
    if action == "resend":
        return flow.resends >= 1 and flow.busy is None
    if action == "verify":
        return flow.step is Step.DONE
    return "Withdrawn" in win.wallet.result.text()


def idle(win, action: str) -> bool:
    if action == "withdraw":
        return (
            win.wallet.session is not None
            and win.wallet.session.busy is None
            and win.wallet.session.withdraw_stage is not WithdrawStage.IN_FLIGHT
        )
    return win.view.flow.busy is None


@pytest.mark.parametrize("fault", FAULTS, ids=fault_id)
@pytest.mark.parametrize("action", ACTIONS)
def test_fault(qtbot, window, sandbox, advance, action, fault):
    win = window
    prepare(qtbot, win, advance, action)
    add_fault(sandbox.base_url, endpoint=action, count=1, **fault)
    beat = Heartbeat(interval_ms=10).start()
    act(qtbot, win, action)
    if fault["kind"] == "trickle":  # slow but correct: it just succeeds
        qtbot.waitUntil(lambda: succeeded(win, action), timeout=8000)
        assert beat.stop() < 0.5
        return
    qtbot.waitUntil(lambda: message_shown(win, action) != "" and idle(win, action), timeout=8000)
    assert beat.stop() < 0.5, "the event loop stalled"
    text = message_shown(win, action)
    assert "Traceback" not in text
    assert len(text) > 20
    if fault["kind"] == "status":
        assert (
            str(fault["status"]) in text
            or "refused the request" in text
            or "not accepted" in text
            or "credentials" in text
            or "Too many requests" in text
            or "does not know this address" in text
            or "not allowed" in text
            or "conflict" in text
            or "could not process" in text
        )
    # The fault is used up: the same action works again (after a 429's wait).
    if fault.get("status") == 429:
        advance(31)
    if action == "verify" and win.view.flow.code_burnt:
        pytest.fail("one failed verify must not burn the code")
    same_action_works_again(qtbot, win, advance, action)


def same_action_works_again(qtbot, win, advance, action: str) -> None:
    if action == "resend":
        advance(31)
        qtbot.waitUntil(win.findChild(QPushButton, "resendButton").isEnabled, timeout=3000)
    if action == "verify":  # kept after a 429 or a fault, cleared after a refusal
        win.view.code_page.otp.setCode("123456")
        qtbot.waitUntil(win.findChild(QPushButton, "verifyButton").isEnabled, timeout=3000)
    if action == "withdraw":
        # The failed withdrawal's task ends with a balance re-read in two calls;
        # wait for the whole task, not the button's first enabled moment.
        qtbot.waitUntil(
            lambda: win.wallet.withdraw_button.isEnabled() and win.wallet.tasks.current is None,
            timeout=5000,
        )
    act(qtbot, win, action)
    qtbot.waitUntil(lambda: succeeded(win, action), timeout=8000)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("failure", ["refused", "dns", "connect_timeout"])
def test_unreachable_server_on_each_action(run, action, failure):
    """What the sandbox cannot provoke: nothing listening, no such name, a
    connect timeout (a mock transport stands in for the last)."""
    import socket

    transport = None
    if failure == "refused":
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = f"http://127.0.0.1:{s.getsockname()[1]}"
    elif failure == "dns":
        base = "http://no-such-host.invalid"
    else:
        base = "https://rewards.example"

        def handler(request):
            raise httpx.ConnectTimeout("timed out", request=request)

        transport = httpx.MockTransport(handler)

    async def scenario():
        async with RewardsClient(base, Credentials("a", "b", "c"), transport=transport) as client:
            call = {
                "register": lambda: client.register(PhoneNumber.of("9876543219", "+91")),
                "resend": lambda: client.resend(PhoneNumber.of("9876543219", "+91")),
                "verify": lambda: client.verify(
                    PhoneNumber.of("9876543219", "+91"), "1234", "123456"
                ),
                "withdraw": client.withdraw,
            }[action]
            with pytest.raises(ApiError) as info:
                await call()
        return info.value

    err = run(scenario())
    assert not err.may_have_reached_server  # nothing was sent: a retry is safe
    assert err.user_message


def test_sandbox_messages_helper_still_works(sandbox):
    assert latest_message is not None
    assert sandbox.base_url.startswith("http://127.0.0.1:")
