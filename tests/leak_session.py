"""A scripted onboarding in a process of its own, for the leak scan.

Usage: python -m tests.leak_session SANDBOX_URL  (credentials from the
OTP_DESKTOP_* variables, as `otp-desktop --base-url` takes them).
"""

from __future__ import annotations

import asyncio
import functools
import sys

import httpx
import qasync
from PySide6.QtWidgets import QApplication

from otp_desktop import logging_setup
from otp_desktop.app import create_window, install_exception_hooks
from otp_desktop.flow import Step
from otp_desktop.paths import data_dir
from tests.async_helpers import until


async def session(url: str) -> None:
    install_exception_hooks(asyncio.get_running_loop())
    win = create_window(["otp-desktop", "--base-url", url, "--log-level", "DEBUG"])
    win.show()
    await until(lambda: win.connection is not None)
    view = win.view
    view.settings.auto_submit = False
    view.phone_page.phone.setText("98765 43219")
    view.phone_page.phone.textEdited.emit("98765 43219")
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    otp = httpx.get(f"{url}/__sandbox/messages").json()["messages"][0]["otp"]
    wrong = f"{(int(otp) + 1) % 10**6:06d}"
    view.code_page.otp.setCode(wrong)
    view.verify()
    await until(lambda: view.flow.error is not None)
    view.code_page.otp.setCode(otp)
    view.verify()
    await until(lambda: view.flow.step is Step.DONE)
    view.copy_summary()
    print("summary:", QApplication.clipboard().text(), flush=True)
    # The exports with their default options land in the scanned folders.
    exports = data_dir()
    exports.mkdir(parents=True, exist_ok=True)
    win.inspector.export_har(exports / "session.har")
    win.session_actions.export_postman(exports / "session.postman_collection.json")
    for row in range(len(win.exchanges)):
        win.inspector.select_row(row)
        win.inspector.copy_curl()
        (exports / f"request-{row}.sh").write_text(QApplication.clipboard().text())
        win.inspector.copy_report()
        (exports / f"report-{row}.txt").write_text(QApplication.clipboard().text())
    print("exports:", len(list(exports.iterdir())), flush=True)
    print("wrong code tried:", wrong, flush=True)  # a known value the scan must not find elsewhere
    await win.shutdown()
    win.close()


def main() -> None:
    logging_setup.configure("DEBUG")
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=functools.partial(qasync.QEventLoop, app)) as runner:
        runner.run(session(sys.argv[1]))


if __name__ == "__main__":
    main()
