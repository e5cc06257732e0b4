"""Fault injection: what the next calls to an endpoint do instead of working."""

from __future__ import annotations

import asyncio
import json
import math
from dataclasses import asdict, dataclass
from enum import StrEnum
from types import UnionType
from typing import Any

from otp_desktop.sandbox.http.messages import (
    ConnectionDroppedError,
    Request,
    Response,
    json_response,
)
from otp_desktop.sandbox.http.wire import encode_head

ENDPOINTS = ("register", "resend", "verify", "balance", "transactions", "withdraw")


class FaultKind(StrEnum):
    LATENCY = "latency"  # answer normally, after latency_ms
    STATUS = "status"  # answer `status` with a JSON message (and Retry-After if set)
    MALFORMED_JSON = "malformed_json"
    HTML = "html"  # an HTML error page, as a proxy or load balancer sends
    EMPTY = "empty"  # 200 with no body
    DROP = "drop"  # close the connection without answering
    DROP_MID_BODY = "drop_mid_body"  # headers and half a body, then close
    HANG = "hang"  # never answer (until the client gives up)
    WRONG_SHAPE = "wrong_shape"  # 200 with JSON of the wrong shape and types
    OVERSIZE = "oversize"  # 200 with a 2 MiB body
    NON_UTF8 = "non_utf8"  # 200 with bytes that are not UTF-8
    TRICKLE = "trickle"  # the real answer, one byte every latency_ms


NO_BODY_STATUSES = (204, 205, 304)
MAX_RETRY_AFTER_S = 86400


def _is_number(value: Any, kind: type | UnionType) -> bool:
    """A JSON number of that kind (not a bool, not NaN or infinite)."""
    if not isinstance(value, kind) or isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


@dataclass(slots=True)
class Fault:
    kind: FaultKind
    endpoint: str = "*"
    count: int | None = None
    """How many calls it applies to; None until cleared."""
    status: int = 500
    retry_after: float | None = None
    latency_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> Fault:
        if not isinstance(data, dict):
            raise ValueError("a fault is a JSON object")
        try:
            kind = FaultKind(str(data.get("kind")))
        except ValueError:
            raise ValueError(
                f"kind must be one of: {', '.join(k.value for k in FaultKind)}"
            ) from None
        endpoint = data.get("endpoint", "*")
        if endpoint != "*" and endpoint not in ENDPOINTS:
            raise ValueError(f"endpoint must be * or one of: {', '.join(ENDPOINTS)}")
        count = data.get("count")
        if count is not None and not (_is_number(count, int) and 1 <= count <= 10**9):
            raise ValueError("count must be a whole number from 1 to 1000000000, or absent")
        status = data.get("status", 500)
        if not _is_number(status, int) or status in NO_BODY_STATUSES or not 200 <= status <= 599:
            raise ValueError(
                "status must be an HTTP status code from 200 to 599 (not 204, 205, 304)"
            )
        retry_after = data.get("retry_after")
        if retry_after is not None and not (
            _is_number(retry_after, int | float) and 0 <= retry_after <= MAX_RETRY_AFTER_S
        ):
            raise ValueError(
                f"retry_after must be a number of seconds from 0 to {MAX_RETRY_AFTER_S}"
            )
        latency = data.get("latency_ms", 0)
        if not (_is_number(latency, int | float) and 0 <= latency <= 600_000):
            raise ValueError("latency_ms must be between 0 and 600000")
        return cls(kind, endpoint, count, status, retry_after, float(latency))


class FaultBoard:
    """Active faults; the first one matching an endpoint is used up per call."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self.faults.append(fault)

    def clear(self, endpoint: str | None = None) -> None:
        self.faults = [f for f in self.faults if endpoint not in (None, f.endpoint)]

    def take(self, endpoint: str) -> list[Fault]:
        """Latency faults that apply plus at most one other fault, used up."""
        taken: list[Fault] = []
        other_taken = False
        for fault in list(self.faults):
            if fault.endpoint not in ("*", endpoint):
                continue
            if fault.kind is not FaultKind.LATENCY:
                if other_taken:
                    continue
                other_taken = True
            taken.append(fault)
            if fault.count is not None:
                fault.count -= 1
                if fault.count <= 0:
                    self.faults.remove(fault)
        return taken


_HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
    "<h1>Bad Gateway</h1><p>The upstream server did not respond.</p>"
    "<hr><address>sandbox-proxy</address></body></html>"
)


JSON_BYTES = "application/json"
"""The Content-Type of a body sent as bytes (no charset claimed)."""


def _text(text: str, status: int = 200, content_type: str = "application/json") -> Response:
    return Response(status, text.encode(), f"{content_type}; charset=utf-8")


def _abort(request: Request) -> ConnectionDroppedError:
    request.writer.transport.abort()
    return ConnectionDroppedError()


async def respond_with_fault(fault: Fault, request: Request, real: Response | None) -> Response:
    """The response for a non-latency fault (`real` is needed by TRICKLE)."""
    canned = _canned_response(fault)
    if canned is not None:
        return canned
    return await _streamed_response(fault, request, real)


def _canned_response(fault: Fault) -> Response | None:
    """The faults that are a whole (wrong) answer at once; None for the others."""
    kind = fault.kind
    if kind is FaultKind.STATUS:
        headers = (
            {"Retry-After": str(int(fault.retry_after))} if fault.retry_after is not None else {}
        )
        return json_response(
            {"message": f"Injected fault: HTTP {fault.status}", "code": "INJECTED_FAULT"},
            status=fault.status,
            headers=headers,
        )
    if kind is FaultKind.MALFORMED_JSON:
        return _text('{"authCode": "27')
    if kind is FaultKind.HTML:
        return _text(_HTML_PAGE, 502, "text/html")
    if kind is FaultKind.EMPTY:
        return Response(body=b"", content_type=JSON_BYTES)
    if kind is FaultKind.WRONG_SHAPE:
        bad = {
            "authCode": None,
            "isNewUser": "maybe",
            "wallet_address": 42,
            "transactions": "none",
            "message": ["not", "a", "string"],
            "earned_balance": "lots",
        }
        return json_response(bad)
    if kind is FaultKind.OVERSIZE:
        filler = "x" * (2 * 1024 * 1024)
        return _text(json.dumps({"message": filler}))
    if kind is FaultKind.NON_UTF8:
        return Response(body=b'{"message": "\xff\xfe\xfa"}', content_type=JSON_BYTES)
    return None


async def _streamed_response(fault: Fault, request: Request, real: Response | None) -> Response:
    """The faults that break the connection or the pace of the answer."""
    kind = fault.kind
    writer = request.writer
    if kind is FaultKind.DROP:
        raise _abort(request)
    if kind is FaultKind.DROP_MID_BODY:
        writer.write(encode_head(Response(content_type=JSON_BYTES), 200, close=False))
        writer.write(b'{"authCode": "27')
        await writer.drain()
        await asyncio.sleep(0.05)
        raise _abort(request)
    if kind is FaultKind.HANG:
        # Until the client hangs up (the connection then cancels this), or an hour.
        await asyncio.sleep(3600)
        raise _abort(request)
    if kind is FaultKind.TRICKLE and real is not None:
        answer = Response(real.status, content_type=JSON_BYTES, sent=True)
        writer.write(encode_head(answer, len(real.body), close=False))
        delay = (fault.latency_ms or 100) / 1000
        for i in range(len(real.body)):
            writer.write(real.body[i : i + 1])
            await writer.drain()
            await asyncio.sleep(delay)
        return answer
    raise ValueError(f"unhandled fault kind {kind}")
