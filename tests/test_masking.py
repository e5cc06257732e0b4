"""Masking by value stays cheap however many codes a shift has seen."""

from __future__ import annotations

import re

from otp_desktop.api import masking
from otp_desktop.api.masking import MASK


def test_a_new_code_recompiles_nothing(monkeypatch):
    """A shift sends hundreds of codes; each used to rebuild one regex of every
    known form on the UI thread (~200 ms at a few hundred). Codes are found by
    one fixed pattern and a set look-up instead."""
    masking.register_secret("a-client-secret-value")
    masking.mask_text("warm up")
    compiled: list[str] = []
    real_compile = re.compile
    monkeypatch.setattr(
        masking.re, "compile", lambda *a, **k: compiled.append(a[0]) or real_compile(*a, **k)
    )
    for n in range(300):
        masking.register_secret(str(500000 + n))
    assert masking.mask_text("codes 500000 and 500299, phone 9876500123") == (
        f"codes {MASK} and {MASK}, phone 9876500123"
    )
    assert compiled == []
