"""Real file-system failures for tests that run as root (where chmod stops
nothing): a folder made immutable with chattr, or a folder replaced by a file."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def immutable(folder: Path) -> Iterator[None]:
    """Nothing can be created, renamed or removed in `folder`, not even by
    root (skips where the file system has no immutable flag)."""
    if not _chattr("+i", folder):
        pytest.skip("this file system cannot make a folder immutable (chattr +i)")
    try:
        yield
    finally:
        _chattr("-i", folder)


@contextmanager
def folder_replaced_by_a_file(folder: Path) -> Iterator[None]:
    """`folder` becomes a plain file for a while (its contents kept aside), so
    every write below it fails as on a broken or unmounted drive."""
    kept = folder.with_name(folder.name + ".kept")
    folder.rename(kept)
    folder.write_text("not a folder")
    try:
        yield
    finally:
        folder.unlink()
        kept.rename(folder)
