"""Render the app icon into the hicolor PNG sizes under resources/icons,
and into the PNGs the running app uses as its window icon (reading the SVG
at start-up loads Qt's SVG engine: ~2 MiB and a few ms).

Run after changing otp_desktop/ui/assets/app-icon.svg:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.otp_desktop.OtpDesktop"
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "otp_desktop" / "ui" / "assets" / "app-icon.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ASSETS = SVG.parent


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QImage painting needs it
    renderer = QSvgRenderer(str(SVG))
    for size in (16, 32, 48, 128, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        image.save(str(ASSETS / f"app-icon-{size}.png"))
    # Windows and macOS icons for the PyInstaller spec (Qt's ico/icns plugins).
    big = QImage(256, 256, QImage.Format.Format_ARGB32)
    big.fill(Qt.GlobalColor.transparent)
    painter = QPainter(big)
    renderer.render(painter)
    painter.end()
    for suffix, fmt in (("ico", "ICO"), ("icns", "ICNS")):
        # The stubs ask bytes for the format; PySide6 6.11 accepts only str here.
        icon_file = str(ROOT / "packaging" / f"otp-desktop.{suffix}")
        if not big.save(icon_file, fmt):  # type: ignore[call-overload]
            print(f"could not write the .{suffix} file (Qt image plugin missing)")
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)


if __name__ == "__main__":
    main()
