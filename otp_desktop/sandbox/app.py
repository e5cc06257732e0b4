"""What the sandbox does with each request, in order: journal it, read its
body, guard the developer endpoints, find the handler, inject faults, and
turn every refusal into a JSON answer with a `code`."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from otp_desktop.sandbox import dev_endpoints
from otp_desktop.sandbox.connections import ServerLimits
from otp_desktop.sandbox.faults import FaultKind, respond_with_fault
from otp_desktop.sandbox.guard import DevGuard
from otp_desktop.sandbox.handlers import ROUTES, Handler, error_response
from otp_desktop.sandbox.http.body import read_body
from otp_desktop.sandbox.http.messages import (
    ConnectionDroppedError,
    HttpError,
    Request,
    Response,
    error_json,
    json_response,
)
from otp_desktop.sandbox.http.routing import Route, Router
from otp_desktop.sandbox.otp_store import OtpRuleError
from otp_desktop.sandbox.state import SandboxState

log = logging.getLogger(__name__)
MAX_BODY = 64 * 1024


def build_router() -> Router[Handler]:
    router: Router[Handler] = Router()
    for method, path, name, handler in ROUTES:
        router.add(method, path, handler, name)
    dev_endpoints.add_routes(router)
    return router


def _is_quiet_read(request: Request) -> bool:
    """A developer read (the panel polls the inbox every second): journaled
    only when refused, so it cannot push the API calls out of the journal."""
    return request.method in ("GET", "HEAD") and request.path.startswith("/__sandbox")


class SandboxApp:
    """The HTTP layer's app: a request in, its answer out."""

    def __init__(self, state: SandboxState, guard: DevGuard, limits: ServerLimits) -> None:
        self.state = state
        self.guard = guard
        self.limits = limits
        self.router = build_router()

    async def __call__(self, request: Request) -> Response:
        """Record every request in the journal as it arrives, its status once answered."""
        journal = self.state.journal
        try:
            raw = await self._read_body(request)
        except HttpError as err:
            refused = journal.record(request.method, request.path, request.query, b"")
            refused["body"] = "(not received)"
            refused["status"] = err.status
            return error_json(err)
        entry: dict[str, Any] | None = None
        if not _is_quiet_read(request):
            entry = journal.record(request.method, request.path, request.query, raw)
        response = await self._answer(request)
        if entry is None and response.status >= 400:
            entry = journal.record(request.method, request.path, request.query, raw)
        if entry is not None:
            entry["status"] = response.status
        return response

    async def _read_body(self, request: Request) -> bytes:
        """The whole body, or HttpError 413 (too large) / 408 (too slow)."""
        headers = request.headers
        if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
            return await read_body(request, MAX_BODY)  # none: no timer to set
        try:
            async with asyncio.timeout(self.limits.body_timeout_s):
                return await read_body(request, MAX_BODY)
        except TimeoutError:
            raise HttpError(
                408, "The request body did not arrive in time.", "REQUEST_TIMEOUT", close=True
            ) from None

    async def _answer(self, request: Request) -> Response:
        try:
            if request.path.startswith("/__sandbox"):
                self.guard.check(request)
            route = self.router.resolve(request.method, request.path)
            return await self._with_faults(route, request)
        except OtpRuleError as err:
            return error_response(err)
        except HttpError as err:
            return error_json(err)
        except (asyncio.CancelledError, ConnectionError, ConnectionDroppedError):
            raise
        except Exception:
            log.exception("sandbox handler failed")
            return json_response(
                {"message": "Internal sandbox error.", "code": "INTERNAL_ERROR"}, status=500
            )

    async def _with_faults(self, route: Route[Handler], request: Request) -> Response:
        if route.name is None:
            return await route.handler(request, self.state)
        taken = self.state.faults.take(route.name)
        for fault in taken:
            if fault.kind is FaultKind.LATENCY:
                await asyncio.sleep(fault.latency_ms / 1000)
        other = next((f for f in taken if f.kind is not FaultKind.LATENCY), None)
        if other is None:
            return await route.handler(request, self.state)
        real = None
        if other.kind is FaultKind.TRICKLE:
            try:
                real = await route.handler(request, self.state)
            except OtpRuleError as err:
                real = error_response(err)
        return await respond_with_fault(other, request, real)
