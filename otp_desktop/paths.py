"""Where the app keeps its files (platformdirs; XDG on Linux)."""

from __future__ import annotations

import time
from pathlib import Path

import platformdirs

APP = "otp-desktop"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def move_aside(path: Path, label: str, companions: tuple[str, ...] = ()) -> Path:
    """Rename `path` (and `path + suffix` for each companion suffix, e.g. a
    database's "-wal") to a timestamped name next to it, bytes untouched;
    returns the new path. Raises OSError when the rename is impossible."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    path.replace(aside)
    for suffix in companions:
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    return aside
