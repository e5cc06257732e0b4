"""From the verify click to the result shown (its frame painted), against a
raw httpx round trip of the same verify to the same sandbox, in the same
process and loop. The difference is what the app adds."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from benchmarks.cli import run_benchmark
from benchmarks.common import Target, median, partner_headers, result
from benchmarks.qt_runner import run_qt, sandbox_window, until

PHONE = "9999900001"  # a test number: its code is always 123456


class PaintWatch:
    """A future completed once `widget` has painted and that frame is done
    (a zero-timer queued from the paint event fires after it)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.future: asyncio.Future[tuple[float, float]] = (
            asyncio.get_running_loop().create_future()
        )
        future = self.future

        def done() -> None:
            if not future.done():
                future.set_result((time.perf_counter(), time.thread_time()))

        class Filter(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, done)
                return False

        self.filter = Filter()
        self.widget = widget
        widget.installEventFilter(self.filter)

    async def wait(self, timeout: float = 30) -> tuple[float, float]:
        try:
            return await asyncio.wait_for(self.future, timeout)
        finally:
            self.widget.removeEventFilter(self.filter)


async def app_round(win: Any) -> tuple[float, float]:
    """Milliseconds from the click to the result's frame: wall-clock, and
    the UI thread's own CPU time (what the app spent, whatever the load)."""
    from otp_desktop.flow import Step

    view = win.view
    view.next_user()
    view.phone_page.phone.setText(PHONE)
    view.phone_page.phone.textEdited.emit(PHONE)
    view.send()
    await until(lambda: view.flow.step is Step.CODE)
    view.code_page.otp.setCode("123456")
    await asyncio.sleep(0.05)  # the code page settled, as a person would pause
    painted = PaintWatch(view.result_page)
    t0, c0 = time.perf_counter(), time.thread_time()
    view.code_page.verify_button.click()
    t1, c1 = await painted.wait()
    return (t1 - t0) * 1000, (c1 - c0) * 1000


async def raw_round(http: httpx.AsyncClient) -> tuple[float, float]:
    body: dict[str, object] = {"phone_number": PHONE, "countryCode": "+91"}
    sent = (await http.post("/api/proxy/auth/otp/register", json=body)).json()
    body |= {"authCode": sent["authCode"], "otp": 123456}
    t0, c0 = time.perf_counter(), time.thread_time()
    response = await http.post("/api/proxy/auth/otp/verify", json=body)
    elapsed = (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
    assert response.status_code == 201, response.text
    return elapsed


Rounds = list[tuple[float, float]]


async def measure(rounds: int) -> tuple[Rounds, Rounds]:
    from otp_desktop.sandbox import SandboxRules

    rules = SandboxRules(resend_cooldown_s=0, send_limit=10_000)
    async with sandbox_window(rules) as (win, base):
        win.settings.auto_submit = False
        await until(lambda: win.connection is not None)
        app_times = [await app_round(win) for _ in range(rounds)]
        assert win.connection is not None
        headers = partner_headers(win.connection.environment.credentials)
        async with httpx.AsyncClient(base_url=base, headers=headers) as http:
            raw_times = [await raw_round(http) for _ in range(rounds)]
    return app_times, raw_times


def main(quick: bool) -> list[str]:
    rounds = 3 if quick else 20
    app_rounds, raw_rounds = run_qt(lambda: measure(rounds))
    app_ms, raw_ms = median([w for w, _ in app_rounds]), median([w for w, _ in raw_rounds])
    app_cpu, raw_cpu = median([c for _, c in app_rounds]), median([c for _, c in raw_rounds])
    print(
        f"verify click to result shown: {app_ms:.1f} ms; raw httpx round trip: {raw_ms:.1f} ms; "
        f"added: {app_ms - raw_ms:.1f} ms. UI-thread CPU: {app_cpu:.1f} ms vs {raw_cpu:.1f} ms, "
        f"added {app_cpu - raw_cpu:.1f} ms (medians of {rounds})"
    )
    target = Target("added", 10, "ms")
    return [
        result("click_to_result", app_ms, "ms", raw_ms, target, rounds),
        result("click_to_result_cpu", app_cpu, "ms", raw_cpu, target, rounds),
    ]


if __name__ == "__main__":
    run_benchmark(main)
