"""A raw HTTP/1.1 client over a real socket, for the sandbox's HTTP layer:
it sends exactly the bytes a test gives and reads answers one by one."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

READ_BOUND_S = 30
"""Generous bound on a blocking read: the sandbox answers or closes well before."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    """Lower-case names."""
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Wire:
    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        assert parts.hostname is not None
        assert parts.port is not None
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=READ_BOUND_S)
        self.file = self.sock.makefile("rb")

    def __enter__(self) -> Wire:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.file.close()
        self.sock.close()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def answer(self, *, head_only: bool = False) -> Answer | None:
        """The next answer (None if the sandbox closed the connection instead)."""
        try:
            status_line = self.file.readline()
        except ConnectionResetError:
            return None
        if not status_line:
            return None
        headers: dict[str, str] = {}
        while (line := self.file.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        status = int(status_line.split()[1])
        length = 0 if head_only or status < 200 else int(headers.get("content-length", "0"))
        return Answer(status, headers, self.file.read(length))

    def closed(self) -> bool:
        """Whether the sandbox closes the connection with nothing more sent."""
        try:
            return self.file.read() == b""
        except ConnectionResetError:
            return True


def request(
    method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> bytes:
    """An HTTP/1.1 request, with a Content-Length body unless `headers` say chunked."""
    fields = {"Host": "127.0.0.1", **(headers or {})}
    if (body or method == "POST") and "Transfer-Encoding" not in fields:
        fields.setdefault("Content-Length", str(len(body)))
    if body or method == "POST":
        fields.setdefault("Content-Type", "application/json")
    head = "".join(f"{name}: {value}\r\n" for name, value in fields.items())
    return f"{method} {path} HTTP/1.1\r\n{head}\r\n".encode() + body
