"""How long a request may take, per environment (no httpx at import)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds: to connect, to send the request, between two pieces of the
    answer, and for the whole request (a server dripping its answer byte by
    byte passes every per-read limit, not this one)."""

    connect: float = 5.0
    read: float = 20.0
    write: float = 10.0
    total: float = 45.0

    def to_httpx(self) -> httpx.Timeout:
        import httpx

        return httpx.Timeout(
            connect=self.connect, read=self.read, write=self.write, pool=self.connect
        )
