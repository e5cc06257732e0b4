"""Drive the real window through each step and save screenshots in docs/.

Run under Xvfb for the look a user gets:
    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/take_screenshots.py
"""

from __future__ import annotations

import asyncio
import functools
import os
import sys
import tempfile
import time
from pathlib import Path

import httpx
import qasync
from PySide6.QtWidgets import QApplication, QLabel, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo, for tests.*

from otp_desktop.api import Credentials
from otp_desktop.flow import Step
from otp_desktop.profiles.environment import Environment
from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.ui.shell.main_window import MainWindow
from tests.async_helpers import until
from tests.qt_fixtures import make_window, open_wallet_read

DOCS = Path(__file__).resolve().parent


async def shoot(win: MainWindow, name: str) -> None:
    await asyncio.sleep(0.3)  # let layouts and the countdown settle
    win.grab().save(str(DOCS / f"{name}.png"))
    print("saved", name)


async def main() -> None:
    sandbox = EmbeddedSandbox()
    base = await asyncio.to_thread(sandbox.start)

    win = make_window(base, time.monotonic)
    win.resize(860, 640)
    win.show()
    await until(lambda: win.connection is not None)
    win.sandbox_panel.hide()  # the steps alone; the panel has its own shot
    view = win.view
    view.settings.auto_submit = False
    await onboarding_steps(win, base)
    await qa_docks(win)
    await wallet(win)
    await postman_and_replay(win, base)
    await error_details(win, base)
    await environments(win, base)
    await production_and_about(win)
    await hindi(base)
    await asyncio.to_thread(sandbox.stop)


async def onboarding_steps(win: MainWindow, base: str) -> None:
    view = win.view
    view.phone_page.phone.setText("98765 4321")
    view.phone_page.phone.textEdited.emit("98765 4321")
    await shoot(win, "step1-phone-invalid")
    view.phone_page.phone.setText("98765 43219")
    view.phone_page.phone.textEdited.emit("98765 43219")
    await shoot(win, "step1-phone")

    httpx.post(
        f"{base}/__sandbox/faults",
        json={"endpoint": "register", "kind": "latency", "latency_ms": 1200, "count": 1},
    )
    view.send()
    await until(lambda: view.cancel_button.isVisible())
    await shoot(win, "step1-busy")
    await until(lambda: view.flow.step is Step.CODE)
    await shoot(win, "step2-code")

    message = httpx.get(f"{base}/__sandbox/messages").json()["messages"][0]
    view.code_page.otp.setCode("000000" if message["otp"] != "000000" else "111111")
    view.verify()
    await until(lambda: view.error_panel.isVisible())
    view.code_page.otp.setCode(message["otp"][:4])
    await shoot(win, "step2-wrong-code")

    view.code_page.otp.setCode(message["otp"])
    view.verify()
    await until(lambda: view.flow.step is Step.DONE)
    await shoot(win, "step3-verified")


async def qa_docks(win: MainWindow) -> None:
    # QA docks: the inspector with a selected exchange, the sandbox panel, the history.
    win.resize(1200, 900)
    win.inspector.show()
    win.inspector.select_row(len(win.exchanges) - 1)
    win.sandbox_panel.show()
    await asyncio.sleep(1.5)  # one inbox poll
    await shoot(win, "inspector-and-sandbox-panel")
    panel = win.sandbox_panel
    for tab, name in ((panel.users_tab, "sandbox-users"), (panel.journal_tab, "sandbox-journal")):
        panel.tabs.setCurrentWidget(tab)
        await asyncio.sleep(1.5)  # one poll
        panel.grab().save(str(DOCS / f"{name}.png"))
        print("saved", name)
    panel.tabs.setCurrentWidget(panel.inbox_tab)
    win.inspector.hide()
    win.history.show()
    win.history.reload()
    await shoot(win, "history")
    win.history.hide()
    win.sandbox_panel.hide()
    win.resize(860, 640)


async def wallet(win: MainWindow) -> None:
    await open_wallet_read(win)
    win.wallet.load_more()
    await until(
        lambda: win.wallet.session is not None and len(win.wallet.session.transactions) > 10
    )
    await shoot(win, "wallet")
    win.wallet.withdraw_button.click()
    await until(lambda: any(b.isVisible() for b in win.findChildren(QWidget, "confirmDialog")))
    box = next(b for b in win.findChildren(QWidget, "confirmDialog") if b.isVisible())
    await asyncio.sleep(0.3)
    box.grab().save(str(DOCS / "wallet-withdraw-confirm.png"))
    box.findChild(QWidget, "confirmYesButton").click()
    await until(lambda: "Withdrawn" in win.wallet.result.text())
    await shoot(win, "wallet-withdrawn")
    win.show_onboarding()


async def postman_and_replay(win: MainWindow, base: str) -> None:
    """The session exported as a Postman collection, then replayed with a changed answer."""
    win.resize(1200, 900)
    win.inspector.show()
    win.inspector.select_rows(0, len(win.exchanges) - 1)
    with tempfile.TemporaryDirectory() as folder:
        win.session_actions.export_postman(Path(folder) / "session.postman_collection.json")
    await shoot(win, "postman-export")
    # Replay on the same sandbox: no cooldown for the new register, transactions changed.
    httpx.post(f"{base}/__sandbox/rules", json={"resend_cooldown_s": 0})
    httpx.post(f"{base}/__sandbox/faults", json={"endpoint": "transactions", "kind": "wrong_shape"})
    win.session_actions.replay_selected()
    await until(lambda: win.findChild(QWidget, "replayDialog") is not None)
    dialog = win.findChild(QWidget, "replayDialog")
    dialog.findChild(QWidget, "replayStartButton").click()
    status = dialog.findChild(QLabel, "replayStatus")
    await until(lambda: status.text().startswith("Replayed"))
    await asyncio.sleep(0.3)
    dialog.grab().save(str(DOCS / "replay.png"))
    print("saved replay")
    dialog.reject()
    httpx.delete(f"{base}/__sandbox/faults")
    httpx.post(f"{base}/__sandbox/rules", json={"resend_cooldown_s": 30})
    win.inspector.hide()
    win.resize(860, 640)


async def error_details(win: MainWindow, base: str) -> None:
    view = win.view
    view.next_user()
    httpx.post(
        f"{base}/__sandbox/faults",
        json={"endpoint": "register", "kind": "status", "status": 503, "count": 1},
    )
    view.phone_page.phone.setText("99999 00001")
    view.phone_page.phone.textEdited.emit("99999 00001")
    view.send()
    await until(lambda: view.error_panel.isVisible())
    view.error_panel.details_button.setChecked(True)
    await shoot(win, "error-details")


async def environments(win: MainWindow, base: str) -> None:
    # Environments: a production profile on the same sandbox, and the dialog.
    creds = httpx.get(f"{base}/__sandbox/credentials").json()
    prod = Environment(
        name="Production (India)",
        base_url=base,
        production=True,
        credentials=Credentials(creds["clientID"], creds["clientSecret"], creds["userJwt"]),
    )
    staging = Environment(
        name="Staging",
        base_url="https://staging.rewards.example.com",
        credentials=Credentials("partner-7", "", creds["userJwt"]),
    )
    assert win.book is not None
    win.book.replace_saved([staging, prod])
    win.env_bar.show_book(win.book)
    win.manage_environments()
    dialog = win.findChild(QWidget, "environmentsDialog")
    await until(lambda: dialog is not None and dialog.isVisible())
    dialog.list.setCurrentRow(2)
    await asyncio.sleep(0.3)
    dialog.grab().save(str(DOCS / "environments-dialog.png"))
    print("saved environments-dialog")
    dialog.list.setCurrentRow(0)  # the built-in Sandbox: its credentials, read-only
    await asyncio.sleep(0.3)
    dialog.grab().save(str(DOCS / "environments-builtin-sandbox.png"))
    print("saved environments-builtin-sandbox")
    dialog.reject()


async def production_and_about(win: MainWindow) -> None:
    view = win.view
    win.switch_to("Production (India)")
    await until(
        lambda: win.environment_name() == "Production (India)" and win.connection is not None
    )
    # A number not sent to yet in this run: no cooldown keeps Send disabled.
    view.phone_page.phone.setText("98765 43218")
    view.phone_page.phone.textEdited.emit("98765 43218")
    await shoot(win, "production-banner")
    view.send()
    box = None
    await until(lambda: any(b.isVisible() for b in win.findChildren(QWidget, "confirmDialog")))
    box = next(b for b in win.findChildren(QWidget, "confirmDialog") if b.isVisible())
    await asyncio.sleep(0.3)
    box.grab().save(str(DOCS / "production-confirm.png"))
    print("saved production-confirm")
    box.reject()

    from otp_desktop.ui.shell.menus import show_about

    show_about(win)
    about = win.findChild(QWidget, "aboutDialog")
    await until(lambda: about is not None and about.isVisible())
    await asyncio.sleep(0.3)
    about.grab().save(str(DOCS / "about.png"))
    print("saved about")
    about.close()
    await win.shutdown()
    win.close()


async def hindi(base: str) -> None:
    # The same window in Hindi (needs a Devanagari font, e.g. fonts-lohit-deva).
    from otp_desktop.ui import translations

    translations.install(QApplication.instance(), "hi")
    window = make_window(base, time.monotonic)
    window.resize(1120, 660)
    window.show()
    await until(lambda: window.connection is not None)
    window.switch_to("Sandbox")
    await until(lambda: window.environment_name() == "Sandbox" and window.connection is not None)
    window.view.phone_page.phone.setText("98765 43217")  # not in a cooldown
    window.view.phone_page.phone.textEdited.emit("98765 43217")
    await shoot(window, "hindi-onboarding")
    window.view.send()
    await until(lambda: window.view.flow.step is Step.CODE)
    await shoot(window, "hindi-code")
    await window.shutdown()
    window.close()
    translations.install(QApplication.instance(), "en")


if __name__ == "__main__":
    import tempfile

    # A throwaway config home: the screenshots must not touch the real one.
    home = tempfile.mkdtemp(prefix="otp-shots-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = f"{home}/{var.lower()}"
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(main())
