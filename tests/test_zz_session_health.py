"""Runs last (by name): proves qtbot waits still wait at the end of the session.

If any test stopped the shared qasync loop, QApplication.exit() would make
every later qtbot.wait* return at once, and tests would pass without
testing anything (docs/architecture.md). This catches that.
"""

from __future__ import annotations

import asyncio
import time


def test_qtbot_waits_still_wait(qtbot, loop):
    t0 = time.monotonic()
    qtbot.wait(300)
    assert time.monotonic() - t0 >= 0.25


def test_tasks_still_advance_on_the_shared_loop(qtbot, loop):
    done = []

    async def later():
        await asyncio.sleep(0.05)
        done.append(True)

    task = asyncio.ensure_future(later())
    qtbot.waitUntil(task.done, timeout=2000)
    assert done == [True]
