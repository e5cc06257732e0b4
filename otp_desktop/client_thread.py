"""The API client on an asyncio loop of its own, in a background thread.

httpx, httpcore and anyio spend about a millisecond of Python per request
(the connection pool rescans every connection on each change), and the
answers' parsing and validation come on top. On the UI thread fifty answers
arriving together froze the window for tens of milliseconds; here the UI
thread only awaits the results. Exchanges recorded by the client are handed
to the UI loop, in order, before the call's own result.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    """An asyncio loop running forever in a daemon thread, until stopped."""

    def __init__(self, name: str = "otp-client") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            # Whatever is still running (a connection attempt) ends cancelled, not dropped.
            pending = asyncio.all_tasks(self.loop)
            for task in pending:
                task.cancel()
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Await `coro` run on this thread's loop; cancelling the caller
        cancels it there."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    def stop(self, timeout: float = 5.0) -> None:
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout)


def on_loop(hook: Callable[[T], None]) -> Callable[[T], None]:
    """`hook` called on the current (UI) loop from whichever thread calls the
    returned function."""
    loop = asyncio.get_running_loop()

    def handed_over(value: T) -> None:
        loop.call_soon_threadsafe(hook, value)

    return handed_over


class OffThreadClient:
    """Forwards to a client whose coroutines run on `thread`'s loop; other
    attributes are read as they are."""

    def __init__(self, client: Any, thread: LoopThread) -> None:
        self._client = client
        self._thread = thread

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._client, name)
        if not inspect.iscoroutinefunction(value):
            return value

        @functools.wraps(value)
        async def off_thread(*args: Any, **kwargs: Any) -> Any:
            return await self._thread.run(value(*args, **kwargs))

        return off_thread
