"""Limits that keep the sandbox answering under slow or many clients.

- A connection must finish its request headers within `idle_timeout_s` of
  opening (or of its previous answer), or it is closed.
- A request body must arrive within `body_timeout_s` (408 otherwise).
- At most `max_connections` are open: a new one closes an idle one (first
  those that never sent a byte), so a burst of idle connections cannot lock
  others out.
"""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass

from otp_desktop.sandbox.http.connection import App, HttpConnection
from otp_desktop.sandbox.rules import ranged

SHUTDOWN_GRACE_S = 0.5
"""How long a stop waits for requests being answered before cutting them off."""


@dataclass(frozen=True, slots=True)
class ServerLimits:
    max_connections: int = ranged(256, 8, 100_000, "connections open at once")
    idle_timeout_s: float = ranged(10.0, 0.1, 3600, "seconds to send a request's headers")
    body_timeout_s: float = ranged(10.0, 0.1, 3600, "seconds to send a request's body")


def _has_unread_bytes(connection: HttpConnection) -> bool:
    """Bytes waiting in the kernel that the loop has not read yet: a client
    that spoke right after connecting, just not read yet in a burst."""
    transport = connection.transport
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        return False
    try:
        # A second Python object over the same descriptor, detached (not closed) after.
        peer = socket.socket(fileno=sock.fileno())
    except OSError:
        return False
    try:
        return bool(peer.recv(1, socket.MSG_PEEK))  # non-blocking: the loop's socket
    except OSError:  # nothing to read yet
        return False
    finally:
        peer.detach()


class BoundedConnections:
    """The open connections; when full, a new one closes an idle one to make
    room: first the oldest that never sent a byte, else the oldest not being answered."""

    def __init__(self, app: App, limits: ServerLimits) -> None:
        self._app = app
        self._limits = limits
        self._open: dict[HttpConnection, None] = {}  # oldest first

    def __len__(self) -> int:
        return len(self._open)

    def accept(self) -> HttpConnection:
        """The protocol factory of the listening socket."""
        self._make_room()
        connection = HttpConnection(self._app, self._limits.idle_timeout_s, self._lost)
        self._open[connection] = None
        return connection

    def _lost(self, connection: HttpConnection) -> None:
        self._open.pop(connection, None)

    def _make_room(self) -> None:
        open_now = [c for c in self._open if c.transport and not c.transport.is_closing()]
        excess = len(open_now) + 1 - self._limits.max_connections
        if excess <= 0:
            return
        idle = [c for c in open_now if not c.busy]
        silent = [c for c in idle if not c.heard]
        for connection in (*silent, *idle):  # oldest first in each
            if excess <= 0:
                return
            transport = connection.transport
            if transport is None or transport.is_closing() or _has_unread_bytes(connection):
                continue
            connection.close()
            excess -= 1

    async def close_all(self) -> None:
        """Close idle connections now, give those being answered a moment, then cut."""
        for connection in list(self._open):
            if not connection.busy:
                connection.close()
        tasks = [c.task for c in self._open if c.task is not None and not c.task.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE_S)
        for connection in list(self._open):
            if connection.transport is not None:
                connection.transport.abort()
            if connection.task is not None:
                connection.task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._open.clear()
