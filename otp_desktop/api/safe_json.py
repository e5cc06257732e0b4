"""JSON from an untrusted source, refused when it would hurt.

`json.loads` alone raises RecursionError on deep nesting, turns `1e999`
into infinity and accepts `NaN`; every later step (masking, pretty
printing, validation) would then trip over it. Here all of that ends in
one `UnsafeJson` (a ValueError) with a short reason, and what is returned
is shallow enough and finite.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 32
"""The documented answers nest three levels; 32 leaves room for any error body."""

_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
MAX_INT_DIGITS = 30
"""No amount or count needs more; a longer integer is someone testing limits."""
_BRACKET_RE = re.compile(r"[\[\]{}]")


class UnsafeJson(ValueError):
    """Not JSON, or JSON the app refuses to walk; the message says which."""


class TooDeep(UnsafeJson):
    """Nested deeper than the caller allows."""


class RefusedNumber(UnsafeJson):
    """A number that is not finite or too long to be a real amount or count."""


def nesting_depth(text: str) -> int:
    """How deep the brackets go, outside strings (without recursion)."""
    brackets = _BRACKET_RE.findall(_STRING_RE.sub("", text))
    return max(accumulate(1 if b in "[{" else -1 for b in brackets), default=0)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise RefusedNumber(f"the number {text[:20]} is too large")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise RefusedNumber(f"the number {text[:20]}… is too large")
    return int(text)


def _refuse_constant(name: str) -> Any:
    raise RefusedNumber(f"{name} is not a number JSON allows")


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """The parsed value, or UnsafeJson saying why not."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnsafeJson(f"not valid UTF-8 (byte {exc.start})") from None
    depth = nesting_depth(text)
    if depth > max_depth:
        raise TooDeep(f"nested {depth} levels deep (the limit is {max_depth})")
    try:
        return json.loads(
            text,
            parse_float=_finite_float,
            parse_int=_bounded_int,
            parse_constant=_refuse_constant,
        )
    except UnsafeJson:
        raise
    except (ValueError, RecursionError, OverflowError) as exc:
        # ValueError covers JSONDecodeError and integers over Python's digit limit.
        raise UnsafeJson(f"not JSON ({_short(exc)})") from None


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 120 else text[:119] + "…"
