"""Reading a response body under a size cap counted on *decoded* bytes.

httpx decompresses each network chunk whole: 64 KiB of gzip can become
64 MiB in one step, before any cap is checked. Here the raw bytes are
decompressed with an output bound per step, so memory never holds more
than the cap, whatever the compression ratio.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

# What the client asks for (Accept-Encoding), so nothing else should come.
ACCEPT_ENCODING = "gzip, deflate"


class BodyTooLarge(Exception):
    """The decoded body passed the cap."""


class UnreadableEncoding(Exception):
    """A Content-Encoding the app does not read, or a corrupt compressed body."""


class _Decoder:
    """zlib with bounded output: at most `room` bytes per call."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._first = True
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        else:  # deflate: zlib-wrapped as specified, raw as some servers send it
            self._zlib = zlib.decompressobj()

    def feed(self, data: bytes, room: int) -> list[bytes]:
        out: list[bytes] = []
        try:
            piece = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if not (self._first and self.encoding == "deflate"):
                raise UnreadableEncoding(f"the {self.encoding} body is corrupt") from None
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            piece = self._raw_deflate(data, room)
        self._first = False
        out.append(piece)
        room -= len(piece)
        while self._zlib.unconsumed_tail and room >= 0:
            piece = self._zlib.decompress(self._zlib.unconsumed_tail, room + 1)
            out.append(piece)
            room -= len(piece)
        return out

    def _raw_deflate(self, data: bytes, room: int) -> bytes:
        try:
            return self._zlib.decompress(data, room + 1)
        except zlib.error:
            raise UnreadableEncoding("the deflate body is corrupt") from None


def _decoder(content_encoding: str) -> _Decoder | None:
    names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
    names = [n for n in names if n != "identity"]
    if not names:
        return None
    if len(names) > 1 or names[0] not in ("gzip", "x-gzip", "deflate"):
        raise UnreadableEncoding(f"the body is encoded as {content_encoding!r}")
    return _Decoder(names[0])


async def read_decoded(raw_chunks: AsyncIterator[bytes], content_encoding: str, cap: int) -> bytes:
    """The decoded body, or BodyTooLarge as soon as it passes `cap` bytes."""
    decoder = _decoder(content_encoding)
    parts: list[bytes] = []
    size = 0
    async for chunk in raw_chunks:
        pieces = [chunk] if decoder is None else decoder.feed(chunk, cap - size)
        for piece in pieces:
            size += len(piece)
            if size > cap:
                raise BodyTooLarge
            parts.append(piece)
    return b"".join(parts)
