"""Turning raw response bytes into data or a plain-words error."""

from __future__ import annotations

import email.utils
import html
import json
import re
import time
from typing import Any

from otp_desktop.api.errors import HttpStatusError, UnexpectedResponseError
from otp_desktop.api.safe_json import UnsafeJson, loads

EXCERPT_CHARS = 300
_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_RE = re.compile(r"\s+")
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_MESSAGE_KEYS = ("message", "error", "detail", "errors", "error_description", "msg")
_DELTA_SECONDS_RE = re.compile(r"[0-9]+")
MAX_RETRY_AFTER_S = 3600.0
"""A longer wait is a server mistake; the countdown stops at an hour."""
_ATTEMPT_KEYS = ("attemptsLeft", "attempts_left", "remainingAttempts", "remaining_attempts")


def decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def text_excerpt(text: str) -> str:
    """A short readable excerpt: an HTML page gives its title and text."""
    title = _TITLE_RE.search(text)
    if "<" in text and ">" in text:
        body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.I | re.S)
        text = html.unescape(_TAG_RE.sub(" ", body))
        if title:
            heading = html.unescape(_SPACE_RE.sub(" ", title.group(1))).strip()
            text = heading + ": " + text.replace(heading, "", 1)
    text = _SPACE_RE.sub(" ", text).strip()
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def _flatten_message(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "; ".join(m for m in (_flatten_message(v) for v in value[:5]) if m)
    if isinstance(value, dict):
        for key in (*_MESSAGE_KEYS, "loc"):
            if key in value:
                return _flatten_message(value[key])
        return "; ".join(f"{k}: {_flatten_message(v)}" for k, v in list(value.items())[:5])
    if value is None:
        return ""
    return str(value)


def server_message(text: str) -> str:
    """The server's own words from an error body, whatever its form."""
    if not text.strip():
        return ""
    try:
        data = loads(text)
    except UnsafeJson:
        return text_excerpt(text)
    if isinstance(data, dict):
        for key in _MESSAGE_KEYS:
            if key in data and data[key] not in (None, "", [], {}):
                return text_excerpt(_flatten_message(data[key]))
    return text_excerpt(json.dumps(data))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date),
    at most an hour; None when the header is absent or says nothing usable."""
    wanted = _asked_wait(value, now)
    return None if wanted is None else min(wanted, MAX_RETRY_AFTER_S)


def _asked_wait(value: str | None, now: float | None) -> float | None:
    """The wait the header asks for, uncapped (inf for an endless number)."""
    if not value:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.fullmatch(value):
        return float(value)
    if not value[:1].isalpha():  # "-5", "1.5", "²", "999…": not a date either
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
        wait = when.timestamp() - (time.time() if now is None else now)
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None
    return max(0.0, wait)


def attempts_left(text: str) -> int | None:
    try:
        data = loads(text)
    except UnsafeJson:
        return None
    if isinstance(data, dict):
        for key in _ATTEMPT_KEYS:
            value = data.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                return value
    return None


def error_code(text: str) -> str:
    """The body's machine-readable error code (`code`, `errorCode`), or ''."""
    try:
        data = loads(text)
    except UnsafeJson:
        return ""
    if isinstance(data, dict):
        for key in ("code", "errorCode", "error_code"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:64]
    return ""


def status_error(status: int, raw: bytes, retry_after_header: str | None) -> HttpStatusError:
    text = decode_text(raw)
    message = server_message(text)
    asked = _asked_wait(retry_after_header, None)
    return HttpStatusError(
        status,
        message,
        body_excerpt=text_excerpt(text),
        retry_after=None if asked is None else min(asked, MAX_RETRY_AFTER_S),
        retry_after_capped=asked is not None and asked > MAX_RETRY_AFTER_S,
        attempts_left=attempts_left(text),
        error_code=error_code(text),
    )


def parse_json_body(raw: bytes) -> Any:
    if not raw.strip():
        raise UnexpectedResponseError(detail="the response body is empty")
    try:
        return loads(raw)
    except UnsafeJson as exc:
        excerpt = text_excerpt(decode_text(raw[:4096]))
        raise UnexpectedResponseError(
            detail=f"the response could not be read: {exc}: {excerpt}"
        ) from None


def interpret(
    status: int | None,
    raw: bytes,
    headers: tuple[tuple[str, str], ...],
    allow_empty: bool,
) -> Any:
    assert status is not None
    if status >= 400:
        retry_after = next((v for k, v in headers if k.lower() == "retry-after"), None)
        raise status_error(status, raw, retry_after)
    if not 200 <= status < 300:
        location = next((v for k, v in headers if k.lower() == "location"), "")
        raise UnexpectedResponseError(
            detail=f"HTTP {status} redirect{' to ' + location if location else ''}; "
            "check the environment's base URL"
        )
    # Only a 201 may come without a body: the docs say 201 *is* the answer.
    if allow_empty and status == 201 and not raw.strip():
        return None
    return parse_json_body(raw)
