"""The aiohttp application and a handle to start and stop it on a loop."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web

from otp_desktop.sandbox import dev_endpoints
from otp_desktop.sandbox.clock import Clock, SystemClock
from otp_desktop.sandbox.connections import BUSY_KEY, BoundedSite, ServerLimits
from otp_desktop.sandbox.faults import FaultKind, respond_with_fault
from otp_desktop.sandbox.guard import GUARD_KEY, DevGuard, guarded_dev_endpoints
from otp_desktop.sandbox.handlers import ROUTES, STATE_KEY, Handler, error_response
from otp_desktop.sandbox.otp_store import OtpRuleError
from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.state import SandboxState
from otp_desktop.sandbox.tokens import SandboxAuthority
from otp_desktop.sandbox.validation import too_large

log = logging.getLogger(__name__)
LIMITS_KEY = web.AppKey("limits", ServerLimits)


HTTP_CODES = {
    400: "INVALID_REQUEST",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    408: "REQUEST_TIMEOUT",
    413: "PAYLOAD_TOO_LARGE",
}


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
            {"message": exc.reason, "code": HTTP_CODES.get(exc.status, f"HTTP_{exc.status}")},
            status=exc.status,
            headers={k: v for k, v in exc.headers.items() if k.lower() == "allow"},
        )
    except (asyncio.CancelledError, ConnectionResetError):
        raise
    except Exception:
        log.exception("sandbox handler failed")
        return web.json_response(
            {"message": "Internal sandbox error.", "code": "INTERNAL_ERROR"}, status=500
        )


def _is_quiet_read(request: web.Request) -> bool:
    """A developer read (the panel polls the inbox every second): journaled
    only when refused, so it cannot push the API calls out of the journal."""
    return request.method in ("GET", "HEAD") and request.path.startswith("/__sandbox")


async def _read_body(request: web.Request) -> bytes:
    """The whole body, or OtpRuleError 413 (too large) / 408 (too slow)."""
    try:
        async with asyncio.timeout(request.app[LIMITS_KEY].body_timeout_s):
            return await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise too_large() from None
    except TimeoutError:
        raise OtpRuleError(
            408, "The request body did not arrive in time.", code="REQUEST_TIMEOUT"
        ) from None


@web.middleware
async def journaled(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Record every request in the journal as it arrives, its status once answered."""
    journal = request.app[STATE_KEY].journal
    busy = request.app[BUSY_KEY]
    query = dict(request.query)
    busy.add(request.protocol)
    try:
        try:
            raw = await _read_body(request)
        except OtpRuleError as err:
            refused = journal.record(request.method, request.path, query, b"")
            refused["body"] = "(not received)"
            response: web.StreamResponse = error_response(err)
            response.force_close()
            refused["status"] = response.status
            return response
        entry: dict[str, Any] | None = None
        if not _is_quiet_read(request):
            entry = journal.record(request.method, request.path, query, raw)
        response = await handler(request)
        if entry is None and response.status >= 400:
            entry = journal.record(request.method, request.path, query, raw)
        if entry is not None:
            entry["status"] = response.status
        return response
    finally:
        busy.discard(request.protocol)


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


def build_app(
    state: SandboxState, guard: DevGuard | None = None, limits: ServerLimits | None = None
) -> web.Application:
    app = web.Application(
        middlewares=[journaled, errors_as_json, guarded_dev_endpoints, injected_faults],
        client_max_size=64 * 1024,
    )
    app[STATE_KEY] = state
    app[GUARD_KEY] = guard or DevGuard()
    app[LIMITS_KEY] = limits or ServerLimits()
    app[BUSY_KEY] = set()
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
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, *, allow_remote: bool = False
    ) -> str:
        """Listen; beyond loopback only with allow_remote (RemoteNotAllowedError otherwise)."""
        self.guard = DevGuard.for_host(host, allow_remote=allow_remote)
        # handler_cancellation: a client that gives up on a hang frees the handler.
        # keepalive_timeout also closes a connection whose headers never finish.
        self._runner = web.AppRunner(
            build_app(self.state, self.guard, self.limits),
            access_log=None,
            handler_cancellation=True,
            shutdown_timeout=0.5,
            keepalive_timeout=self.limits.idle_timeout_s,
            # After an early answer (408, 413), read the rest of a body only briefly.
            lingering_time=1.0,
        )
        await self._runner.setup()
        site = BoundedSite(self._runner, host, port, self.limits)
        try:
            await site.start()
        except BaseException:
            await self.stop()
            raise
        bound_port = int(self._runner.addresses[0][1])
        shown_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown_host}:{bound_port}"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
