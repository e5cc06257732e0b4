"""A small misbehaving HTTP server on loopback, in a thread of its own.

It answers every request with the response the test sets (any status,
headers and raw body bytes, optionally dripped a byte at a time, optionally
over TLS) and records what it received, so tests assert where the effect is.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass, field

from tests.loopback_server import LoopbackServer, read_head


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    drip_s: float = 0.0
    """Seconds between single bytes of the body (0: all at once)."""


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class HostileServer(LoopbackServer):
    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        super().__init__(ssl_context)
        self.answer = Answer()
        self.received: list[Received] = []

    @property
    def base_url(self) -> str:
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line, headers = await read_head(reader)
            method, path, _ = line.split(" ", 2)
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.received.append(Received(method, path, headers, body))
            await self._respond(writer, self.answer)
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError, ValueError):
            pass  # the client under test hung up or sent garbage: that is its test's business
        finally:
            writer.close()

    @staticmethod
    async def _respond(writer: asyncio.StreamWriter, answer: Answer) -> None:
        headers = {"Content-Length": str(len(answer.body)), "Connection": "close"}
        headers.update(answer.headers)
        head = f"HTTP/1.1 {answer.status} X\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        writer.write(head.encode("latin-1") + b"\r\n")
        if not answer.drip_s:
            writer.write(answer.body)
            await writer.drain()
            return
        for byte in answer.body:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(answer.drip_s)
