"""A small misbehaving HTTP server on loopback, in a thread of its own.

It answers every request with the response the test sets (any status,
headers and raw body bytes, optionally dripped a byte at a time, optionally
over TLS) and records what it received, so tests assert where the effect is.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from dataclasses import dataclass, field


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


class HostileServer:
    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.answer = Answer()
        self.received: list[Received] = []
        self._ssl = ssl_context
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        future.result(timeout=5)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self._ssl)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {
                k.strip().lower(): v.strip()
                for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)
            }
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
