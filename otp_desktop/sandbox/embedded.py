"""The sandbox on its own loop in a background thread, for the app and tests.

A busy UI then does not slow the server, and a slow (faulted) server does
not stall the UI's loop (docs/architecture.md).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from otp_desktop.sandbox.clock import Clock
from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.server import SandboxServer
from otp_desktop.sandbox.state import SandboxState

T = TypeVar("T")


class EmbeddedSandbox:
    def __init__(self, rules: SandboxRules | None = None, clock: Clock | None = None) -> None:
        self.server = SandboxServer(rules, clock)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> SandboxState:
        return self.server.state

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def start(self, timeout: float = 10.0) -> str:
        """Start on 127.0.0.1 with a free port; returns the base URL."""
        if self._thread is not None:
            return self.base_url
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self.server.start("127.0.0.1", 0))
            except BaseException as exc:  # reported to the starting thread
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self.server.stop())
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="otp-sandbox", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise RuntimeError("the embedded sandbox did not start in time")
        if failure:
            self._thread = None
            raise RuntimeError(f"the embedded sandbox could not start: {failure[0]}")
        return self.base_url

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        """Run a coroutine on the sandbox's loop (for tools and tests)."""
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self._loop = None
        self._thread = None

    def __enter__(self) -> EmbeddedSandbox:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
