"""A record of one request/response pair, for the inspector and exports.

The record keeps the real values in memory (the inspector's "Reveal
secrets" needs them); everything that leaves memory goes through
`masked()`, which applies the shared masking functions to every field
(secret headers and body fields by name, every known secret by value).
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field

from otp_desktop.api.masking import mask_body, mask_headers, mask_text

_ids = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Exchange:
    method: str
    url: str
    request_headers: tuple[tuple[str, str], ...]
    request_body: str
    started_at: float
    """Wall-clock time (epoch seconds) the request started."""
    duration_ms: float = 0.0
    status: int | None = None
    response_headers: tuple[tuple[str, str], ...] = ()
    response_body: str = ""
    response_size: int = 0
    error: str | None = None
    """A short description when no complete response arrived."""
    note: str | None = None
    """Why the request deviates from the documentation, if it does."""
    id: int = field(default_factory=lambda: next(_ids))

    def __repr__(self) -> str:  # a log line or a traceback never shows a body or a header
        return f"Exchange(#{self.id} {self.method} {mask_text(self.url)} -> {self.outcome})"

    @property
    def path(self) -> str:
        rest = self.url.split("://", 1)[-1]
        return "/" + rest.split("/", 1)[1] if "/" in rest else "/"

    @property
    def outcome(self) -> str:
        if self.status is not None:
            return str(self.status)
        return self.error or "pending"

    def masked(self) -> Exchange:
        """A copy safe to show, log or export."""
        return dataclasses.replace(
            self,
            url=mask_text(self.url),
            request_headers=tuple(mask_headers(self.request_headers)),
            request_body=mask_body(self.request_body) if self.request_body else "",
            response_headers=tuple(mask_headers(self.response_headers)),
            response_body=mask_body(self.response_body) if self.response_body else "",
            error=mask_text(self.error) if self.error else None,
            note=mask_text(self.note) if self.note else None,
        )
