"""Produce the shipped Postman example with the app itself.

A real session in the real window on an embedded sandbox: register, the
code from the sandbox's inbox, verify, wallet balance, transactions,
withdraw; then the inspector's Postman export, as a tester would do it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python examples/make_examples.py [OUT_DIR]

OUT_DIR defaults to examples/. tests/test_postman_newman.py runs it into a
temporary folder and checks the shipped files are what it produces.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import time
from pathlib import Path

import httpx
import qasync
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo, for tests.*

from otp_desktop.flow import Step
from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.ui.shell.main_window import MainWindow
from tests.async_helpers import until
from tests.qt_fixtures import make_window, open_wallet_read

EXAMPLES = Path(__file__).resolve().parent
COLLECTION = "onboarding.postman_collection.json"
ENVIRONMENT = "sandbox.postman_environment.json"
PHONE = "98765 43219"


async def onboard(win: MainWindow, base: str) -> None:
    view = win.view
    view.settings.auto_submit = False
    view.phone_page.phone.setText(PHONE)
    view.phone_page.phone.textEdited.emit(PHONE)
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    message = httpx.get(f"{base}/__sandbox/messages").json()["messages"][0]
    view.code_page.otp.setCode(message["otp"])
    view.verify()
    await until(lambda: view.flow.step is Step.DONE)


async def wallet(win: MainWindow) -> None:
    await open_wallet_read(win)
    win.wallet.withdraw_button.click()
    await until(lambda: any(b.isVisible() for b in win.findChildren(QWidget, "confirmDialog")))
    box = next(b for b in win.findChildren(QWidget, "confirmDialog") if b.isVisible())
    yes = box.findChild(QPushButton, "confirmYesButton")
    assert yes is not None
    yes.click()
    await until(lambda: "Withdrawn" in win.wallet.result.text())
    await until(lambda: win.wallet.session is not None and win.wallet.session.busy is None)


async def record(out: Path) -> None:
    sandbox = EmbeddedSandbox()
    base = await asyncio.to_thread(sandbox.start)
    win = make_window(base, time.monotonic)
    win.show()
    try:
        await until(lambda: win.connection is not None)
        await onboard(win, base)
        await wallet(win)
        win.session_actions.export_postman(out / COLLECTION)
        # The environment file is named after the collection: ship it as the sandbox's.
        (out / "onboarding.postman_environment.json").replace(out / ENVIRONMENT)
        print(win.inspector.notice.text())
    finally:
        await win.shutdown()
        win.close()
        await asyncio.to_thread(sandbox.stop)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLES
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(record(out))


if __name__ == "__main__":
    main()
