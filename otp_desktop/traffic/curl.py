"""Copy as cURL: a command that reproduces an exchange exactly.

Unless secrets are revealed, the secret headers read `$OTP_CLIENT_SECRET`
and `$OTP_USER_JWT` and the code `$OTP_CODE`, so the command runs once
those variables are exported, and the text itself holds no secret.
"""

from __future__ import annotations

import json
import shlex

from otp_desktop.api.exchange import Exchange
from otp_desktop.api.masking import SECRET_BODY_FIELDS

SECRET_VARIABLES = {"clientsecret": "OTP_CLIENT_SECRET", "user-jwt-token": "OTP_USER_JWT"}
CODE_VARIABLE = "OTP_CODE"
_HOP_HEADERS = {"host", "content-length", "accept-encoding", "connection", "user-agent"}
_MARK = "__otp_desktop_code_placeholder__"


def _header(name: str, value: str, reveal: bool) -> str:
    variable = SECRET_VARIABLES.get(name.lower())
    if variable and not reveal:
        return f'-H "{name}: ${variable}"'
    return "-H " + shlex.quote(f"{name}: {value}")


def _body(body: str, reveal: bool) -> str:
    if reveal:
        return shlex.quote(body)
    try:
        data = json.loads(body)
    except ValueError:
        return shlex.quote(body)
    if not isinstance(data, dict) or not SECRET_BODY_FIELDS & set(data):
        return shlex.quote(body)
    as_string = False
    for key in SECRET_BODY_FIELDS & set(data):
        as_string = isinstance(data[key], str)
        data[key] = _MARK
    text = json.dumps(data)
    # Keep the code's JSON type: a number stays a number, a string a string.
    placeholder = f'"{_MARK}"'
    variable = f'"${CODE_VARIABLE}"'
    before, _, after = text.partition(placeholder)
    if as_string:
        return shlex.quote(before + '"') + variable + shlex.quote('"' + after)
    return shlex.quote(before) + variable + shlex.quote(after)


def to_curl(exchange: Exchange, *, reveal: bool = False) -> str:
    lines = [f"curl -sS -X {exchange.method} {shlex.quote(exchange.url)}"]
    for name, value in exchange.request_headers:
        if name.lower() not in _HOP_HEADERS:
            lines.append(_header(name, value, reveal))
    if exchange.request_body:
        lines.append("--data-raw " + _body(exchange.request_body, reveal))
    return " \\\n  ".join(lines)
