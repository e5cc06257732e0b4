"""What the onboarding flow and the wallet session share: listeners, and an
API call made with a busy flag set so a second click sends nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from otp_desktop.api.errors import ApiError, HttpStatusError

A = TypeVar("A")
T = TypeVar("T")


def error_detail(exc: ApiError) -> str:
    """What "Details" shows: the status and the body when the server answered."""
    if isinstance(exc, HttpStatusError) and exc.body_excerpt:
        return f"HTTP {exc.status}\n{exc.body_excerpt}"
    return exc.detail


class BusyState(Generic[A]):
    error: Any

    def __init__(self) -> None:
        self.busy: A | None = None
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def _failed(self, _action: A, exc: ApiError) -> None:
        """Record a failed call in `self.error` (each subclass its own way)."""
        self.error = exc

    @contextmanager
    def _busy(self, action: A) -> Iterator[None]:
        """`action` runs (the previous error is cleared) until the block ends."""
        self.busy = action
        self.error = None
        self._changed()
        try:
            yield
        finally:
            self.busy = None
            self._changed()

    async def _call(self, action: A, call: Awaitable[T]) -> T | None:
        """Await an API call; an ApiError is recorded (None returned)."""
        try:
            return await call
        except ApiError as exc:
            self._failed(action, exc)
            return None

    async def _run(
        self, action: A, call: Awaitable[T], done: Callable[[T], None] | None = None
    ) -> T | None:
        """Await one API call with the busy flag set; an ApiError is recorded.
        `done` applies a result before the flag goes: listeners hear of the
        answer and the end of the wait as one change (each change re-renders
        the window, a re-layout of milliseconds on the way to the result)."""
        with self._busy(action):
            result = await self._call(action, call)
            if result is not None and done is not None:
                done(result)
            return result
