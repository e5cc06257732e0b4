"""Phone parsing, formatting and validation, with hypothesis for arbitrary text."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otp_desktop import countries, phone
from otp_desktop.phone import PhoneProblem

NAMES = {
    "IN": "India",
    "ID": "Indonesia",
    "GB": "United Kingdom",
    "IO": "British Indian Ocean Territory",
    "US": "United States",
}
COUNTRIES = countries.countries(lambda r: NAMES.get(r, r))


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
    found = countries.search_countries(COUNTRIES, query)
    assert found
    assert found[0].region == first


def test_search_by_word_and_nothing_found():
    assert "IO" in [c.region for c in countries.search_countries(COUNTRIES, "indian")]
    assert countries.search_countries(COUNTRIES, "zzzz") == []


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
    assert result.number == phone.PhoneNumber("9876543219", "+91", "+91 98765 43219", "IN")
    assert result.number.masked == "+91 ******3219"
    assert phone.PhoneNumber.of("9876543219", "+91").international == "+91 98765 43219"


def test_the_field_text_is_parsed_once_and_the_value_is_immutable():
    first = phone.check("98765 43219", "IN")
    assert phone.check("98765 43219", "IN") is first  # cached: parsed once per edit
    with pytest.raises(AttributeError):
        first.number.national_digits = "1"  # type: ignore[misc,union-attr]
    assert phone.check("98765 4321", "IN").number is None


def test_the_dial_code_table_matches_phonenumbers():
    """The picker's table (read without loading phonenumbers) is the
    library's: regenerate it with packaging/update_dial_codes.py."""
    from otp_desktop.dial_codes import DIAL_CODES

    expected = {
        code: tuple(r for r in regions if r in phonenumbers.SUPPORTED_REGIONS)
        for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
    }
    assert {code: regions for code, regions in expected.items() if regions} == DIAL_CODES
    assert {c.region for c in COUNTRIES} == phonenumbers.SUPPORTED_REGIONS
    for code, regions in DIAL_CODES.items():  # the main region first (+44: GB)
        assert phonenumbers.region_code_for_country_code(code) == regions[0]


def test_default_region():
    assert countries.default_region("gb", "IN") == "GB"
    assert countries.default_region(None, "DE") == "DE"
    assert countries.default_region(None, "") == "IN"
    assert countries.default_region("nowhere", None) == "IN"


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
        assert result.number is not None
        assert phonenumbers.is_valid_number(
            phonenumbers.parse(result.number.country_code + result.national_digits)
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


@pytest.mark.parametrize(
    ("text", "region", "found_region", "national"),
    [
        # 00 is not the international prefix of +1 countries (they dial 011),
        # Japan (010) or Australia (0011): read 00 + a valid number as international.
        ("0091 98123 45670", "US", "IN", "98123 45670"),
        ("0091 98123 45670", "CA", "IN", "98123 45670"),
        ("0044 20 7946 0958", "US", "GB", "020 7946 0958"),
        ("0044 7400 123456", "JP", "GB", "07400 123456"),
        ("0091 98123 45670", "AU", "IN", "98123 45670"),
        # Where 00 is the international prefix it is read as such, as before.
        ("0091 98123 45670", "IN", "IN", "98123 45670"),
        ("0044 7400 123456", "IN", "GB", "07400 123456"),
        ("+91 98123 45670", "US", "IN", "98123 45670"),
    ],
)
def test_double_zero_prefix(text, region, found_region, national):
    found = phone.detect_international(text, region)
    assert found == phone.International(found_region, national)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("0091 98123 4567", "US"),  # not yet a whole number: left as typed
        ("0099 1234 5678", "US"),  # +99 is no country
        ("0091", "US"),
    ],
)
def test_double_zero_prefix_needs_a_valid_number(text, region):
    assert phone.detect_international(text, region) is None


def _mobile_example(region: str) -> phonenumbers.PhoneNumber | None:
    return phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)


NATIONAL = phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY
MOBILE_REGIONS = [r for r in REGIONS if _mobile_example(r) is not None]


@settings(max_examples=300, deadline=None)
@given(number_region=st.sampled_from(MOBILE_REGIONS), current=st.sampled_from(REGIONS))
def test_double_zero_reads_the_number_it_dials(number_region, current):
    """00 + any country's valid number, pasted whatever the picker shows,
    becomes that number, unless the current region dials 00 itself (then
    its own reading stands) or reads it as a valid national number."""
    example = _mobile_example(number_region)
    assert example is not None
    significant = phonenumbers.national_significant_number(example)
    text = f"00{example.country_code} {significant}"
    found = phone.detect_international(text, current)
    try:
        local = phonenumbers.parse(text, current, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        local = None
    if local is not None and local.country_code_source != NATIONAL:
        # 00 (or 002 in Singapore…) is this region's own international prefix.
        expected = phonenumbers.national_significant_number(local)
        if found is not None:
            # A reading too short to be valid keeps its trunk prefix (00998 912…
            # read from Singapore is Iran's 0912…, one digit short).
            digits = phone.check(found.national_text, found.region).national_digits
            trunk = phonenumbers.PhoneMetadata.metadata_for_region(found.region).national_prefix
            assert expected in (digits, digits.removeprefix(trunk or ""))
        return
    if local is not None and phonenumbers.is_valid_number(local):
        assert found is None
        return
    assert found is not None
    assert phone.check(found.national_text, found.region).national_digits == significant
    assert phonenumbers.country_code_for_region(found.region) == example.country_code


@settings(max_examples=300, deadline=None)
@given(
    digits=st.text(alphabet="0123456789", min_size=1, max_size=16),
    current=st.sampled_from(REGIONS),
)
def test_a_valid_national_reading_is_never_replaced(digits, current):
    text = "00" + digits
    try:
        local = phonenumbers.parse(text, current, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return
    if local.country_code_source != NATIONAL:
        return  # 00 is this region's international prefix
    if phonenumbers.is_valid_number(local):
        assert phone.detect_international(text, current) is None
