"""A clone of the repository is all a reader has: nothing may point outside it.

Background that used to live in notes beside the repository is in
docs/architecture.md and docs/api.md; code, tests and the README point there.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
# Spelled in two halves so this file does not match itself.
OUTSIDE_POINTERS = ("../" + "shared", "DESIGN" + ".md")
SKIPPED_DIRS = {".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache"}


def repository_files() -> list[pathlib.Path]:
    """The tracked files, or every file outside build and cache folders
    when this is not a git checkout (an unpacked source archive)."""
    git = shutil.which("git")
    if git and (ROOT / ".git").exists():
        listed = subprocess.run(
            [git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=30
        )
        names = [n for n in listed.stdout.decode().split("\0") if n]
        return [ROOT / name for name in names if (ROOT / name).is_file()]
    return [
        path
        for path in ROOT.rglob("*")
        if path.is_file() and not SKIPPED_DIRS.intersection(path.relative_to(ROOT).parts)
    ]


def test_no_file_points_outside_the_repository():
    files = repository_files()
    assert len(files) > 50
    offenders = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        offenders += [
            f"{path.relative_to(ROOT)}: {pointer}"
            for pointer in OUTSIDE_POINTERS
            if pointer in text
        ]
    assert offenders == []


@pytest.mark.parametrize("page", ["architecture.md", "api.md"])
def test_the_pages_pointed_to_exist(page):
    assert (ROOT / "docs" / page).read_text().startswith("# ")
