"""Appending 100,000 exchanges to the inspector (visible, 5,000-row ring
buffer) and scrolling it, against appending to a plain deque."""

from __future__ import annotations

import asyncio
import resource
import time
from collections import deque

from benchmarks.common import result
from benchmarks.qt_runner import run_qt

N = 100_000


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure() -> tuple[float, float, float, float]:
    from PySide6.QtWidgets import QApplication

    from otp_desktop.api.exchange import Exchange
    from otp_desktop.traffic.log import ExchangeLog
    from otp_desktop.ui.qa.inspector_dock import InspectorDock

    dock = InspectorDock(ExchangeLog(5000))
    dock.resize(900, 500)
    dock.show()
    items = [
        Exchange(
            "POST",
            f"http://127.0.0.1/api/proxy/auth/otp/verify?i={i}",
            (("content-type", "application/json"),),
            '{"otp": 123456}',
            float(i),
            12.5,
            201,
            (),
            '{"message": "ok"}',
            17,
        )
        for i in range(N)
    ]
    plain: deque[Exchange] = deque(maxlen=5000)
    t0 = time.perf_counter()
    for ex in items:
        plain.append(ex)
    baseline = (time.perf_counter() - t0) / N * 1e6
    app = QApplication.instance()
    t0 = time.perf_counter()
    for i, ex in enumerate(items[: N // 10]):
        dock.record(ex)
        if i % 1000 == 0:
            app.processEvents()  # type: ignore[union-attr]
    rss_at_10k = rss_mib()
    for i, ex in enumerate(items[N // 10 :]):
        dock.record(ex)
        if i % 1000 == 0:
            app.processEvents()  # type: ignore[union-attr]
    per_append = (time.perf_counter() - t0) / N * 1e6
    bar = dock.table.verticalScrollBar()
    t0 = time.perf_counter()
    for value in range(bar.minimum(), bar.maximum(), max(1, bar.pageStep())):
        bar.setValue(value)
        app.processEvents()  # type: ignore[union-attr]
    scroll = time.perf_counter() - t0
    assert dock.model.rowCount() == 5000
    await asyncio.sleep(0)
    dock.close()
    print(
        f"scrolled 5,000 rows in {scroll * 1000:.0f} ms; rows kept {dock.model.rowCount()}; "
        f"peak RSS {rss_at_10k:.0f} MiB after 10k appends, {rss_mib():.0f} MiB after 100k"
    )
    return per_append, baseline, rss_at_10k, rss_mib()


def main() -> str:
    per_append, baseline, _, _ = run_qt(measure)
    print(f"append: {per_append:.1f} µs each (plain deque: {baseline:.2f} µs)")
    return result("inspector", per_append, "us", baseline, "value<=50us")


if __name__ == "__main__":
    print(main())
