"""Resident memory of the app and every process it starts, through the real
`main()`: at idle after start, and after an onboarding with the inspector
open; against a bare PySide6 window measured the same way at idle. Each
figure is the median over fresh processes."""

from __future__ import annotations

from benchmarks.cli import run_benchmark
from benchmarks.common import Target, interleaved_medians, result, run_snippet
from benchmarks.startup import PROBE


def measure(mode: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in run_snippet(PROBE, timeout=100, args=(mode,)):
        key, _, value = line.partition(" ")
        if key.endswith("_rss"):
            found[key] = float(value)
    if "idle_rss" not in found:
        raise RuntimeError(f"the {mode} process reported no memory figure")
    return found


def main(quick: bool) -> list[str]:
    rounds = 1 if quick else 3
    got = interleaved_medians(
        rounds, {"bare": lambda: measure("bare-memory"), "app": lambda: measure("app-memory")}
    )
    b, i, o = got["bare.idle_rss"], got["app.idle_rss"], got["app.onboarded_rss"]
    print(
        f"RSS (app and its processes): bare PySide6 window {b:.0f} MiB; otp-desktop idle after "
        f"start {i:.0f} MiB (+{i - b:.0f}), after an onboarding with the inspector open "
        f"{o:.0f} MiB (+{o - b:.0f}); median of {rounds} fresh processes each"
    )
    target = Target("added", 50, "MiB")
    return [
        result("memory_idle", i, "MiB", b, target, rounds),
        result("memory_onboarded", o, "MiB", b, target, rounds),
    ]


if __name__ == "__main__":
    run_benchmark(main)
