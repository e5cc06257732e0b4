"""A request as the sandbox's handlers see it, and their answer."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json; charset=utf-8"


class HttpError(Exception):
    """A request refused by the HTTP layer: answered `{"message", "code"}`."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str,
        *,
        headers: dict[str, str] | None = None,
        close: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers or {}
        self.close = close
        """The connection cannot be read further (framing lost): close it."""


class ClientGoneError(Exception):
    """The client closed the connection before its request was complete."""


class ConnectionDroppedError(Exception):
    """A handler closed the connection on purpose, without an answer."""


class Headers:
    """Request headers by case-insensitive name; the first of repeated ones."""

    __slots__ = ("_fields",)

    def __init__(self, fields: dict[str, str]) -> None:
        self._fields = fields
        """Keyed by lower-case name."""

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._fields.get(name.lower(), default)

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._fields

    def __len__(self) -> int:
        return len(self._fields)


@dataclass(slots=True, eq=False)
class Request:
    method: str
    path: str
    """Percent-decoded."""
    query: dict[str, str]
    """The first value of each parameter."""
    headers: Headers
    version: str
    """"HTTP/1.1" or "HTTP/1.0"."""
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    """The connection, for answers written piece by piece (faults)."""
    body: bytes = b""
    body_read: bool = False

    @property
    def host(self) -> str:
        """The Host header as sent ("" without one)."""
        return self.headers.get("Host") or ""

    @property
    def hostname(self) -> str:
        """The Host header's name or address, lower case, without port or brackets."""
        host = self.host.strip().lower()
        if host.startswith("["):
            return host[1:].partition("]")[0]
        return host.rpartition(":")[0] if host.count(":") == 1 else host

    @property
    def content_type(self) -> str:
        """The media type alone, lower case (application/octet-stream if absent)."""
        sent = self.headers.get("Content-Type") or "application/octet-stream"
        return sent.partition(";")[0].strip().lower()


@dataclass(slots=True)
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str | None = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    close: bool = False
    """Close the connection after this answer."""
    sent: bool = False
    """Already written to the connection by the handler."""


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(status, json.dumps(data).encode(), JSON_TYPE, dict(headers or {}))


def error_json(err: HttpError) -> Response:
    body = {"message": err.message, "code": err.code}
    return Response(
        err.status, json.dumps(body).encode(), JSON_TYPE, dict(err.headers), close=err.close
    )
