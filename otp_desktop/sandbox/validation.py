"""Checks of request bodies; each failure is a 400 with a precise message."""

from __future__ import annotations

import json
import re
from typing import Any

import phonenumbers

from otp_desktop.sandbox.identity import Phone, e164_of
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
    except UnicodeDecodeError:
        raise bad_request("The request body is not UTF-8 text, so not JSON.") from None
    except ValueError as exc:
        # Each cause its own words: the reader's own message says where it broke.
        if "is not a JSON number" in str(exc):
            raise bad_request(f"The request body is not valid JSON: {exc}.") from None
        if "integer string conversion" in str(exc):
            raise bad_request("The request body holds a number too long to read.") from None
        raise bad_request(f"The request body is not valid JSON ({exc}).") from None


def json_object(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise bad_request("The request body is empty; send a JSON object.")
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise bad_request("The request body must be a JSON object.")
    return data


MAX_CODE_DIGITS = 10
_COUNTRY_CODE = re.compile(r"\+[1-9][0-9]{0,2}")
_NATIONAL = re.compile(r"[0-9]{1,17}")


def _checked_strings(data: dict[str, Any]) -> tuple[str, str]:
    for name in ("phone_number", "countryCode"):
        if name not in data:
            raise bad_request(f"Missing field: {name}.")
    number, cc = data["phone_number"], data["countryCode"]
    if not isinstance(number, str):
        raise bad_request('phone_number must be a string of digits, like "9876543219".')
    if not isinstance(cc, str):
        raise bad_request('countryCode must be a string like "+91".')
    if not _NATIONAL.fullmatch(number):
        raise bad_request("phone_number must be 1 to 17 digits (no +, spaces or dashes).")
    if not _COUNTRY_CODE.fullmatch(cc):
        raise bad_request(
            'countryCode must be + and 1 to 3 digits not starting with 0, like "+91".'
        )
    if int(cc[1:]) not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        raise bad_request(f"Unknown country code {cc}.")
    return cc, number


def phone_fields(data: dict[str, Any], rules: SandboxRules) -> Phone:
    """The number of a register/resend/verify body, checked and keyed by E.164."""
    cc, number = _checked_strings(data)
    e164 = e164_of(cc, number)
    for test in rules.test_numbers:
        if (test.country_code, test.phone_number) == (cc, number) or (
            e164 is not None and e164 == e164_of(test.country_code, test.phone_number)
        ):
            return Phone(cc, number, e164 or cc + number, test.otp)
    if e164 is None or not phonenumbers.is_valid_number(phonenumbers.parse(e164)):
        raise bad_request(f"phone_number: {cc} {number} is not a valid phone number.")
    return Phone(cc, number, e164)


def code_field(data: dict[str, Any], name: str, digits: int) -> str:
    """A code sent as a JSON number (as documented) or as a digit string.

    A number is zero-padded to the code's length, the only reading a server
    that documents numbers can make of `12345` for the code `012345`.
    """
    if name not in data:
        raise bad_request(f"Missing field: {name}.")
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise bad_request(f"{name} must be a whole number (or a string of digits).")
    if isinstance(value, int):
        if not 0 <= value < 10**MAX_CODE_DIGITS:
            raise bad_request(f"{name} must be a number of at most {MAX_CODE_DIGITS} digits.")
        return str(value).zfill(digits)
    if not (value.isascii() and value.isdigit() and len(value) <= MAX_CODE_DIGITS):
        raise bad_request(f"{name} must be a string of 1 to {MAX_CODE_DIGITS} digits.")
    return value
