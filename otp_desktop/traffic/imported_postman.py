"""The requests of a Postman collection (v2.0 or v2.1), folders flattened.

A problem raises ValueError with a plain-words message. The status a
request expects is read from its first saved example or from a
`pm.response.to.have.status(N)` check, as this app's exports write it.
"""

from __future__ import annotations

import re
import time
from typing import Any

from otp_desktop.api.exchange import Exchange

_STATUS_RE = re.compile(r"to\.have\.status\((\d{3})\)")


def _url(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("raw"), str):
        return str(value["raw"])
    return ""


def _headers(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        (str(h.get("key", "")), str(h.get("value", "")))
        for h in value
        if isinstance(h, dict) and h.get("key") and not h.get("disabled")
    )


def _expected_status(item: dict[str, Any]) -> int | None:
    examples = item.get("response")
    if isinstance(examples, list) and examples and isinstance(examples[0], dict):
        code = examples[0].get("code")
        if isinstance(code, int):
            return code
    for event in item.get("event") or []:
        script = event.get("script") if isinstance(event, dict) else None
        lines = script.get("exec") if isinstance(script, dict) else None
        text = "\n".join(lines) if isinstance(lines, list) else str(lines or "")
        match = _STATUS_RE.search(text)
        if match:
            return int(match.group(1))
    return None


def _exchange(item: dict[str, Any], note: str) -> Exchange:
    request = item.get("request")
    if isinstance(request, str):
        request = {"url": request}
    if not isinstance(request, dict) or not _url(request.get("url")):
        raise ValueError(f"The request {str(item.get('name', ''))[:80]!r} has no URL.")
    body = request.get("body")
    raw = body.get("raw") if isinstance(body, dict) else None
    return Exchange(
        method=str(request.get("method") or "GET").upper(),
        url=_url(request.get("url")),
        request_headers=_headers(request.get("header")),
        request_body=raw if isinstance(raw, str) else "",
        started_at=time.time(),
        status=_expected_status(item),
        note=note,
    )


def requests(data: dict[str, Any], note: str, limit: int) -> list[Exchange]:
    """Every request in order, folders (items with `item`) walked depth first."""
    found: list[Exchange] = []
    stack: list[Any] = list(reversed(data["item"]))
    while stack and len(found) < limit:
        item = stack.pop()
        if not isinstance(item, dict):
            raise ValueError("The collection's items are not objects.")
        if isinstance(item.get("item"), list):
            stack.extend(reversed(item["item"]))
        else:
            found.append(_exchange(item, note))
    return found
