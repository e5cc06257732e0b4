"""Export and import of environments without any secret, for a QA lead to
hand a team the URLs and client IDs."""

from __future__ import annotations

import json
from pathlib import Path

from otp_desktop.json_file import JsonFileProblem, read_json_file
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.plain_fields import PlainFieldsError, from_plain, to_plain

FORMAT = "otp-desktop-environments"
MAX_IMPORT_BYTES = 1024 * 1024
MAX_IMPORT_DEPTH = 8
"""An export nests four levels (file, list, environment, headers)."""


class ImportProblem(ValueError):
    """The file cannot be imported; the message says why in plain words."""


def export_environments(environments: list[Environment], path: Path) -> None:
    data = {
        "format": FORMAT,
        "version": 1,
        "environments": [to_plain(env, with_id=False) for env in environments],
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def import_environments(path: Path) -> list[Environment]:
    try:
        data = read_json_file(path, max_bytes=MAX_IMPORT_BYTES, max_depth=MAX_IMPORT_DEPTH)
    except JsonFileProblem as exc:
        raise ImportProblem(str(exc)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblem("The file is not an OTP Desktop environments export.")
    items = data.get("environments")
    if not isinstance(items, list):
        raise ImportProblem("The file has no list of environments.")
    try:
        return [from_plain(item, i) for i, item in enumerate(items)]
    except PlainFieldsError as exc:
        raise ImportProblem(f"The file has a problem: {exc}.") from None
