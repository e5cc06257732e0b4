"""The one place that hides secrets.

The inspector, the cURL and HAR exports, the text report, the errors, the
log filter and the crash report all call these functions, so a secret
masked in one is masked in all. Two ways, both always applied:

- by name: the `clientSecret` and `user-jwt-token` headers and the `otp`
  body field, whatever their value;
- by value: every secret the app has seen (`register_secret`: credentials
  when a client is made, codes when they are sent) and anything shaped like
  a JWT, wherever it turns up (an error text quoting a header, a server
  echoing a body, a URL).

See docs/architecture.md, "Secrets".
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, quote_plus

from otp_desktop.api.safe_json import UnsafeJson, loads

MASK = "«masked»"

# Secret headers, and the shell variable a cURL command reads each from.
SECRET_HEADER_VARIABLES = {"clientsecret": "OTP_CLIENT_SECRET", "user-jwt-token": "OTP_USER_JWT"}
SECRET_HEADERS = frozenset(SECRET_HEADER_VARIABLES)
SECRET_BODY_FIELDS = frozenset({"otp"})
CODE_VARIABLE = "OTP_CODE"

# Shorter values (a 4-digit authCode) would mask unrelated digits; every
# secret this module handles (client secret, JWT, 6-digit code) is longer.
MIN_SECRET_CHARS = 6
# Deeper JSON is not walked (the client refuses it anyway): masked as text.
_MAX_WALK_DEPTH = 64

# A JWT anywhere in free text (log lines, tracebacks): three base64url parts.
_JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

_known: set[str] = set()
_lock = threading.Lock()
_pattern: re.Pattern[str] | None = None
"""Every known form that is not a plain number in one regex (longest first),
rebuilt when one is added: a session sees a few of them (a secret and a JWT
per environment)."""
_numbers: set[str] = set()
"""Known forms that are plain numbers (the codes: one per send, hundreds in a
shift), found by one fixed pattern and a set look-up, so a new code never
recompiles anything."""
_NUMBER_RE = re.compile(rf"(?<!\d)\d{{{MIN_SECRET_CHARS},}}(?!\d)")


def _is_number(form: str) -> bool:
    return form.isascii() and form.isdigit()


def register_secret(value: str) -> None:
    """A value (client secret, JWT, code) that must never leave in clear."""
    global _pattern
    if value and len(value.strip()) >= MIN_SECRET_CHARS:
        forms = _forms(value)
        with _lock:
            new = forms - _known
            _known.update(new)
            _numbers.update(f for f in new if _is_number(f))
            if any(not _is_number(f) for f in new):
                _pattern = None


def _forms(value: str) -> set[str]:
    """The value as it may appear in text: as is, trimmed, JSON-escaped,
    repr-escaped (an error quoting bytes) and URL-encoded."""
    forms = {value, value.strip()}
    forms.add(json.dumps(value, ensure_ascii=True)[1:-1])
    forms.add(repr(value)[1:-1])
    forms.add(repr(value.encode("utf-8", "backslashreplace"))[2:-1])
    forms.add(quote(value, safe=""))
    forms.add(quote_plus(value, safe=""))
    return {f for f in forms if len(f) >= MIN_SECRET_CHARS}


def known_secrets() -> tuple[str, ...]:
    with _lock:
        return tuple(_known)


def _alternation(forms: Iterable[str]) -> re.Pattern[str]:
    """One regex for `forms`, longest first. A code is all digits: it is
    masked where it stands as a number of its own, not inside a longer one
    (code 654321 must not eat the middle of the phone number 9876543219)."""
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(
        "|".join(
            rf"(?<!\d){re.escape(f)}(?!\d)" if _is_number(f) else re.escape(f) for f in ordered
        )
    )


def _known_pattern() -> re.Pattern[str] | None:
    global _pattern
    with _lock:
        if _pattern is None:
            words = [f for f in _known if not _is_number(f)]
            if words:
                _pattern = _alternation(words)
        return _pattern


def _mask_number(match: re.Match[str]) -> str:
    return MASK if match.group() in _numbers else match.group()


def mask_text(text: str, extra_secrets: Iterable[str] = ()) -> str:
    """Text with every known secret value (and any JWT) replaced by MASK.

    The one function every output goes through; `extra_secrets` adds values
    not registered (yet).
    """
    if not text:
        return text
    out = _JWT_RE.sub(MASK, text)
    pattern = _known_pattern()
    if pattern is not None:
        out = pattern.sub(MASK, out)
    if _numbers:
        out = _NUMBER_RE.sub(_mask_number, out)
    extras: set[str] = set()
    for extra in extra_secrets:
        if extra:
            extras |= _forms(extra)
    return _alternation(extras).sub(MASK, out) if extras else out


def is_secret_header(name: str) -> bool:
    return name.lower() in SECRET_HEADERS


def mask_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Header pairs with secret headers masked by name, all others by value."""
    return [(k, MASK if is_secret_header(k) else mask_text(v)) for k, v in headers]


def _mask_json(value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict):
        return {
            k: (MASK if k.lower() in SECRET_BODY_FIELDS else _mask_json(v, depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_mask_json(v, depth + 1) for v in value]
    return value


def mask_body(body: str) -> str:
    """A JSON body with secret fields masked, and every body masked by value.

    The key order is kept, so the masked body still reads like the one on
    the wire. A body too deep or too odd to walk is masked as text.
    """
    try:
        parsed = loads(body, max_depth=_MAX_WALK_DEPTH)
    except UnsafeJson:
        return mask_text(body)
    if not isinstance(parsed, dict | list):
        return mask_text(body)
    return mask_text(json.dumps(_mask_json(parsed), ensure_ascii=False))


def mask_phone(national_digits: str, country_code: str) -> str:
    """`+91 ******3219`: enough for a ticket, not enough to call the user."""
    tail = national_digits[-4:]
    return f"{country_code} {'*' * max(0, len(national_digits) - 4)}{tail}"
