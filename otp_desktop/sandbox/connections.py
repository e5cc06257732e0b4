"""Limits that keep the sandbox answering under slow or many clients.

- A connection must finish its request headers within `idle_timeout_s` of
  opening (or of its previous answer): aiohttp's keep-alive timer closes it.
- A request body must arrive within `body_timeout_s` (408 otherwise).
- At most `max_connections` are open: a new one closes the oldest that is
  not being answered, so a burst of idle connections cannot lock others out.
"""

from __future__ import annotations

import asyncio
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


class BoundedSite(web.TCPSite):
    """A TCP site that closes the oldest idle connection when full."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, limits: ServerLimits) -> None:
        super().__init__(runner, host, port, backlog=1024)
        self._limits = limits
        self._busy: set[Any] = runner.app[BUSY_KEY]

    async def start(self) -> None:
        await web.BaseSite.start(self)  # registers the site; TCPSite.start would listen
        server = self._runner.server
        assert server is not None

        def accept() -> RequestHandler:
            self._make_room(server)
            return server()

        self._server = await asyncio.get_running_loop().create_server(
            accept, self._host, self._port, backlog=self._backlog
        )

    def _make_room(self, server: web.Server) -> None:
        open_now = [h for h in server.connections if h.transport is not None]
        excess = len(open_now) + 1 - self._limits.max_connections
        for handler in open_now:  # oldest first
            if excess <= 0:
                return
            if handler not in self._busy:
                handler.force_close()
                excess -= 1
