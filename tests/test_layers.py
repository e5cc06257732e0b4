"""The core runs without Qt, and api/ and sandbox/ stay independent readings."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "otp_desktop"
UI_ONLY = {"ui", "app.py", "__main__.py"}


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in UI_ONLY:
            continue
        dotted = ".".join(("otp_desktop", *rel.with_suffix("").parts))
        names.append(dotted.removesuffix(".__init__"))
    return names


def test_core_imports_no_qt_in_a_fresh_interpreter():
    modules = core_modules()
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'qasync', 'shiboken6')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Qt loaded by the core: {done.stdout}"


def imported_modules(folder: str) -> set[str]:
    found: set[str] = set()
    for path in (PACKAGE / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(("." * node.level) + node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    return found


def test_api_and_sandbox_do_not_import_each_other():
    assert not {m for m in imported_modules("api") if "sandbox" in m}
    assert not {
        m for m in imported_modules("sandbox") if m.startswith(("otp_desktop.api", ".api", "..api"))
    }
