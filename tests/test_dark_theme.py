"""The README's way to dark mode: Qt's GTK 3 theme with a dark GTK theme
hands the app a dark palette (the app sets none of its own)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

PROBE = (
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtGui import QPalette\n"
    "app = QApplication([])\n"
    "print(app.palette().color(QPalette.ColorRole.Window).lightness())\n"
)


def test_a_dark_gtk_theme_gives_the_app_a_dark_palette(tmp_path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    display = f":{40 + os.getpid() % 50}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        lightness = {}
        for theme in ("Adwaita", "Adwaita:dark"):
            for _try in range(50):  # until the X server takes connections
                run = subprocess.run(
                    [sys.executable, "-c", PROBE],
                    env={**env, "QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": theme},
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                if run.returncode == 0:
                    break
                time.sleep(0.1)
            assert run.returncode == 0, run.stderr
            lightness[theme] = int(run.stdout.split()[-1])
        assert lightness["Adwaita:dark"] < 100 < lightness["Adwaita"]
    finally:
        server.terminate()
        server.wait(timeout=10)
