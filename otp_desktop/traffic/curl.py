"""Copy as cURL: a command that reproduces an exchange exactly.

Unless secrets are revealed, the secret headers read `$OTP_CLIENT_SECRET`
and `$OTP_USER_JWT` and the code `$OTP_CODE`, so the command runs once
those variables are exported, and the text itself holds no secret: every
other part is masked by value (masking.py) before it is quoted.
"""

from __future__ import annotations

import json
import shlex

from otp_desktop.api.exchange import Exchange
from otp_desktop.api.masking import (
    CODE_VARIABLE,
    SECRET_BODY_FIELDS,
    SECRET_HEADER_VARIABLES,
    mask_text,
)
from otp_desktop.api.safe_json import UnsafeJson, loads

_HOP_HEADERS = {"host", "content-length", "accept-encoding", "connection", "user-agent"}
_MARK = "__otp_desktop_code_placeholder__"


def _header(name: str, value: str, reveal: bool) -> str:
    if reveal:
        return "-H " + shlex.quote(f"{name}: {value}")
    variable = SECRET_HEADER_VARIABLES.get(name.lower())
    if variable:
        return f'-H "{name}: ${variable}"'
    return "-H " + shlex.quote(f"{name}: {mask_text(value)}")


def _body(body: str, reveal: bool) -> str:
    if reveal:
        return shlex.quote(body)
    try:
        data = loads(body)
    except UnsafeJson:
        return shlex.quote(mask_text(body))
    if not isinstance(data, dict) or not SECRET_BODY_FIELDS & set(data):
        return shlex.quote(mask_text(body))
    as_string = False
    for key in SECRET_BODY_FIELDS & set(data):
        as_string = isinstance(data[key], str)
        data[key] = _MARK
    text = mask_text(json.dumps(data))
    # Keep the code's JSON type: a number stays a number, a string a string.
    placeholder = f'"{_MARK}"'
    variable = f'"${CODE_VARIABLE}"'
    before, _, after = text.partition(placeholder)
    if as_string:
        return shlex.quote(before + '"') + variable + shlex.quote('"' + after)
    return shlex.quote(before) + variable + shlex.quote(after)


def to_curl(exchange: Exchange, *, reveal: bool = False) -> str:
    url = exchange.url if reveal else mask_text(exchange.url)
    lines = [f"curl -sS -X {exchange.method} {shlex.quote(url)}"]
    for name, value in exchange.request_headers:
        if name.lower() not in _HOP_HEADERS:
            lines.append(_header(name, value, reveal))
    if exchange.request_body:
        lines.append("--data-raw " + _body(exchange.request_body, reveal))
    return " \\\n  ".join(lines)
