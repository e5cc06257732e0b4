"""The longest event-loop gap while 50 requests are in flight against a slow
sandbox (1 s latency), against the same kind of request made by a blocking
client on the loop (the freeze an agent would see)."""

from __future__ import annotations

import asyncio

import httpx

from benchmarks.common import partner_headers, result
from benchmarks.heartbeat import Heartbeat
from benchmarks.qt_runner import run_qt

REQUESTS = 50
BLOCKING = 3  # enough to show the freeze; 50 would take 50 s


async def measure() -> tuple[float, float]:
    from otp_desktop.connection import open_running_sandbox
    from otp_desktop.sandbox import EmbeddedSandbox

    sandbox = EmbeddedSandbox()
    base = await asyncio.to_thread(sandbox.start)
    connection = await open_running_sandbox(base)
    client = connection.client
    async with httpx.AsyncClient() as http:
        await http.post(f"{base}/__sandbox/faults", json={"kind": "latency", "latency_ms": 1000})
    beat = Heartbeat(interval_ms=2)
    await client.wallet_balance()  # warm the connection pool
    beat.start()
    await asyncio.gather(*(client.wallet_balance() for _ in range(REQUESTS)))
    app_gap = beat.stop()

    creds = connection.environment.credentials
    headers = partner_headers(creds)
    beat.start()
    with httpx.Client() as blocking:
        for _ in range(BLOCKING):
            blocking.get(f"{base}/api/wallet/balance", headers=headers)
            await asyncio.sleep(0)
    blocking_gap = beat.stop()
    await connection.aclose()
    await asyncio.to_thread(sandbox.stop)
    return app_gap * 1000, blocking_gap * 1000


def main() -> str:
    app_ms, blocking_ms = run_qt(measure)
    print(
        f"{REQUESTS} async requests in flight: longest loop gap {app_ms:.1f} ms; "
        f"blocking client: {blocking_ms:.0f} ms"
    )
    return result("ui_stall", app_ms, "ms", blocking_ms, "value<=16ms")


if __name__ == "__main__":
    print(main())
