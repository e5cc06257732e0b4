"""Phone parsing, formatting and validation, with hypothesis for arbitrary text."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otp_desktop import phone
from otp_desktop.phone import PhoneProblem

NAMES = {
    "IN": "India",
    "ID": "Indonesia",
    "GB": "United Kingdom",
    "IO": "British Indian Ocean Territory",
    "US": "United States",
}
COUNTRIES = phone.countries(lambda r: NAMES.get(r, r))


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("ind", "IN"),
        ("IN", "IN"),
        ("+91", "IN"),
        ("91", "IN"),
        ("united k", "GB"),
        ("+44", "GB"),
        ("1", "US"),
    ],
)
def test_search(query, first):
    found = phone.search_countries(COUNTRIES, query)
    assert found
    assert found[0].region == first


def test_search_by_word_and_nothing_found():
    assert "IO" in [c.region for c in phone.search_countries(COUNTRIES, "indian")]
    assert phone.search_countries(COUNTRIES, "zzzz") == []


@pytest.mark.parametrize(
    ("text", "region", "problem"),
    [
        ("98765 43219", "IN", None),
        ("098765 43219", "IN", None),
        ("", "IN", PhoneProblem.EMPTY),
        ("98765", "IN", PhoneProblem.TOO_SHORT),
        ("987654321987", "IN", PhoneProblem.TOO_LONG),
        ("1234567890", "IN", PhoneProblem.NOT_MOBILE),
        ("020 7946 0958", "GB", PhoneProblem.NOT_MOBILE),
        ("07400 123456", "GB", None),
        ("98765 43219", "XX", PhoneProblem.UNKNOWN_COUNTRY),
    ],
)
def test_check(text, region, problem):
    assert phone.check(text, region).problem is problem


def test_request_carries_national_digits_and_plus_cc():
    result = phone.check("098765-43219", "IN")
    assert result.national_digits == "9876543219"
    assert result.country_code == "+91"
    assert result.international == "+91 98765 43219"


def test_default_region():
    assert phone.default_region("gb", "IN") == "GB"
    assert phone.default_region(None, "DE") == "DE"
    assert phone.default_region(None, "") == "IN"
    assert phone.default_region("nowhere", None) == "IN"


def test_cursor_helpers():
    text = "98765 43219"
    assert phone.digits_before(text, 7) == 6
    assert phone.position_after_digits(text, 6) == 7
    assert phone.position_after_digits(text, 0) == 0
    assert phone.position_after_digits(text, 99) == len(text)


REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), region=st.sampled_from(REGIONS))
def test_any_text_is_checked_without_error(text, region):
    result = phone.check(text, region)
    assert result.region == region
    assert result.national_digits.isdigit() or result.national_digits == ""
    if result.ok:
        assert result.national_digits
        assert phonenumbers.is_valid_number(
            phonenumbers.parse(result.country_code + result.national_digits)
        )
    formatted = phone.format_as_you_type(region, text)
    assert isinstance(formatted, str)
    found = phone.detect_international(text, region)
    if found is not None:
        assert found.region in phonenumbers.SUPPORTED_REGIONS


@settings(max_examples=200, deadline=None)
@given(
    digits=st.text(alphabet="0123456789", min_size=1, max_size=15), region=st.sampled_from(REGIONS)
)
def test_formatting_keeps_every_digit(digits, region):
    formatted = phone.format_as_you_type(region, digits)
    assert "".join(ch for ch in formatted if ch.isdigit()) == digits
