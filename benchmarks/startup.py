"""Process start to the first presented frame, through the real `main()`
(logging, translations, icon, the window, the environment book), against a
bare PySide6 window started and measured the same way; plus the time until
the phone field accepts input with the environment connected."""

from __future__ import annotations

from benchmarks.cli import run_benchmark
from benchmarks.common import Target, interleaved_medians, result, timed_snippet

PROBE = "import sys; from benchmarks.probe import main; raise SystemExit(main(sys.argv[1:]))"


def measure(mode: str) -> dict[str, float]:
    found = timed_snippet(PROBE, timeout=100, args=(mode,))
    if "frame" not in found:
        raise RuntimeError(f"the {mode} process never presented a frame")
    return found


def main(quick: bool) -> list[str]:
    rounds = 1 if quick else 15  # process start-up varies by 30 % run to run here
    if not quick:
        measure("bare")  # warm the file and bytecode caches for both
        measure("app")
    got = interleaved_medians(
        rounds, {"bare": lambda: measure("bare"), "app": lambda: measure("app")}
    )
    b, f, r = got["bare.frame"], got["app.frame"], got["app.ready"]
    print(
        f"first presented frame: bare PySide6 window {b * 1000:.0f} ms, otp-desktop "
        f"{f * 1000:.0f} ms (ratio {f / b:.2f}); phone field ready with the environment "
        f"connected: {r * 1000:.0f} ms (median of {rounds} fresh processes each)"
    )
    return [
        result("startup", f, "s", b, Target("ratio", 1.5), rounds),
        result("startup_ready", r, "s", b, None, rounds),
    ]


if __name__ == "__main__":
    run_benchmark(main)
