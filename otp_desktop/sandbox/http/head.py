"""The request line and headers, checked as strictly as a proxy would.

Limits: a line of at most `MAX_LINE` bytes (the request line 414, a header
431), at most `MAX_HEADERS` headers (431), the whole head at most
`MAX_HEAD` bytes (the stream reader's limit, 431). Anything malformed is a
400, and the connection is closed after it: its framing cannot be trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote

from otp_desktop.sandbox.http.messages import Headers, HttpError

MAX_LINE = 8190
MAX_HEADERS = 100
MAX_HEAD = 64 * 1024
MAX_LENGTH_DIGITS = 18

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# One match per header line: a token, a colon, a value without control characters.
_FIELD = re.compile(r"([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*([^\x00-\x08\x0a-\x1f\x7f]*)")
_BAD_TARGET = re.compile(rb"[\x00-\x20\x7f]")
_VERSIONS = {b"HTTP/1.1": "HTTP/1.1", b"HTTP/1.0": "HTTP/1.0"}


def malformed(message: str) -> HttpError:
    return HttpError(400, message, "INVALID_REQUEST", close=True)


def head_too_large(message: str) -> HttpError:
    return HttpError(431, message, "REQUEST_HEADER_FIELDS_TOO_LARGE", close=True)


@dataclass(frozen=True, slots=True)
class RequestHead:
    method: str
    target: str
    version: str
    headers: Headers

    @property
    def keep_alive(self) -> bool:
        tokens = (self.headers.get("Connection") or "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in tokens
        return "close" not in tokens


def parse_head(raw: bytes) -> RequestHead:
    """The head up to and including its empty line; HttpError if malformed."""
    line, _, rest = raw.partition(b"\r\n")
    method, target, version = _request_line(line)
    lines = rest.decode("latin-1").split("\r\n")[:-2]  # the head ends with an empty line
    if len(lines) > MAX_HEADERS:
        raise head_too_large(f"A request may have at most {MAX_HEADERS} headers.")
    headers = Headers(_header_fields(lines))
    _check_framing(headers)
    if (expect := headers.get("Expect")) is not None and expect.lower() != "100-continue":
        raise HttpError(417, "Only Expect: 100-continue is understood.", "EXPECTATION_FAILED")
    return RequestHead(method, target, version, headers)


def _request_line(line: bytes) -> tuple[str, str, str]:
    if len(line) > MAX_LINE:
        raise HttpError(414, "The request line is too long.", "URI_TOO_LONG", close=True)
    parts = line.split(b" ")
    if len(parts) != 3 or not _TOKEN.fullmatch(parts[0]):
        raise malformed("The request line is not METHOD /path HTTP/1.1.")
    version = _VERSIONS.get(parts[2])
    if version is None:
        raise malformed("Only HTTP/1.1 and HTTP/1.0 are understood.")
    if not parts[1] or _BAD_TARGET.search(parts[1]):
        raise malformed("The request target has spaces or control characters.")
    return parts[0].decode("ascii"), parts[1].decode("utf-8", "replace"), version


def _header_fields(lines: list[str]) -> dict[str, str]:
    """Header values as Latin-1 text, by lower-case name."""
    fields: dict[str, str] = {}
    for line in lines:
        if len(line) > MAX_LINE:
            raise head_too_large("A request header is too long.")
        found = _FIELD.fullmatch(line)
        if found is None:
            raise malformed("A request header is not Name: value without control characters.")
        key, text = found[1].lower(), found[2].rstrip(" \t")
        if key == "content-length" and fields.get(key, text) != text:
            raise malformed("The request has two different Content-Length headers.")
        fields.setdefault(key, text)
    return fields


def _check_framing(headers: Headers) -> None:
    """One way to tell where the body ends, and one the server understands."""
    length = headers.get("Content-Length")
    coding = headers.get("Transfer-Encoding")
    if coding is not None:
        if length is not None:
            raise malformed("Send Content-Length or Transfer-Encoding, not both.")
        if coding.strip().lower() != "chunked":
            raise malformed("Only Transfer-Encoding: chunked is understood.")
    elif length is not None and not (
        length.isascii() and length.isdigit() and len(length) <= MAX_LENGTH_DIGITS
    ):
        raise malformed("Content-Length must be a whole number of bytes.")


def split_target(target: str) -> tuple[str, dict[str, str]]:
    """The decoded path and the query (first value of each name) of a target."""
    if not target.startswith("/"):
        scheme, sep, rest = target.partition("://")
        if not sep or scheme.lower() not in ("http", "https"):
            raise malformed("The request target must be a path like /api/wallet/balance.")
        target = "/" + rest.partition("/")[2]  # absolute form, as sent to a proxy
    target = target.partition("#")[0]
    raw_path, _, raw_query = target.partition("?")
    query: dict[str, str] = {}
    for name, value in parse_qsl(raw_query, keep_blank_values=True, errors="replace"):
        query.setdefault(name, value)
    return unquote(raw_path, errors="replace"), query
