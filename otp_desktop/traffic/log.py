"""A ring buffer of exchanges, bounded in count and in bytes, so memory stays
flat however long the app runs and however large the answers are.

A body over `max_body_chars` is kept truncated, with a note giving its full
size; when the bodies held pass `byte_budget`, the oldest exchanges go.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import deque
from collections.abc import Iterator
from itertools import islice

from otp_desktop.api.exchange import Exchange
from otp_desktop.api.masking import mask_text

DEFAULT_CAPACITY = 5000
DEFAULT_MAX_BODY_CHARS = 64 * 1024
DEFAULT_BYTE_BUDGET = 32 * 1024 * 1024
_OVERHEAD = 512
"""Bytes counted per exchange besides its bodies and headers (the record itself)."""


def truncation_note(kept: int, full: int) -> str:
    return f"[truncated by the inspector: the first {kept:,} of {full:,} characters are kept]"


def _truncated(body: str, limit: int) -> str:
    if len(body) <= limit:
        return body
    # Masked before cutting: a secret cut in half could no longer be found.
    # ASCII only: one non-Latin-1 character would double the whole string's size.
    return mask_text(body)[:limit] + "\n...\n" + truncation_note(limit, len(body))


def footprint(exchange: Exchange) -> int:
    """Roughly the bytes an exchange holds (a str of Hindi text takes more per
    character than ASCII: getsizeof counts what it really takes)."""
    headers = sum(len(k) + len(v) for k, v in exchange.request_headers)
    headers += sum(len(k) + len(v) for k, v in exchange.response_headers)
    bodies = sys.getsizeof(exchange.request_body) + sys.getsizeof(exchange.response_body)
    return bodies + headers + _OVERHEAD


class ExchangeLog:
    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        *,
        max_body_chars: int = DEFAULT_MAX_BODY_CHARS,
        byte_budget: int = DEFAULT_BYTE_BUDGET,
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._items: deque[Exchange] = deque()
        self._sizes: deque[int] = deque()
        """Each exchange's footprint, measured once (it was measured again at
        every look, several times an append)."""
        self._capacity = capacity
        self.max_body_chars = max_body_chars
        self.byte_budget = byte_budget
        self._bytes = 0

    @property
    def capacity(self) -> int:
        return self._capacity

    @property
    def full(self) -> bool:
        return len(self._items) >= self._capacity

    @property
    def bytes_held(self) -> int:
        return self._bytes

    def fit(self, exchange: Exchange) -> Exchange:
        """The exchange as the log keeps it: bodies over the limit truncated."""
        limit = self.max_body_chars
        if len(exchange.request_body) <= limit and len(exchange.response_body) <= limit:
            return exchange
        return dataclasses.replace(
            exchange,
            request_body=_truncated(exchange.request_body, limit),
            response_body=_truncated(exchange.response_body, limit),
        )

    def size_of(self, index: int) -> int:
        """The footprint of the exchange at `index`."""
        return self._sizes[index]

    def evictions_for(self, exchange: Exchange, size: int | None = None) -> int:
        """How many of the oldest must go before `exchange` (fitted, of
        footprint `size` when known) fits."""
        count = max(0, len(self._items) + 1 - self._capacity)
        room = self.byte_budget - (footprint(exchange) if size is None else size)
        held = self._bytes - sum(islice(self._sizes, count))
        while held > room and count < len(self._items):
            held -= self._sizes[count]
            count += 1
        return count

    def append(self, exchange: Exchange, size: int | None = None) -> None:
        """Add at the end (truncated if need be); the oldest go to make room.
        `size`: the footprint of an exchange already fitted."""
        if size is None:
            exchange = self.fit(exchange)
            size = footprint(exchange)
        self.drop_oldest(self.evictions_for(exchange, size))
        self._items.append(exchange)
        self._sizes.append(size)
        self._bytes += size

    def drop_oldest(self, count: int = 1) -> None:
        for _ in range(min(count, len(self._items))):
            self._items.popleft()
            self._bytes -= self._sizes.popleft()

    def clear(self) -> None:
        self._items.clear()
        self._sizes.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Exchange:
        return self._items[index]

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self._items)
