"""The aiohttp application and a handle to start and stop it on a loop."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web

from otp_desktop.sandbox import dev_endpoints
from otp_desktop.sandbox.clock import Clock, SystemClock
from otp_desktop.sandbox.faults import FaultKind, respond_with_fault
from otp_desktop.sandbox.handlers import ROUTES, STATE_KEY, Handler, error_response
from otp_desktop.sandbox.otp_store import OtpRuleError
from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.state import SandboxState
from otp_desktop.sandbox.tokens import SandboxAuthority
from otp_desktop.sandbox.validation import too_large

log = logging.getLogger(__name__)


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except OtpRuleError as err:
        return error_response(err)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return web.json_response(
            {"message": exc.reason},
            status=exc.status,
            headers={k: v for k, v in exc.headers.items() if k.lower() == "allow"},
        )
    except (asyncio.CancelledError, ConnectionResetError):
        raise
    except Exception:
        log.exception("sandbox handler failed")
        return web.json_response({"message": "Internal sandbox error."}, status=500)


def _is_quiet_read(request: web.Request) -> bool:
    """A developer read (the panel polls the inbox every second): journaled
    only when refused, so it cannot push the API calls out of the journal."""
    return request.method in ("GET", "HEAD") and request.path.startswith("/__sandbox")


@web.middleware
async def journaled(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Record every request in the journal as it arrives, its status once answered."""
    journal = request.app[STATE_KEY].journal
    query = dict(request.query)
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        too_big = journal.record(request.method, request.path, query, b"")
        too_big["body"] = "(too large, not kept)"
        refused = error_response(too_large())
        too_big["status"] = refused.status
        return refused
    entry: dict[str, Any] | None = None
    if not _is_quiet_read(request):
        entry = journal.record(request.method, request.path, query, raw)
    response = await handler(request)
    if entry is None and response.status >= 400:
        entry = journal.record(request.method, request.path, query, raw)
    if entry is not None:
        entry["status"] = response.status
    return response


@web.middleware
async def injected_faults(request: web.Request, handler: Handler) -> web.StreamResponse:
    endpoint = request.match_info.route.name
    if endpoint is None or request.path.startswith("/__sandbox"):
        return await handler(request)
    taken = request.app[STATE_KEY].faults.take(endpoint)
    for fault in taken:
        if fault.kind is FaultKind.LATENCY:
            await asyncio.sleep(fault.latency_ms / 1000)
    other = next((f for f in taken if f.kind is not FaultKind.LATENCY), None)
    if other is None:
        return await handler(request)
    real = None
    if other.kind is FaultKind.TRICKLE:
        try:
            response = await handler(request)
        except OtpRuleError as err:
            response = error_response(err)
        real = response if isinstance(response, web.Response) else None
    return await respond_with_fault(other, request, real)


def build_app(state: SandboxState) -> web.Application:
    app = web.Application(
        middlewares=[journaled, errors_as_json, injected_faults], client_max_size=64 * 1024
    )
    app[STATE_KEY] = state
    for method, path, name, handler in ROUTES:
        app.router.add_route(method, path, handler, name=name)
    dev_endpoints.add_routes(app)
    return app


class SandboxServer:
    """The sandbox on the current asyncio loop."""

    def __init__(
        self,
        rules: SandboxRules | None = None,
        clock: Clock | None = None,
        authority: SandboxAuthority | None = None,
        *,
        log_codes: bool = False,
    ) -> None:
        self.state = SandboxState(
            rules=rules or SandboxRules(),
            clock=clock or SystemClock(),
            authority=authority or SandboxAuthority(),
            log_codes=log_codes,
        )
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        # handler_cancellation: a client that gives up on a hang frees the handler.
        self._runner = web.AppRunner(
            build_app(self.state), access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_port = int(self._runner.addresses[0][1])
        shown_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown_host}:{bound_port}"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
