"""An answer as bytes on the wire."""

from __future__ import annotations

import time
from http import HTTPStatus

from otp_desktop.sandbox.http.messages import Response

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_date: list[int | str] = [0, ""]
"""The Date header of the current second (formatted once a second)."""


def http_date() -> str:
    now = int(time.time())
    if now != _date[0]:
        t = time.gmtime(now)
        _date[:] = [
            now,
            f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon - 1]} {t.tm_year} "
            f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT",
        ]
    return str(_date[1])


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def encode_head(
    response: Response, length: int, *, close: bool, keep_alive_header: bool = False
) -> bytes:
    """The status line and headers; `length` is the Content-Length announced."""
    lines = [f"HTTP/1.1 {response.status} {reason(response.status)}"]
    if response.content_type is not None:
        lines.append(f"Content-Type: {response.content_type}")
    lines.extend(f"{name}: {value}" for name, value in response.headers.items())
    lines.append(f"Content-Length: {length}")
    lines.append(f"Date: {http_date()}")
    if close:
        lines.append("Connection: close")
    elif keep_alive_header:  # an HTTP/1.0 client asked to keep the connection
        lines.append("Connection: keep-alive")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def encode(
    response: Response, *, head_only: bool, close: bool, keep_alive_header: bool = False
) -> bytes:
    """The whole answer (its head alone for HEAD, with the body's length)."""
    head = encode_head(
        response, len(response.body), close=close, keep_alive_header=keep_alive_header
    )
    return head if head_only else head + response.body
