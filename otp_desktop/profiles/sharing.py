"""Export and import of environments without any secret, for a QA lead to
hand a team the URLs and client IDs."""

from __future__ import annotations

import json
from pathlib import Path

from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.plain_fields import PlainFieldsError, from_plain, to_plain

FORMAT = "otp-desktop-environments"
MAX_IMPORT_BYTES = 1024 * 1024


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
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportProblem("The file is too large to be an environments export.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ImportProblem(f"The file could not be read: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise ImportProblem("The file is not text (UTF-8).") from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(f"The file is not valid JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblem("The file is not an OTP Desktop environments export.")
    items = data.get("environments")
    if not isinstance(items, list):
        raise ImportProblem("The file has no list of environments.")
    try:
        return [from_plain(item, i) for i, item in enumerate(items)]
    except PlainFieldsError as exc:
        raise ImportProblem(f"The file has a problem: {exc}.") from None
