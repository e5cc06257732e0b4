"""The window at 200 % scale (QT_SCALE_FACTOR=2) on a screen of 3200x2000
pixels: every dock open, onboarding done, English and Hindi, nothing clipped.
Runs in a process of its own: the scale is fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 3200, "height": 2000, "dpr": 1}],
}


def test_at_200_percent_nothing_is_clipped(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_STATE_HOME": str(tmp_path / "s"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.scale_session"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for language in ("en", "hi"):
        seen = found[language]
        assert seen["ratio"] == 2.0  # really at 200 %
        assert seen["fits"]
        assert seen["clipped"] == [], language
