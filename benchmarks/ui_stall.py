"""The longest event-loop gap of the full window (inspector and history docks
open, every exchange recorded) while 50 requests are in flight against a
sandbox with 1 s latency and their answers arrive together; against the
same kind of request made by a blocking client on the loop (the freeze an
agent would see). Median over several bursts."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from benchmarks.cli import run_benchmark
from benchmarks.common import Target, median, partner_headers, result
from benchmarks.heartbeat import Heartbeat
from benchmarks.qt_runner import run_qt, sandbox_window, until

BLOCKING = 3  # enough to show the freeze; 50 would take 50 s


async def burst(client: Any, requests: int) -> tuple[float, float]:
    """One burst: the longest gap from sending to the last answer drawn, in
    wall-clock and in UI-thread CPU milliseconds."""
    beat = Heartbeat(interval_ms=2).start()
    await asyncio.gather(*(client.wallet_balance() for _ in range(requests)))
    await asyncio.sleep(0.1)  # the view's updates of the last answers fall inside
    return beat.stop() * 1000, beat.longest_cpu * 1000


async def measure(quick: bool) -> tuple[list[tuple[float, float]], float]:
    from PySide6.QtCore import Qt

    requests, latency_ms, bursts = (10, 100, 2) if quick else (50, 1000, 5)
    async with sandbox_window() as (win, base):
        win.inspector.show()
        win.history.show()
        win.splitDockWidget(win.inspector, win.history, Qt.Orientation.Horizontal)
        await until(lambda: win.connection is not None)
        assert win.connection is not None
        connection = win.connection
        client = connection.client
        async with httpx.AsyncClient() as http:
            fault = {"kind": "latency", "latency_ms": latency_ms}
            (await http.post(f"{base}/__sandbox/faults", json=fault)).raise_for_status()
        await client.wallet_balance()  # warm the connection pool
        await asyncio.sleep(1.5)  # started and idle, as an agent would find it
        gaps = [await burst(client, requests) for _ in range(bursts)]
        assert win.inspector.model.rowCount() >= requests * bursts, "exchanges not recorded"

        headers = partner_headers(connection.environment.credentials)
        beat = Heartbeat(interval_ms=2).start()
        with httpx.Client() as blocking:
            for _ in range(1 if quick else BLOCKING):
                blocking.get(f"{base}/api/wallet/balance", headers=headers)
                await asyncio.sleep(0)
        blocking_gap = beat.stop() * 1000
    return gaps, blocking_gap


def main(quick: bool) -> list[str]:
    bursts, blocking_ms = run_qt(lambda: measure(quick))
    walls, cpus = [wall for wall, _ in bursts], [cpu for _, cpu in bursts]
    app_ms, cpu_ms = median(walls), median(cpus)
    print(
        f"longest loop gap with the full window, {'10' if quick else '50'} requests in flight: "
        f"{app_ms:.1f} ms wall-clock, {cpu_ms:.1f} ms of UI-thread CPU (median of "
        f"{len(bursts)} bursts; each: {', '.join(f'{w:.0f}/{c:.0f}' for w, c in bursts)}); "
        f"blocking client: {blocking_ms:.0f} ms"
    )
    target = Target("value", 16, "ms")
    return [
        result("ui_stall", app_ms, "ms", blocking_ms, target, len(bursts)),
        result("ui_stall_cpu", cpu_ms, "ms", blocking_ms, target, len(bursts)),
    ]


if __name__ == "__main__":
    run_benchmark(main)
