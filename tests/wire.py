"""Counting requests where the sandbox receives them (exactly-once tests).

A test module that counts opts in with `pytestmark = pytest.mark.usefixtures("wire")`
(or asks for the `wire` fixture): the sandbox it starts then records every
request before any fault or rule sees it, so a duplicate counts even when the
sandbox would refuse it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from otp_desktop.sandbox import server


@dataclass
class Wire:
    seen: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, endpoint: str, method: str = "POST") -> int:
        """Requests whose path ends with `endpoint` (`/register`, `/withdraw`)."""
        with self.lock:
            return sum(1 for m, p in self.seen if m == method and p.endswith(endpoint))

    def clear(self) -> None:
        with self.lock:
            self.seen.clear()


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Wire:
    """Must be set up before `sandbox` (list it first, or use it via usefixtures)."""
    recorded = Wire()

    @web.middleware
    async def record(request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith("/__sandbox"):
            with recorded.lock:
                recorded.seen.append((request.method, request.path))
        return await handler(request)  # type: ignore[no-any-return]

    real_build = server.build_app

    def build_app(state: Any) -> web.Application:
        app = real_build(state)
        app.middlewares.insert(0, record)
        return app

    monkeypatch.setattr(server, "build_app", build_app)
    return recorded
