"""Background tasks of the window: strong references, cancel, errors routed.

qasync can let an unreferenced task be collected mid-flight
(docs/architecture.md), so every task lives in a set until it is done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskRunner:
    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error
        self._current: asyncio.Task[Any] | None = None

    @property
    def current(self) -> asyncio.Task[Any] | None:
        """The user's action in progress (what Cancel / Esc cancels); a task
        that has finished is not, even before its done-callbacks have run."""
        task = self._current
        return task if task is not None and not task.done() else None

    def start(
        self, coro: Coroutine[Any, Any, Any], *, name: str, action: bool = False
    ) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        if action:
            self._current = task
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task is self._current:
            self._current = None
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("task %s failed", task.get_name(), exc_info=exc)
            self._on_error(exc)

    def cancel_current(self) -> bool:
        if self.current is None or self.current.done():
            return False
        self.current.cancel()
        return True

    def running(self, name: str) -> bool:
        """Whether a task of that name is still going (polls skip a turn)."""
        return any(task.get_name() == name for task in self._tasks)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def shutdown(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
