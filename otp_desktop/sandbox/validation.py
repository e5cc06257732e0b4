"""Checks of request bodies; each failure is a 400 with a precise message."""

from __future__ import annotations

import json
from typing import Any

import phonenumbers
from aiohttp import web

from otp_desktop.sandbox.otp_store import OtpRuleError
from otp_desktop.sandbox.rules import SandboxRules


def bad_request(message: str) -> OtpRuleError:
    return OtpRuleError(400, message, code="INVALID_REQUEST")


def too_large() -> OtpRuleError:
    return OtpRuleError(413, "The request body is too large.", code="PAYLOAD_TOO_LARGE")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(raw: bytes) -> Any:
    """Strict JSON: no NaN or Infinity, and too-deep nesting is a 400, not a crash."""
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise bad_request("The request body is nested too deeply.") from None
    except (ValueError, UnicodeDecodeError):
        raise bad_request(
            "The request body is not valid JSON (NaN and Infinity are not JSON)."
        ) from None


async def json_object(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw.strip():
        raise bad_request("The request body is empty; send a JSON object.")
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise bad_request("The request body must be a JSON object.")
    return data


def phone_fields(data: dict[str, Any], rules: SandboxRules) -> tuple[str, str]:
    """(countryCode, phone_number) from a register/resend/verify body."""
    for name in ("phone_number", "countryCode"):
        if name not in data:
            raise bad_request(f"Missing field: {name}.")
    number, cc = data["phone_number"], data["countryCode"]
    if not isinstance(number, str):
        raise bad_request('phone_number must be a string of digits, like "9876543219".')
    if not isinstance(cc, str):
        raise bad_request('countryCode must be a string like "+91".')
    if not (number.isascii() and number.isdigit()):
        raise bad_request("phone_number must contain digits only (no +, spaces or dashes).")
    if not (cc.startswith("+") and cc[1:].isascii() and cc[1:].isdigit()):
        raise bad_request('countryCode must be + followed by digits, like "+91".')
    if int(cc[1:]) not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        raise bad_request(f"Unknown country code {cc}.")
    if any((t.country_code, t.phone_number) == (cc, number) for t in rules.test_numbers):
        return cc, number
    parsed = phonenumbers.parse(cc + number)
    if not phonenumbers.is_valid_number(parsed):
        raise bad_request(f"{cc} {number} is not a valid phone number.")
    return cc, number


def code_field(data: dict[str, Any], name: str, digits: int) -> str:
    """A code sent as a JSON number (as documented) or as a digit string.

    A number is zero-padded to the code's length, the only reading a server
    that documents numbers can make of `12345` for the code `012345`.
    """
    if name not in data:
        raise bad_request(f"Missing field: {name}.")
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise bad_request(f"{name} must be a number (or a string of digits).")
    if isinstance(value, int):
        if value < 0:
            raise bad_request(f"{name} must not be negative.")
        return str(value).zfill(digits)
    if not (value.isascii() and value.isdigit()):
        raise bad_request(f"{name} must contain digits only.")
    return value
