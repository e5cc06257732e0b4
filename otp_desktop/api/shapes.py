"""Reading a JSON answer into a frozen dataclass, field by field.

Each field of a response model names its JSON key and a `Kind`: how a JSON
value becomes the field's value, or why it cannot. Strict where the docs
are precise (a string is a string, a flag is `true` or `false`, a number
is a finite JSON number), tolerant of fields the model does not read.
Plain Python on purpose: a validation library costs the app ~10 MiB and
~60 modules for seven small shapes.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")


class Problem(ValueError):
    """Why one value does not fit its field; `where` is its JSON path."""

    def __init__(self, what: str, where: tuple[str | int, ...] = ()) -> None:
        super().__init__(what)
        self.what = what
        self.where = where

    def inside(self, step: str | int) -> Problem:
        return Problem(self.what, (step, *self.where))

    def __str__(self) -> str:
        return f"{'.'.join(str(s) for s in self.where) or 'body'}: {self.what}"


class Kind(NamedTuple):
    """A field's JSON type (as the API document names it) and its reader."""

    json_type: str
    read: Callable[[Any], Any]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise Problem("expected a string")
    return value


def _number(value: Any) -> float:
    # bool is an int in Python, never a number in JSON.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Problem("expected a number")
    try:
        number = float(value)
    except OverflowError:
        raise Problem("a number out of range") from None
    if not math.isfinite(number):
        raise Problem("a number out of range")
    return number


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Problem("expected true or false")
    return value


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        if isinstance(value, str):
            return datetime.fromisoformat(value)
        return datetime.fromtimestamp(_number(value), UTC)
    except (ValueError, OverflowError, OSError):
        raise Problem("expected a date and time") from None


TEXT = Kind("string", _text)
NUMBER = Kind("number", _number)
FLAG = Kind("boolean", _flag)
MOMENT = Kind("string", _moment)
OPTIONAL_NUMBER = Kind("number", lambda v: None if v is None else _number(v))


def matching(pattern: str) -> Kind:
    """A string that matches `pattern` as a whole."""
    compiled = re.compile(pattern)

    def read(value: Any) -> str:
        text = _text(value)
        if not compiled.fullmatch(text):
            raise Problem(f"expected a string matching {pattern}")
        return text

    return Kind("string", read)


def nested(model: type[Any]) -> Kind:
    return Kind("object", lambda value: read_shape(model, value))


def list_of(model: type[Any]) -> Kind:
    def read(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise Problem("expected a list")
        items = []
        for index, item in enumerate(value):
            try:
                items.append(read_shape(model, item))
            except Problem as problem:
                raise problem.inside(index) from None
        return items

    return Kind("array", read)


def key(kind: Kind, json_name: str | None = None) -> dict[str, Any]:
    """A field's metadata: its Kind and its JSON name (default: the
    field's own name, which is also accepted when a JSON name is given)."""
    return {"kind": kind, "json": json_name}


def _names(field: dataclasses.Field[Any]) -> tuple[str, ...]:
    json_name = field.metadata.get("json")
    return (json_name, field.name) if json_name else (field.name,)


def read_shape(model: type[T], data: Any) -> T:
    """`model` from a decoded JSON value, or the first Problem found."""
    if not isinstance(data, dict):
        raise Problem("expected an object")
    values: dict[str, Any] = {}
    for field in dataclasses.fields(model):  # type: ignore[arg-type]
        names = _names(field)
        found = next((name for name in names if name in data), None)
        if found is None:
            if (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            ):
                raise Problem("a required field is missing", (names[0],))
            continue
        try:
            values[field.name] = field.metadata["kind"].read(data[found])
        except Problem as problem:
            raise problem.inside(found) from None
    return model(**values)


def json_schema(model: type[Any]) -> dict[str, Any]:
    """The JSON names, types and required fields a model reads (for the test
    that compares them with the API document)."""
    props: dict[str, Any] = {}
    required = []
    for field in dataclasses.fields(model):
        name = _names(field)[0]
        props[name] = {"type": field.metadata["kind"].json_type}
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            required.append(name)
    return {"type": "object", "properties": props, "required": required}
