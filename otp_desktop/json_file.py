"""A JSON file the user picked (an import), read without trusting it.

Too large, unreadable, not text, nested 100,000 deep, `NaN` or a number of
400 digits: each ends in one JsonFileProblem whose message is a plain-words
sentence the UI knows how to translate. The file itself is never touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from otp_desktop.api.safe_json import RefusedNumber, TooDeep, UnsafeJson, loads


class JsonFileProblem(ValueError):
    """The file cannot be used; the message says why in plain words."""


def read_json_file(path: Path, *, max_bytes: int, max_depth: int) -> Any:
    """The parsed content of `path` (a UTF-8 BOM is allowed)."""
    try:
        if path.stat().st_size > max_bytes:
            raise JsonFileProblem(f"The file is larger than {max(1, max_bytes // 2**20)} MiB.")
        raw = path.read_bytes()
    except OSError as exc:
        raise JsonFileProblem(f"The file could not be read ({exc.strerror or exc}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonFileProblem("The file is not text (UTF-8).") from None
    try:
        return loads(text, max_depth=max_depth)
    except TooDeep:
        raise JsonFileProblem("The file's JSON is nested too deeply.") from None
    except RefusedNumber:
        raise JsonFileProblem("The file holds a number that is not finite or too large.") from None
    except UnsafeJson:
        raise JsonFileProblem("The file is not JSON.") from None
