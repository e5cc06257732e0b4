"""Refresh the translation files from the source and compile them.

    .venv/bin/python packaging/update_translations.py

Runs pyside6-lupdate over otp_desktop/ui, files the strings of module-level
helpers (menus) under the MainWindow context that `window.tr` uses at run
time, fills in packaging/hindi.py, and compiles the .qm with pyside6-lrelease.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from hindi import HINDI  # noqa: E402
from qt_hindi import QT_HINDI  # noqa: E402

I18N = ROOT / "otp_desktop" / "ui" / "i18n"
TS = I18N / "otp_desktop_hi.ts"
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "otp_desktop" / "ui").rglob("*.py"))
    # packaging/hindi.py is the source of truth: start from a fresh extraction
    # so no obsolete or duplicate entries pile up.
    TS.unlink(missing_ok=True)
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "hi_IN")
    merged: dict[str, ET.Element] = {}
    for context in list(root.iter("context")):
        name = context.find("name")
        assert name is not None
        if name.text in (None, "window"):
            name.text = "MainWindow"
        key = name.text or ""
        if key not in merged:
            merged[key] = context
            continue
        known = {m.findtext("source") for m in merged[key].iter("message")}
        for message in context.findall("message"):
            if message.findtext("source") not in known:
                merged[key].append(message)
        root.remove(context)
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in HINDI:
                translation.text = HINDI[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS)], check=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    write_qt_strings()
    return 1 if missing else 0


def write_qt_strings() -> None:
    """Qt's own strings that the app shows, in Hindi, as a second catalogue."""
    root = ET.Element("TS", version="2.1", language="hi_IN")
    for context_name, messages in QT_HINDI.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, hindi in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = hindi
    ts = I18N / "qt_hi.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts)], check=True)


if __name__ == "__main__":
    raise SystemExit(main())
