"""One exchange as plain text, for a ticket or the inspector's detail pane."""

from __future__ import annotations

import json
import time

from otp_desktop.api.exchange import Exchange
from otp_desktop.api.safe_json import UnsafeJson, loads


def pretty_body(body: str) -> str:
    """JSON pretty-printed; anything else (or JSON too deep to walk) as it is."""
    if not body:
        return "(empty)"
    try:
        return json.dumps(loads(body), indent=2, ensure_ascii=False)
    except UnsafeJson:
        return body


def report(exchange: Exchange, *, reveal: bool = False) -> str:
    ex = exchange if reveal else exchange.masked()
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ex.started_at))
    lines = [
        f"{ex.method} {ex.url}",
        f"at {when}, {ex.duration_ms:.0f} ms, outcome: {ex.outcome}",
    ]
    if ex.note:
        lines.append(f"note: {ex.note}")
    lines += ["", "Request headers:"]
    lines += [f"  {k}: {v}" for k, v in ex.request_headers]
    lines += ["", "Request body:", pretty_body(ex.request_body), "", "Response headers:"]
    lines += [f"  {k}: {v}" for k, v in ex.response_headers] or ["  (none)"]
    lines += ["", "Response body:", pretty_body(ex.response_body)]
    if ex.error:
        lines += ["", f"Error: {ex.error}"]
    return "\n".join(lines)
