"""One client connection: its requests read, handed to the app and answered
in turn (keep-alive and pipelining), until either side closes it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import cast

from otp_desktop.sandbox.http.head import MAX_HEAD, head_too_large, parse_head, split_target
from otp_desktop.sandbox.http.messages import (
    ClientGoneError,
    ConnectionDroppedError,
    HttpError,
    Request,
    Response,
    error_json,
)
from otp_desktop.sandbox.http.wire import encode

log = logging.getLogger(__name__)
App = Callable[[Request], Awaitable[Response]]
LINGER_S = 1.0
"""After an early answer (400, 408, 413), how long the rest of a body is read and dropped."""
_GONE = (ConnectionError, ClientGoneError, ConnectionDroppedError, asyncio.CancelledError)


class HttpConnection(asyncio.StreamReaderProtocol):
    """The protocol of one connection; its requests are served by its own task."""

    def __init__(
        self, app: App, idle_timeout_s: float, on_lost: Callable[[HttpConnection], None]
    ) -> None:
        self.reader = asyncio.StreamReader(limit=MAX_HEAD)
        super().__init__(self.reader, self._connected)
        self._app = app
        self._idle_timeout_s = idle_timeout_s
        self._on_lost = on_lost
        self.transport: asyncio.Transport | None = None
        self.task: asyncio.Task[None] | None = None
        self.heard = False
        """The client sent at least one byte."""
        self.busy = False
        """A request is being answered: not closed to make room for others."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        super().connection_made(transport)

    def data_received(self, data: bytes) -> None:
        self.heard = True
        super().data_received(data)

    def eof_received(self) -> bool:
        super().eof_received()
        return False  # a client that stops sending has hung up: close (and cancel below)

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self._on_lost(self)
        if self.busy and self.task is not None:
            self.task.cancel()  # a client that gave up frees its handler (a hang, a latency)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def _connected(self, _reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.task = asyncio.get_running_loop().create_task(self._serve(writer))

    async def _serve(self, writer: asyncio.StreamWriter) -> None:
        try:
            keep = True
            while keep:
                keep = await self._exchange(writer)
        except _GONE:
            return  # the client left, a fault dropped the connection, or the server stops
        except Exception:
            log.exception("sandbox connection failed")
        finally:
            writer.close()

    async def _exchange(self, writer: asyncio.StreamWriter) -> bool:
        """Read and answer one request; whether to read another."""
        try:
            raw = await self._read_head()
            if raw is None:
                return False  # closed, or silent for too long
            raw = raw.lstrip(b"\r\n")  # empty lines between requests are allowed
            if not raw:
                return True
            head = parse_head(raw)
            path, query = split_target(head.target)
        except HttpError as err:
            await self._refuse(writer, err)
            return False
        request = Request(head.method, path, query, head.headers, head.version, self.reader, writer)
        self.busy = True
        try:
            response = await self._app(request)
            keep = head.keep_alive and request.body_read and not response.close
            if not response.sent:
                writer.write(
                    encode(
                        response,
                        head_only=request.method == "HEAD",
                        close=not keep,
                        keep_alive_header=keep and head.version == "HTTP/1.0",
                    )
                )
                await writer.drain()
        finally:
            self.busy = False
        if response.close or not request.body_read:
            await self._linger(writer)
        return keep

    async def _read_head(self) -> bytes | None:
        """The next head, up to its empty line; None if the client closed or idled."""
        try:
            async with asyncio.timeout(self._idle_timeout_s):
                return await self.reader.readuntil(b"\r\n\r\n")
        except (TimeoutError, asyncio.IncompleteReadError):
            return None
        except asyncio.LimitOverrunError:
            raise head_too_large("The request's headers are too large.") from None

    async def _refuse(self, writer: asyncio.StreamWriter, err: HttpError) -> None:
        writer.write(encode(error_json(err), head_only=False, close=True))
        await writer.drain()
        await self._linger(writer)

    async def _linger(self, writer: asyncio.StreamWriter) -> None:
        """Before closing after an early answer, read and drop what the client still
        sends for a moment: closing with unread bytes would reset the connection,
        and the client could lose the answer."""
        if writer.can_write_eof():
            writer.write_eof()
        with contextlib.suppress(TimeoutError, ConnectionError):
            async with asyncio.timeout(LINGER_S):
                while await self.reader.read(65536):
                    continue  # dropped unread
