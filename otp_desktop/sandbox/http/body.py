"""The request body: Content-Length bytes, or chunks, up to a size limit.

Too large is a 413 (answered before reading it when the length is
declared); a malformed chunk is a 400. Both close the connection after the
answer. A client that closes mid-body gets ClientGoneError: no answer.
"""

from __future__ import annotations

import asyncio

from otp_desktop.sandbox.http.head import MAX_HEADERS, malformed
from otp_desktop.sandbox.http.messages import ClientGoneError, HttpError, Request

CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
MAX_CHUNK_DIGITS = 8


def too_large(max_size: int) -> HttpError:
    return HttpError(
        413,
        f"The request body is too large (at most {max_size // 1024} KiB).",
        "PAYLOAD_TOO_LARGE",
        close=True,
    )


async def read_body(request: Request, max_size: int) -> bytes:
    """The whole body (b"" without one); sets request.body and body_read."""
    chunked = request.headers.get("Transfer-Encoding") is not None
    declared = int(request.headers.get("Content-Length") or 0)
    if declared > max_size:
        raise too_large(max_size)
    if chunked or declared:
        if "Expect" in request.headers and request.version == "HTTP/1.1":
            request.writer.write(CONTINUE)  # the client waits for this before sending
        try:
            if chunked:
                request.body = await _chunks(request.reader, max_size)
            else:
                request.body = await request.reader.readexactly(declared)
        except (asyncio.IncompleteReadError, ConnectionError):
            raise ClientGoneError from None
    request.body_read = True
    return request.body


async def _chunks(reader: asyncio.StreamReader, max_size: int) -> bytes:
    body = bytearray()
    while size := _chunk_size(await _line(reader)):
        if len(body) + size > max_size:
            raise too_large(max_size)
        body += await reader.readexactly(size)
        if await reader.readexactly(2) != b"\r\n":
            raise malformed("A chunk of the body is longer than its size says.")
    for _ in range(MAX_HEADERS):  # trailer fields, ignored, up to the empty line
        if await _line(reader) == b"\r\n":
            return bytes(body)
    raise malformed("The body's trailer has too many fields.")


async def _line(reader: asyncio.StreamReader) -> bytes:
    try:
        return await reader.readuntil(b"\r\n")
    except asyncio.LimitOverrunError:
        raise malformed("A chunk size line of the body is too long.") from None


def _chunk_size(line: bytes) -> int:
    digits = line.partition(b";")[0].strip()
    try:
        if len(digits) > MAX_CHUNK_DIGITS:
            raise ValueError
        return int(digits, 16)
    except ValueError:
        raise malformed("A chunk size of the body is not a hexadecimal number.") from None
