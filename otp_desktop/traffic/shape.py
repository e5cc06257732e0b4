"""The shape of a JSON answer: each field's JSON type, never its value.

A check exported to Postman asserts it and a replay compares it, so "the
server changed" is seen without storing a single value (values can be secret).
Fields are the top level ones and those of an array's first element
(`transactions[].uid`).
"""

from __future__ import annotations

from typing import Any

from otp_desktop.traffic.steps import json_body

Shape = dict[str, str]


def json_type(value: Any) -> str:
    """JavaScript's name for the type, as a Postman script sees it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def shape(body: str) -> Shape | None:
    """The answer's shape, or None when it is not a JSON object."""
    data = json_body(body)
    if not isinstance(data, dict):
        return None
    out: Shape = {}
    for key, value in data.items():
        out[str(key)] = json_type(value)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for inner, item in value[0].items():
                out[f"{key}[].{inner}"] = json_type(item)
    return out


def shape_changes(old: Shape | None, new: Shape | None) -> list[str]:
    """What differs, in plain words: missing, new and retyped fields."""
    if old is None and new is None:
        return []
    if old is None or new is None:
        return ["The answer is JSON now." if old is None else "The answer is no longer JSON."]
    changes = [f"Missing field: {key}." for key in old if key not in new]
    changes += [f"New field: {key}." for key in new if key not in old]
    changes += [
        f"Type changed: {key} ({old[key]} → {new[key]})."
        for key in old
        if key in new and old[key] != new[key]
    ]
    return changes
