"""HAR 1.2 export: opens in browser developer tools, Charles, Fiddler, Insomnia.

Secrets are masked unless the user chose to include them (after a warning).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from otp_desktop import __version__
from otp_desktop.api.exchange import Exchange


def _headers(pairs: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in pairs]


def _mime(pairs: Iterable[tuple[str, str]]) -> str:
    return next((v for k, v in pairs if k.lower() == "content-type"), "")


def entry(exchange: Exchange, *, include_secrets: bool = False) -> dict[str, Any]:
    ex = exchange if include_secrets else exchange.masked()
    status = ex.status or 0
    try:
        status_text = HTTPStatus(status).phrase if status else (ex.error or "")
    except ValueError:
        status_text = ""
    request: dict[str, Any] = {
        "method": ex.method,
        "url": ex.url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _headers(ex.request_headers),
        "queryString": [{"name": k, "value": v} for k, v in parse_qsl(urlsplit(ex.url).query)],
        "headersSize": -1,
        "bodySize": len(ex.request_body.encode()),
    }
    if ex.request_body:
        request["postData"] = {
            "mimeType": _mime(ex.request_headers) or "application/json",
            "text": ex.request_body,
        }
    started = datetime.fromtimestamp(ex.started_at, UTC).isoformat(timespec="milliseconds")
    result: dict[str, Any] = {
        "startedDateTime": started.replace("+00:00", "Z"),
        "time": round(ex.duration_ms, 3),
        "request": request,
        "response": {
            "status": status,
            "statusText": status_text,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _headers(ex.response_headers),
            "content": {
                "size": ex.response_size,
                "mimeType": _mime(ex.response_headers) or "x-unknown",
                "text": ex.response_body,
            },
            "redirectURL": next((v for k, v in ex.response_headers if k.lower() == "location"), ""),
            "headersSize": -1,
            "bodySize": ex.response_size if ex.status is not None else -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(ex.duration_ms, 3), "receive": 0},
    }
    if ex.error or ex.note:
        result["comment"] = "; ".join(x for x in (ex.error, ex.note) if x)
    return result


def to_har(exchanges: Iterable[Exchange], *, include_secrets: bool = False) -> dict[str, Any]:
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "otp-desktop", "version": __version__},
            "entries": [entry(e, include_secrets=include_secrets) for e in exchanges],
        }
    }


def har_text(exchanges: Iterable[Exchange], *, include_secrets: bool = False) -> str:
    return json.dumps(
        to_har(exchanges, include_secrets=include_secrets), indent=2, ensure_ascii=False
    )
