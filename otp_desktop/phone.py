"""Phone numbers: parsing, as-you-type formatting, validation, and the one
PhoneNumber value that travels from the field to the request body.

Qt-free. The countries of the picker are in countries.py. phonenumbers is
imported on first use, not with this module: the first frame shows the
phone step without it (the flow and the widgets import this module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers

_INTERNATIONAL_RE = re.compile(r"^\s*(\+|00)")
MAX_INPUT_CHARS = 64


def example_mobile(region: str) -> str:
    """The region's example mobile number, nationally formatted, for a placeholder."""
    import phonenumbers

    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    return national_text(example, region)


class PhoneProblem(StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID = "invalid"
    NOT_MOBILE = "not_mobile"
    UNKNOWN_COUNTRY = "unknown_country"


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A mobile number, parsed once: the one form it takes from the phone
    field to the request body (the API client reads `national_digits` and
    `country_code`), the flow's cooldowns and the screens."""

    national_digits: str
    """National significant number: what the API's phone_number carries."""
    country_code: str
    """`+91`: the API's countryCode."""
    international: str
    """`+91 98765 43219`: how the number is shown once sent."""
    region: str = ""

    @classmethod
    def of(cls, national_digits: str, country_code: str) -> PhoneNumber:
        """A number known by its two API fields (a recorded request, a script)."""
        return cls(
            national_digits, country_code, display_international(country_code, national_digits)
        )

    @property
    def number(self) -> tuple[str, str]:
        """The key the flow's waits are kept under."""
        return (self.country_code, self.national_digits)

    @property
    def masked(self) -> str:
        from otp_desktop.api.masking import mask_phone

        return mask_phone(self.national_digits, self.country_code)


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """What the phone field holds, for a chosen region: the number once it
    is a valid mobile one, else the problem."""

    region: str
    national_digits: str
    """The significant digits read, valid or not ('' when none could be)."""
    problem: PhoneProblem | None
    number: PhoneNumber | None = None

    @property
    def ok(self) -> bool:
        return self.number is not None

    @property
    def international(self) -> str:
        return self.number.international if self.number else ""


def _mobile_lengths(region: str) -> tuple[int, int]:
    """Shortest and longest national mobile number of a region."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    lengths: list[int] = []
    for desc in (meta.mobile, meta.general_desc) if meta else ():
        if desc is not None and desc.possible_length:
            lengths = [n for n in desc.possible_length if n > 0]
            if lengths:
                break
    return (min(lengths), max(lengths)) if lengths else (2, 17)


def national_text(parsed: phonenumbers.PhoneNumber, region: str) -> str:
    """The national part as the field shows it: as-you-type grouping of the
    significant number ("98765 43219"), or the national format where that
    groups nothing ("020 7946 0958")."""
    import phonenumbers

    significant = phonenumbers.national_significant_number(parsed)
    grouped = format_as_you_type(region, significant)
    if not grouped.isdigit():
        return grouped
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers

    try:
        return phonenumbers.parse(text[:MAX_INPUT_CHARS], region)
    except phonenumbers.NumberParseException:
        return None


@lru_cache(maxsize=256)
def check(text: str, region: str) -> PhoneCheck:
    """Validate the field's text for `region` (text may carry a trunk 0).

    Cached: the field asks on every edit and the flow again before sending;
    the result is immutable."""
    import phonenumbers

    region = region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return PhoneCheck(region, "", PhoneProblem.UNKNOWN_COUNTRY)
    if not re.search(r"\d", text):
        return PhoneCheck(region, "", PhoneProblem.EMPTY)
    parsed = _parse(text, region)
    if parsed is None:
        return PhoneCheck(region, "", PhoneProblem.INVALID)
    national = phonenumbers.national_significant_number(parsed)
    problem = _problem(parsed, region)
    if problem is not None:
        return PhoneCheck(region, national, problem)
    number = PhoneNumber(
        national,
        f"+{parsed.country_code}",
        str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)),
        region,
    )
    return PhoneCheck(region, national, None, number)


def _problem(parsed: phonenumbers.PhoneNumber, region: str) -> PhoneProblem | None:
    import phonenumbers
    from phonenumbers import PhoneNumberType, ValidationResult

    national = phonenumbers.national_significant_number(parsed)
    shortest, longest = _mobile_lengths(region)
    if len(national) < shortest:
        return PhoneProblem.TOO_SHORT
    if len(national) > longest:
        return PhoneProblem.TOO_LONG
    if phonenumbers.is_possible_number_with_reason(parsed) == ValidationResult.INVALID_COUNTRY_CODE:
        return PhoneProblem.UNKNOWN_COUNTRY
    if not phonenumbers.is_valid_number_for_region(parsed, region):
        return PhoneProblem.INVALID
    if phonenumbers.number_type(parsed) not in (
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return PhoneProblem.NOT_MOBILE
    return None


@dataclass(frozen=True, slots=True)
class International:
    """A full international number found in typed or pasted text."""

    region: str
    national_text: str
    """The national part, formatted for the region's field."""


def detect_international(text: str, current_region: str) -> International | None:
    """`+44 20 7946 0958`, `0044 20…`: the region and national part, once
    enough digits are there to be sure of the country."""
    if not _INTERNATIONAL_RE.match(text):
        return None
    import phonenumbers

    parsed = _international_reading(text, current_region)
    if parsed is None or not parsed.country_code:
        return None
    national = phonenumbers.national_significant_number(parsed)
    if len(national) < 4:
        return None
    region = phonenumbers.region_code_for_number(
        parsed
    ) or phonenumbers.region_code_for_country_code(parsed.country_code)
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    return International(region, national_text(parsed, region))


def _international_reading(text: str, current_region: str) -> phonenumbers.PhoneNumber | None:
    """The number `text` holds when read as an international one, or None.

    `00` is the international prefix of most of the world but not of every
    region (the US dials 011): where the region reads `0091 98123 45670` as
    a national number, and that is not a valid one while `+91 98123 45670`
    is, the user meant the international number.
    """
    import phonenumbers
    from phonenumbers import CountryCodeSource

    region = current_region if current_region in phonenumbers.SUPPORTED_REGIONS else "ZZ"
    try:
        local = phonenumbers.parse(text[:MAX_INPUT_CHARS], region, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        local = None
    read_as_dialled = local is not None and local.country_code_source in (
        CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN,
        CountryCodeSource.FROM_NUMBER_WITH_IDD,
    )
    if read_as_dialled:
        return local
    if local is not None and phonenumbers.is_valid_number(local):
        return None  # a valid national number that happens to start with 00
    plus = _parse("+" + text.lstrip()[2:], "ZZ")
    if plus is not None and phonenumbers.is_valid_number(plus):
        return plus
    return None


def format_as_you_type(region: str, text: str) -> str:
    """The digits of `text` formatted the way the region writes them."""
    import phonenumbers

    formatter = phonenumbers.AsYouTypeFormatter(region)
    out = ""
    for ch in text[:MAX_INPUT_CHARS]:
        if (ch.isdigit() and ch.isascii()) or (ch == "+" and not out):
            out = formatter.input_digit(ch)
    return out


def digits_before(text: str, position: int) -> int:
    return sum(1 for ch in text[:position] if ch.isdigit())


def position_after_digits(text: str, count: int) -> int:
    """The cursor position just after the `count`-th digit of `text`."""
    if count <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            seen += 1
            if seen == count:
                return i + 1
    return len(text)


def display_international(country_code: str, national: str) -> str:
    """`+91 98765 43219` from `+91` and `9876543219`, as the phone field
    writes it; the digits as they are when the code is unknown."""
    import phonenumbers

    digits = country_code.lstrip("+")
    region = (
        phonenumbers.region_code_for_country_code(int(digits))
        if digits.isascii() and digits.isdigit() and len(digits) <= 3
        else "ZZ"
    )
    shown = format_as_you_type(region, national) if region != "ZZ" else national
    return f"{country_code} {shown}".strip()
