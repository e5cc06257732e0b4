"""A ring buffer of exchanges: memory stays bounded however long the app runs."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from otp_desktop.api.exchange import Exchange

DEFAULT_CAPACITY = 5000


class ExchangeLog:
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._items: deque[Exchange] = deque(maxlen=capacity)

    @property
    def capacity(self) -> int:
        return self._items.maxlen or 0

    @property
    def full(self) -> bool:
        return len(self._items) == self.capacity

    def append(self, exchange: Exchange) -> None:
        """Add at the end; when full, the oldest exchange goes."""
        self._items.append(exchange)

    def drop_oldest(self) -> None:
        if self._items:
            self._items.popleft()

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Exchange:
        return self._items[index]

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self._items)
