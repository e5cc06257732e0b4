"""Finding the code in pasted text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otp_desktop.flow import extract_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("123456", "123456"),
        ("123-456", "123456"),
        ("123 456", "123456"),
        ("Your code is 123456", "123456"),
        ("Your code is 012345. It expires in 5 minutes.", "012345"),
        ("  012 345 ", "012345"),
        ("123", "123"),
        ("1234567", None),
        ("no digits", None),
        ("call 98765 43219 for code", None),
        ("", None),
    ],
)
def test_extract(text, code):
    assert extract_code(text, 6) == code


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_gives_digits_or_none(text):
    found = extract_code(text, 6)
    assert found is None or (found.isdigit() and found.isascii() and 0 < len(found) <= 6)
