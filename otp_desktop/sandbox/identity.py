"""A phone number's one identity: its E.164 form, which every spelling shares
(a trunk 0, a national prefix, with or without the country code)."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True, slots=True)
class Phone:
    """A number as sent and its one identity (E.164), which every spelling shares."""

    country_code: str
    phone_number: str
    e164: str
    fixed_otp: str | None = None
    """The code of a test number, else None (a random code is sent)."""


def e164_of(country_code: str, phone_number: str) -> str | None:
    """The E.164 form, or None when the phone library cannot read the number."""
    try:
        parsed = phonenumbers.parse(country_code + phone_number)
    except phonenumbers.NumberParseException:
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
