"""A small HTTP proxy on loopback, in a thread of its own, for the proxy tests.

It records the first line of every request it receives. A CONNECT is
tunnelled to `target_port` on 127.0.0.1 whatever host it names (so a test
can use a made-up host name); any other request gets a 502, as a proxy
that cannot reach the address would answer.
"""

from __future__ import annotations

import asyncio
import contextlib

from tests.loopback_server import LoopbackServer, read_head


class LoopbackProxy(LoopbackServer):
    def __init__(self, target_port: int = 0) -> None:
        super().__init__()
        self.target_port = target_port
        self.request_lines: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line, _headers = await read_head(reader)
            self.request_lines.append(line)
            if not line.startswith("CONNECT "):
                writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                return
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        except (OSError, asyncio.IncompleteReadError):
            pass  # the client under test hung up or sent garbage: that is its test's business
        finally:
            writer.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    writer.close()
