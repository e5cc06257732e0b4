"""The layers of docs/architecture.md: the core (the Qt-free session/
included) runs without Qt and never imports the UI, api/ and sandbox/ stay
independent readings of the docs, and the UI's areas do not import each
other: only ui/widgets (partials) is shared, and ui/shell (the window that
puts the areas together) may import them all."""

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
    # The session that wires the app is core: tested and run without Qt.
    assert {"otp_desktop.session", "otp_desktop.session.session"} <= set(modules)
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


def absolute_imports(path: pathlib.Path) -> set[str]:
    """Every module `path` imports, relative imports resolved, including
    imports inside functions (the lazy ones count too)."""
    package = ".".join(("otp_desktop", *path.relative_to(PACKAGE).parent.parts))
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            name = ".".join(part for part in (base, node.module or "") if part)
            found.update(f"{name}.{alias.name}" for alias in node.names)
            found.add(name)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_api_and_sandbox_do_not_import_each_other():
    assert not {m for m in imported_modules("api") if "sandbox" in m}
    assert not {
        m for m in imported_modules("sandbox") if m.startswith(("otp_desktop.api", ".api", "..api"))
    }


def test_the_core_never_imports_the_ui_or_the_app():
    upward = ("otp_desktop.ui", "otp_desktop.app", "otp_desktop.__main__")
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in UI_ONLY
        for name in absolute_imports(path)
        if name.startswith(upward)
    }
    assert offenders == set()


def test_the_sandbox_imports_only_itself_from_the_app():
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / "sandbox").rglob("*.py")
        for name in absolute_imports(path)
        if name.startswith("otp_desktop") and not name.startswith("otp_desktop.sandbox")
    }
    assert offenders == set()


UI = PACKAGE / "ui"
SHARED_AREAS = {"widgets"}  # partials every area may use
TOP_AREA = "shell"  # the window: puts the areas together, may import them all


def ui_areas() -> set[str]:
    return {p.parent.name for p in UI.glob("*/__init__.py")}


def area_of(module: str) -> str | None:
    """`otp_desktop.ui.wallet.view` -> "wallet"; None outside an area."""
    parts = module.split(".")
    if parts[:2] != ["otp_desktop", "ui"] or len(parts) < 3:
        return None
    return parts[2] if parts[2] in ui_areas() else None


def area_violations() -> set[str]:
    offenders = set()
    for area in ui_areas() - {TOP_AREA}:
        allowed = {area} if area in SHARED_AREAS else {area, *SHARED_AREAS}
        for path in (UI / area).rglob("*.py"):
            for name in absolute_imports(path):
                other = area_of(name)
                if other is not None and other not in allowed:
                    offenders.add(f"ui/{area}/{path.name} imports ui/{other}")
    return offenders


def test_ui_areas_do_not_import_each_other():
    assert "widgets" in ui_areas()  # the rule is not checking an empty set
    assert area_violations() == set()


def test_the_area_check_sees_a_forbidden_import(tmp_path, monkeypatch):
    """The check above really reads the areas: a partial that imports another
    area is reported."""
    fake = tmp_path / "otp_desktop"
    for area in ("widgets", "wallet"):
        (fake / "ui" / area).mkdir(parents=True)
        (fake / "ui" / area / "__init__.py").write_text("")
    (fake / "ui" / "widgets" / "bad.py").write_text("from ..wallet import view\n")
    (fake / "ui" / "wallet" / "view.py").write_text("from otp_desktop.ui.widgets import naming\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    monkeypatch.setattr(sys.modules[__name__], "UI", fake / "ui")
    assert area_violations() == {"ui/widgets/bad.py imports ui/wallet"}


def test_ui_shows_the_product_areas_not_a_heap_of_modules():
    """A newcomer opening ui/ sees the areas; only the few modules every
    area needs (translation, settings, tasks) sit directly in it."""
    loose = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert len(loose) <= 10, loose
    assert {"shell", "onboarding", "wallet", "environments", "qa", "widgets"} <= ui_areas()
