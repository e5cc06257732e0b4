"""The sandbox listening on the current asyncio loop, and its clean stop."""

from __future__ import annotations

import asyncio

from otp_desktop.sandbox.app import SandboxApp
from otp_desktop.sandbox.clock import Clock, SystemClock
from otp_desktop.sandbox.connections import BoundedConnections, ServerLimits
from otp_desktop.sandbox.guard import DevGuard
from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.state import SandboxState
from otp_desktop.sandbox.tokens import SandboxAuthority

BACKLOG = 128
"""asyncio accepts up to `backlog` connections per turn of the loop before the
ones closed to make room free their descriptors: keep a turn small."""


class SandboxServer:
    """The sandbox on the current asyncio loop."""

    def __init__(
        self,
        rules: SandboxRules | None = None,
        clock: Clock | None = None,
        authority: SandboxAuthority | None = None,
        *,
        log_codes: bool = False,
        limits: ServerLimits | None = None,
    ) -> None:
        self.state = SandboxState(
            rules=rules or SandboxRules(),
            clock=clock or SystemClock(),
            authority=authority or SandboxAuthority(),
            log_codes=log_codes,
        )
        self.limits = limits or ServerLimits()
        self.guard = DevGuard()
        self._listener: asyncio.Server | None = None
        self._connections: BoundedConnections | None = None
        self.base_url = ""

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, *, allow_remote: bool = False
    ) -> str:
        """Listen; beyond loopback only with allow_remote (RemoteNotAllowedError otherwise)."""
        self.guard = DevGuard.for_host(host, allow_remote=allow_remote)
        app = SandboxApp(self.state, self.guard, self.limits)
        self._connections = BoundedConnections(app, self.limits)
        self._listener = await asyncio.get_running_loop().create_server(
            self._connections.accept, host, port, backlog=BACKLOG
        )
        bound_port = int(self._listener.sockets[0].getsockname()[1])
        shown_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown_host}:{bound_port}"
        return self.base_url

    def open_connections(self) -> int:
        """Client connections open now (0 when not listening)."""
        return len(self._connections) if self._connections is not None else 0

    async def stop(self) -> None:
        """Stop listening, then close every connection (no task or socket left)."""
        listener, connections = self._listener, self._connections
        self._listener = self._connections = None
        if listener is not None:
            listener.close()
        if connections is not None:
            await connections.close_all()
        if listener is not None:
            await listener.wait_closed()
