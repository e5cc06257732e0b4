"""`make bench`: run every benchmark; each prints its RESULT line last."""

from __future__ import annotations

import subprocess
import sys

NAMES = ("startup", "ui_stall", "click_to_result", "memory", "inspector")


def main() -> int:
    # Each benchmark in its own process: one's Qt state cannot skew another's.
    failed = 0
    for name in NAMES:
        done = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{name}"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        for line in lines:
            print(line, flush=True)
        if done.returncode != 0 or not lines or not lines[-1].startswith("RESULT"):
            failed += 1
            print(f"benchmark {name} failed: {done.stderr.strip()[-500:]}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
