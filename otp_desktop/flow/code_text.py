"""Finding the OTP in whatever the user pastes."""

from __future__ import annotations

import re
from functools import cache

MAX_PASTE_CHARS = 2000


@cache
def _code_re(length: int) -> re.Pattern[str]:
    # `length` digits, optionally split once or more by one space or dash,
    # not part of a longer run of digits.
    return re.compile(rf"(?<![0-9])([0-9](?:[ \-]?[0-9]){{{length - 1}}})(?![0-9])")


def extract_code(text: str, length: int = 6) -> str | None:
    """`123456`, `123-456`, `123 456`, `Your code is 123456` -> `123456`.

    Text made only of digits and separators with fewer digits gives those
    digits (a partial paste); anything else gives None.
    """
    text = text[:MAX_PASTE_CHARS]
    match = _code_re(length).search(text)
    if match:
        return re.sub(r"[^0-9]", "", match.group(1))
    stripped = text.strip()
    if stripped and re.fullmatch(r"[0-9 \-]+", stripped):
        digits = re.sub(r"[^0-9]", "", stripped)
        if 0 < len(digits) < length:
            return digits
    return None
