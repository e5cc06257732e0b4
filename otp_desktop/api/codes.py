"""How the OTP and authCode are written into the verify body.

The documentation shows `"authCode": 2735, "otp": 596097` (JSON numbers),
while register returns `authCode` as a string. A code that starts with 0
cannot survive a JSON number (`012345` would arrive as `12345`), so the
client never converts such a code silently. Per environment:

- `auto` (default): a JSON number as documented; a code with a leading zero
  is sent as a JSON string, the only form that keeps every digit, and the
  exchange records why.
- `number`: always the documented number; a code with a leading zero is
  refused with `CodeNotRepresentableError` before anything is sent.
- `string`: always a JSON string of digits.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Protocol

from otp_desktop.api.errors import ApiError


class CodeEncoding(StrEnum):
    AUTO = "auto"
    NUMBER = "number"
    STRING = "string"


class CodeNotRepresentableError(ApiError):
    user_message = (
        "This code starts with 0, which cannot be sent as a number as the API "
        "documents. Set the environment's code format to 'auto' or 'string'."
    )


def encode_code(code: str, encoding: CodeEncoding, field: str) -> tuple[int | str, str | None]:
    """The JSON value for `code`, and a note when it deviates from the docs."""
    if not code.isdigit() or not code.isascii():
        # The value itself is a secret: the message names the field only.
        raise ApiError(f"The {field} must contain digits only.", f"{field} is not all digits")
    if encoding is CodeEncoding.STRING:
        return code, None
    if code.startswith("0") and len(code) > 1:
        if encoding is CodeEncoding.NUMBER:
            raise CodeNotRepresentableError(detail=f"{field} has a leading zero")
        return code, f"{field} starts with 0: sent as a JSON string to keep every digit"
    return int(code), None


class PhoneFields(Protocol):
    """A phone number as the API carries it (the app's PhoneNumber is one)."""

    @property
    def national_digits(self) -> str: ...
    @property
    def country_code(self) -> str: ...


def phone_body(phone: PhoneFields) -> dict[str, Any]:
    phone_number, country_code = phone.national_digits, phone.country_code
    if not phone_number.isdigit() or not phone_number.isascii():
        raise ApiError("The phone number must be national digits only.", "phone_number")
    if not (country_code.startswith("+") and country_code[1:].isdigit()):
        raise ApiError("The country code must look like +91.", f"countryCode={country_code!r}")
    return {"phone_number": phone_number, "countryCode": country_code}
