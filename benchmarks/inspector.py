"""The request inspector, its table visible: the cost of an append (bursts of
exchanges arriving per event-loop turn, the view updating between them)
against a plain deque, and its memory held after 10k vs 100k appends, and
with large bodies, measured with tracemalloc from the same starting point.
Exchanges are made as they are appended: only the inspector keeps them."""

from __future__ import annotations

import asyncio
import gc
import resource
import time
import tracemalloc
from collections import deque
from typing import Any

from benchmarks.cli import run_benchmark
from benchmarks.common import Target, median, result
from benchmarks.qt_runner import run_qt

BURST = 100  # exchanges per event-loop turn (a busy test run)
CAPACITY = 5000  # the inspector's default ring


def exchange(i: int, body_bytes: int = 0) -> Any:
    from otp_desktop.api.exchange import Exchange

    body = '{"message": "ok"}' if not body_bytes else '{"blob": "' + "x" * body_bytes + '"}'
    return Exchange(
        "POST",
        f"http://127.0.0.1/api/proxy/auth/otp/verify?i={i}",
        (("content-type", "application/json"),),
        '{"otp": 123456}',
        time.time(),
        12.5,
        201,
        (("content-type", "application/json"),),
        body,
        len(body),
    )


def visible_dock(capacity: int) -> Any:
    from otp_desktop.traffic.log import ExchangeLog
    from otp_desktop.ui.qa.inspector_dock import InspectorDock

    dock = InspectorDock(ExchangeLog(capacity))
    dock.resize(900, 500)
    dock.show()
    return dock


async def append(dock: Any, start: int, stop: int, body_bytes: int = 0) -> tuple[float, float]:
    """Append exchanges start..stop in bursts, each followed by a loop turn in
    which the view draws what arrived; the seconds spent appending and
    drawing, wall-clock and UI-thread CPU (making the exchanges not counted)."""
    spent = cpu = 0.0
    for first in range(start, stop, BURST):
        burst = [exchange(i, body_bytes) for i in range(first, min(first + BURST, stop))]
        t0, c0 = time.perf_counter(), time.thread_time()
        for item in burst:
            dock.record(item)
        await asyncio.sleep(0)
        spent += time.perf_counter() - t0
        cpu += time.thread_time() - c0
    return spent, cpu


async def append_cost(n: int, capacity: int) -> tuple[float, float]:
    """Microseconds per append, the view's updates included: wall, CPU."""
    dock = visible_dock(capacity)
    await asyncio.sleep(0.05)
    spent, cpu = await append(dock, 0, n)
    assert dock.model.rowCount() == min(n, capacity), "rows not kept"
    dock.close()
    dock.deleteLater()
    return spent / n * 1e6, cpu / n * 1e6


def deque_cost(n: int, capacity: int) -> float:
    plain: deque[Any] = deque(maxlen=capacity)
    spent = 0.0
    for first in range(0, n, BURST):
        burst = [exchange(i) for i in range(first, min(first + BURST, n))]
        t0 = time.perf_counter()
        for item in burst:
            plain.append(item)
        spent += time.perf_counter() - t0
    return spent / n * 1e6


def traced_mib() -> float:
    # Held means still referenced: cycles waiting for the app's collector (it
    # runs every 500 ms on the UI thread, automatic collection is off) are
    # not, and counting them made the figure depend on when it last ran.
    gc.collect()
    return tracemalloc.get_traced_memory()[0] / 2**20


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def held(
    counts: tuple[int, int], body_bytes: int, capacity: int
) -> tuple[float, float, float, float]:
    """Traced MiB (and RSS) after the first and the second count of appends,
    both from the same starting point."""
    dock = visible_dock(capacity)
    await asyncio.sleep(0.05)
    tracemalloc.start()
    start, rss0 = traced_mib(), rss_mib()
    await append(dock, 0, counts[0], body_bytes)
    first, rss1 = traced_mib() - start, rss_mib() - rss0
    await append(dock, counts[0], counts[1], body_bytes)
    second, rss2 = traced_mib() - start, rss_mib() - rss0
    tracemalloc.stop()
    dock.close()
    dock.deleteLater()
    return first, second, rss1, rss2


async def measure(quick: bool) -> dict[str, Any]:
    # Quick: a small ring so a few thousand appends already wrap it.
    n, passes, capacity = (2_000, 1, 500) if quick else (100_000, 3, CAPACITY)
    costs = [await append_cost(n, capacity) for _ in range(passes)]
    small = (1_000, 4_000) if quick else (10_000, 100_000)
    large = (600, 1_500) if quick else (1_000, 10_000)
    return {
        "costs": costs,
        "deque": median([deque_cost(n, capacity) for _ in range(passes)]),
        "small": await held(small, 0, capacity),
        "large": await held(large, 64 * 1024, capacity),
        "counts": (n, small, large),
    }


def main(quick: bool) -> list[str]:
    got = run_qt(lambda: measure(quick))
    n, small, large = got["counts"]
    cost = median([wall for wall, _ in got["costs"]])
    cpu = median([cpu for _, cpu in got["costs"]])
    s10, s100, r10, r100 = got["small"]
    l1, l10, q1, q10 = got["large"]
    print(
        f"append with the table visible: {cost:.1f} µs each, {cpu:.1f} µs of UI-thread CPU "
        f"(median of {len(got['costs'])} passes of {n:,}; plain deque {got['deque']:.2f} µs)\n"
        f"held (tracemalloc): {s10:.1f} MiB after {small[0]:,} appends, {s100:.1f} MiB after "
        f"{small[1]:,} (RSS +{r10:.0f} / +{r100:.0f} MiB); with 64 KiB answers "
        f"{l1:.1f} MiB after {large[0]:,}, {l10:.1f} MiB after {large[1]:,} "
        f"(RSS +{q1:.0f} / +{q10:.0f} MiB)"
    )
    flat = Target("ratio", 1.1)
    return [
        result("inspector", cost, "us", got["deque"], Target("value", 50, "us"), len(got["costs"])),
        result(
            "inspector_cpu", cpu, "us", got["deque"], Target("value", 50, "us"), len(got["costs"])
        ),
        result("inspector_held", s100, "MiB", s10, flat, 1),
        result("inspector_held_large", l10, "MiB", l1, flat, 1),
    ]


if __name__ == "__main__":
    run_benchmark(main)
