"""Arbitrary text into the phone field and the code input: no exception,
and the widgets' state stays consistent."""

from __future__ import annotations

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otp_desktop.ui.onboarding.otp_input import OtpInput
from otp_desktop.ui.onboarding.phone_input import PhoneInput

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


# QTest's key simulation aborts the process on most non-ASCII characters, so
# typed text is printable ASCII; pasted text is anything at all.
TYPEABLE = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30)


@FUZZ
@given(pasted=st.text(max_size=200), text=TYPEABLE)
def test_code_input_takes_any_text(qtbot, pasted, text):
    otp = OtpInput()
    qtbot.addWidget(otp)
    otp.paste_text(pasted)
    assert otp.code().isdigit() or otp.code() == ""
    assert len(otp.code()) <= 6
    before = otp.code()
    qtbot.keyClicks(otp, text)
    typed = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    assert otp.code() == (before + typed)[:6]


@FUZZ
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40),
    region=st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)),
)
def test_phone_input_takes_any_text(qtbot, text, region):
    field = PhoneInput(region)
    qtbot.addWidget(field)
    seen = []
    field.checked.connect(seen.append)
    # What a paste does: insert, then the edit signal the field reacts to.
    field.insert(text)
    field.textEdited.emit(field.text())
    result = field.last_check()
    assert result.region == field.region()
    assert result.region in phonenumbers.SUPPORTED_REGIONS
    assert seen[-1] is result
    if result.ok:
        assert result.national_digits.isdigit()
