"""Open a HAR file or a Postman collection as exchanges, for the inspector.

Files come from anywhere: every problem (too large, not text, not JSON,
nested too deeply, the wrong shape) is an ImportProblem with a plain-words
message, never a crash. Imported exchanges carry a note saying so.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

from otp_desktop.api.exchange import Exchange
from otp_desktop.json_file import JsonFileProblem, read_json_file
from otp_desktop.traffic import imported_postman

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
MAX_REQUESTS = 10_000
IMPORTED_PREFIX = "imported from "


class ImportProblem(ValueError):
    """The file cannot be opened as requests; the message says why."""


def is_imported(exchange: Exchange) -> bool:
    return (exchange.note or "").startswith(IMPORTED_PREFIX)


def read_json(path: Path) -> Any:
    try:
        return read_json_file(path, max_bytes=MAX_BYTES, max_depth=MAX_DEPTH)
    except JsonFileProblem as exc:
        raise ImportProblem(str(exc)) from None


def _pairs(items: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(items, list):
        return ()
    return tuple(
        (str(h.get("name", "")), str(h.get("value", "")))
        for h in items
        if isinstance(h, dict) and h.get("name")
    )


def _started(text: Any) -> float:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return time.time()


def _object(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def _har_entry(entry: Any, number: int, note: str) -> Exchange:
    request = _object(entry, "request") if isinstance(entry, dict) else {}
    if not isinstance(request.get("url"), str):
        raise ImportProblem(f"Request {number} of the HAR file has no URL.")
    response = _object(entry, "response")
    status = response.get("status")
    content = _object(response, "content")
    post = _object(request, "postData")
    body = str(content.get("text") or "")
    time_ms = entry.get("time")
    return Exchange(
        method=str(request.get("method") or "GET").upper(),
        url=request["url"],
        request_headers=_pairs(request.get("headers")),
        request_body=str(post.get("text") or ""),
        started_at=_started(entry.get("startedDateTime")),
        duration_ms=float(time_ms) if isinstance(time_ms, int | float) else 0.0,
        status=status if isinstance(status, int) and status > 0 else None,
        response_headers=_pairs(response.get("headers")),
        response_body=body,
        response_size=len(body.encode()),
        note=note,
    )


def _har(data: dict[str, Any], note: str) -> list[Exchange]:
    log = data.get("log")
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise ImportProblem("The HAR file has no list of requests (log.entries).")
    return [_har_entry(entry, n, note) for n, entry in enumerate(entries[: MAX_REQUESTS + 1], 1)]


def load_file(path: Path) -> list[Exchange]:
    """The requests of a HAR file or a Postman collection (v2.0 or v2.1)."""
    data = read_json(path)
    note = IMPORTED_PREFIX + path.name
    if isinstance(data, dict) and isinstance(data.get("log"), dict):
        found = _har(data, note)
    elif isinstance(data, dict) and isinstance(data.get("item"), list):
        try:
            found = imported_postman.requests(data, note, MAX_REQUESTS + 1)
        except ValueError as exc:  # its messages are plain words already
            raise ImportProblem(str(exc)) from None
    else:
        raise ImportProblem("The file is neither a HAR file nor a Postman collection.")
    if not found:
        raise ImportProblem("The file holds no requests.")
    if len(found) > MAX_REQUESTS:
        raise ImportProblem(f"The file holds more than {MAX_REQUESTS:,} requests.")
    return found
