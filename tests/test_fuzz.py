"""Fuzzing: quick in `make test`, 10,000+ examples with `-m slow` (make fuzz)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests import fuzz_properties as props

QUICK = settings(max_examples=100, deadline=None)
SLOW = settings(max_examples=2500, deadline=None, suppress_health_check=list(HealthCheck))


@QUICK
@given(props.JWT_TEXT)
def test_jwt_text(text):
    props.jwt_text_is_decoded_or_refused(text)


@QUICK
@given(props.CONFIG)
def test_config_files(data):
    props.config_file_loads_or_is_kept_aside(data)


@QUICK
@given(props.IMPORT_BYTES)
def test_import_files(raw):
    props.import_file_imports_or_explains(raw)


@pytest.mark.slow
@SLOW
@given(props.JWT_TEXT)
def test_jwt_text_slow(text):
    props.jwt_text_is_decoded_or_refused(text)


@pytest.mark.slow
@SLOW
@given(props.CONFIG)
def test_config_files_slow(data):
    props.config_file_loads_or_is_kept_aside(data)


@pytest.mark.slow
@SLOW
@given(props.IMPORT_BYTES)
def test_import_files_slow(raw):
    props.import_file_imports_or_explains(raw)


@pytest.mark.slow
@SLOW
@given(
    text=props.st.text(max_size=80), region=props.st.sampled_from(["IN", "GB", "US", "AU", "DE"])
)
def test_phone_text_slow(text, region):
    from otp_desktop import phone

    result = phone.check(text, region)
    assert result.region == region
    phone.format_as_you_type(region, text)
    phone.detect_international(text, region)
