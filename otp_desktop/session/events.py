"""A small dispatcher: the session says what happened, the UI listens.

Plain callbacks instead of Qt signals keep the session Qt-free, so tests
and scripts drive it without a display.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
Callback = Callable[[T], None]


class Event(Generic[T]):
    """Callbacks called in subscription order with one value."""

    def __init__(self) -> None:
        self._callbacks: list[Callback[T]] = []

    def subscribe(self, callback: Callback[T]) -> Callable[[], None]:
        """Call `callback` on every emit; returns what unsubscribes it."""
        self._callbacks.append(callback)
        return lambda: self.unsubscribe(callback)

    def unsubscribe(self, callback: Callback[T]) -> None:
        with contextlib.suppress(ValueError):  # twice is harmless
            self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        # A copy: a callback may unsubscribe itself while being called.
        for callback in list(self._callbacks):
            callback(value)
