"""Limits that keep the sandbox answering under slow or many clients.

- A connection must finish its request headers within `idle_timeout_s` of
  opening (or of its previous answer): aiohttp's keep-alive timer closes it.
- A request body must arrive within `body_timeout_s` (408 otherwise).
- At most `max_connections` are open: a new one closes an idle one (first
  those that never sent a byte), so a burst of idle connections cannot lock
  others out.
"""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from otp_desktop.sandbox.rules import ranged


@dataclass(frozen=True, slots=True)
class ServerLimits:
    max_connections: int = ranged(256, 8, 100_000, "connections open at once")
    idle_timeout_s: float = ranged(10.0, 0.1, 3600, "seconds to send a request's headers")
    body_timeout_s: float = ranged(10.0, 0.1, 3600, "seconds to send a request's body")


BUSY_KEY = web.AppKey("busy_connections", set[Any])
"""Connections whose request is being answered: never closed to make room."""


class _HeardHandler(RequestHandler):
    """aiohttp's connection handler, noting whether the client ever sent a byte."""

    heard = False

    def data_received(self, data: bytes) -> None:
        self.heard = True
        super().data_received(data)


def _has_unread_bytes(handler: RequestHandler) -> bool:
    """Bytes waiting in the kernel that the loop has not read yet: a client
    that spoke right after connecting, just not read yet in a burst."""
    transport = handler.transport
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


class BoundedSite(web.TCPSite):
    """A TCP site that, when full, closes an idle connection to make room:
    first the oldest that never sent a byte, else the oldest not being answered."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, limits: ServerLimits) -> None:
        # asyncio accepts up to `backlog` connections per turn of the loop before the
        # ones closed to make room free their descriptors: keep a turn small.
        super().__init__(runner, host, port, backlog=128)
        self._limits = limits
        self._busy: set[Any] = runner.app[BUSY_KEY]

    async def start(self) -> None:
        await web.BaseSite.start(self)  # registers the site; TCPSite.start would listen
        server = self._runner.server
        assert server is not None

        def accept() -> RequestHandler:
            self._make_room(server)
            # As web.Server() does, with a handler that notes whether the client spoke.
            return _HeardHandler(server, loop=server._loop, **server._kwargs)

        self._server = await asyncio.get_running_loop().create_server(
            accept, self._host, self._port, backlog=self._backlog
        )

    def _make_room(self, server: web.Server) -> None:
        open_now = [h for h in server.connections if h.transport is not None]
        excess = len(open_now) + 1 - self._limits.max_connections
        if excess <= 0:
            return
        idle = [h for h in open_now if h not in self._busy]
        silent = [h for h in idle if not getattr(h, "heard", True)]
        for handler in (*silent, *idle):  # oldest first in each
            if excess <= 0:
                return
            if handler.transport is None or _has_unread_bytes(handler):
                continue
            handler.force_close()
            excess -= 1
