"""The request journal: what the sandbox received, for exactly-once checks.

Every request is recorded when it arrives (so a request answered by a
dropped connection or a hang still counts) and its status filled in when the
answer is ready. Bodies are kept parsed, with codes and secrets masked, so
the journal can be shown or logged without leaking them.
"""

from __future__ import annotations

import json
import math
import time
from collections import deque
from typing import Any

MASK = "***"
SECRET_KEYS = frozenset(
    {"otp", "clientsecret", "client_secret", "userjwt", "user-jwt-token", "token", "password"}
)
MAX_KEPT_BODY = 4096
"""Bytes of a body kept in the journal; longer bodies are summarized."""
MAX_MASK_DEPTH = 32
"""JSON nested deeper than this is not walked (a secret cannot hide there)."""


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _masked(value: Any, depth: int = 0) -> Any:
    if depth > MAX_MASK_DEPTH:
        return "…"
    if isinstance(value, dict):
        return {
            k: MASK if str(k).lower() in SECRET_KEYS else _masked(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_masked(v, depth + 1) for v in value]
    return value


def journal_body(raw: bytes) -> Any:
    """The body as recorded: parsed and masked JSON, else text, else None."""
    if not raw:
        return None
    if len(raw) > MAX_KEPT_BODY:
        return f"({len(raw)} bytes, not kept)"
    text = raw.decode("utf-8", errors="replace")
    try:
        # 1e999 parses as infinity, which the journal's own JSON answer could
        # not carry: such a body is kept as the text it came as.
        return _masked(json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float))
    except (ValueError, RecursionError):
        return text


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError("not a finite number")
    return value


class RequestJournal:
    """The last `size` requests, oldest first internally."""

    def __init__(self, size: int = 1000) -> None:
        self._entries: deque[dict[str, Any]] = deque(maxlen=size)

    def record(self, method: str, path: str, query: dict[str, str], raw: bytes) -> dict[str, Any]:
        """Add an arriving request; its "status" stays None until answered."""
        entry: dict[str, Any] = {
            "time": time.time(),
            "method": method,
            "path": path,
            "query": _masked(query),
            "status": None,
            "body": journal_body(raw),
        }
        self._entries.append(entry)
        return entry

    def listed(self, since: float | None = None) -> list[dict[str, Any]]:
        """Newest first; only those received after `since` if given."""
        return [dict(e) for e in reversed(self._entries) if since is None or e["time"] > since]

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
