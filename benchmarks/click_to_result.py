"""From the verify click to the result shown, against a raw httpx round trip
of the same verify to the same sandbox. The difference is what the app adds."""

from __future__ import annotations

import asyncio
import statistics
import time

import httpx

from benchmarks.common import partner_headers, result
from benchmarks.qt_runner import run_qt, until

ROUNDS = 20
PHONE = "9999900001"  # a test number: its code is always 123456


async def measure() -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from otp_desktop.connection import open_running_sandbox
    from otp_desktop.flow import Step
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.sandbox import EmbeddedSandbox, SandboxRules
    from otp_desktop.session import Session
    from otp_desktop.ui.shell.main_window import MainWindow

    sandbox = EmbeddedSandbox(SandboxRules(resend_cooldown_s=0, send_limit=10_000))
    base = await asyncio.to_thread(sandbox.start)

    async def connect(_env, hook):  # type: ignore[no-untyped-def]
        return await open_running_sandbox(base, hook)

    win = MainWindow(Session(lambda: EnvironmentBook.load(None), connect), "IN")
    win.settings.auto_submit = False
    win.show()
    await until(lambda: win.connection is not None)
    view = win.view
    app_times = []
    for _ in range(ROUNDS):
        view.next_user()
        view.phone_page.phone.setText(PHONE)
        view.phone_page.phone.textEdited.emit(PHONE)
        view.send()
        await until(lambda: view.flow.step is Step.CODE)
        view.code_page.otp.setCode("123456")
        t0 = time.perf_counter()
        view.code_page.verify_button.click()
        await until(lambda: view.stack.currentWidget() is view.result_page)
        QApplication.processEvents()  # the result painted
        app_times.append((time.perf_counter() - t0) * 1000)

    creds = win.connection.environment.credentials  # type: ignore[union-attr]
    headers = partner_headers(creds)
    raw_times = []
    async with httpx.AsyncClient(base_url=base, headers=headers) as http:
        for _ in range(ROUNDS):
            sent = (
                await http.post(
                    "/api/proxy/auth/otp/register",
                    json={"phone_number": PHONE, "countryCode": "+91"},
                )
            ).json()
            body = {
                "phone_number": PHONE,
                "countryCode": "+91",
                "authCode": sent["authCode"],
                "otp": 123456,
            }
            t0 = time.perf_counter()
            response = await http.post("/api/proxy/auth/otp/verify", json=body)
            raw_times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 201
    await win.shutdown()
    win.close()
    await asyncio.to_thread(sandbox.stop)
    return statistics.median(app_times), statistics.median(raw_times)


def main() -> str:
    app_ms, raw_ms = run_qt(measure)
    print(
        f"verify click to result shown: {app_ms:.1f} ms; raw httpx round trip: {raw_ms:.1f} ms; "
        f"added: {app_ms - raw_ms:.1f} ms (median of {ROUNDS})"
    )
    return result("click_to_result", app_ms, "ms", raw_ms, "added<=10ms")


if __name__ == "__main__":
    print(main())
