"""Shared helpers: targets, the RESULT line, medians, fresh processes, RSS."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(frozen=True)
class Target:
    """What a figure must meet: `value`, `added` (value - baseline) or `ratio`
    (value / baseline) at most `limit`."""

    kind: str
    limit: float
    unit: str = ""

    def measure(self, value: float, baseline: float) -> float:
        if self.kind == "ratio":
            return value / baseline if baseline else float("inf")
        if self.kind == "added":
            return value - baseline
        return value

    def met(self, value: float, baseline: float) -> bool:
        return self.measure(value, baseline) <= self.limit

    def __str__(self) -> str:
        return f"{self.kind}<={self.limit:g}{self.unit}"


def result(
    name: str, value: float, unit: str, baseline: float, target: Target | None, runs: int
) -> str:
    """One RESULT line: the figure, its baseline from the same run, the target
    (None: a figure reported for information)."""
    ratio = value / baseline if baseline else float("inf")
    met = "n/a" if target is None else "yes" if target.met(value, baseline) else "no"
    return (
        f"RESULT name={name} value={value:.4g} unit={unit} baseline={baseline:.4g} "
        f"ratio={ratio:.3g} added={value - baseline:.4g} target={target or 'none'} met={met} runs={runs}"
    )


def median(values: list[float]) -> float:
    return statistics.median(values)


def interleaved_medians(
    rounds: int, runs: dict[str, Callable[[], dict[str, float]]]
) -> dict[str, float]:
    """Each run once per round, in turn, so a change of load hits all alike;
    the median of every figure, keyed `run.figure`."""
    seen: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, run in runs.items():
            for key, value in run().items():
                seen.setdefault(f"{name}.{key}", []).append(value)
    return {key: median(values) for key, values in seen.items()}


def bench_env() -> dict[str, str]:
    """Environment for a fresh benchmark process: offscreen, and a temporary
    home so the user's real config, data and logs are never touched."""
    home = tempfile.mkdtemp(prefix="otp-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ROOT}
    # An installed app runs from compiled bytecode (pip and PyInstaller write it);
    # a checkout with PYTHONDONTWRITEBYTECODE set would recompile every module on
    # every start instead. The warm-up run writes the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = os.path.join(home, var.lower())
    return env


def run_snippet(code: str, timeout: float = 120, args: tuple[str, ...] = ()) -> list[str]:
    """Run Python code in a fresh process; its output lines. Raises with the
    child's stderr on a failure or a timeout."""
    try:
        out = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            env=bench_env(),
            timeout=timeout,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"a fresh process did not finish in {timeout:.0f} s") from exc
    if out.returncode != 0:
        raise RuntimeError(f"a fresh process failed ({out.returncode}): {out.stderr[-1500:]}")
    return out.stdout.strip().splitlines()


def timed_snippet(code: str, timeout: float = 120, args: tuple[str, ...] = ()) -> dict[str, float]:
    """Run a snippet that prints `key wall-clock-time` lines; each key's time
    since just before the process was started, in seconds."""
    start = time.time()
    found: dict[str, float] = {}
    for line in run_snippet(code, timeout, args):
        key, _, value = line.partition(" ")
        try:
            found[key] = float(value) - start
        except ValueError:
            continue
    return found


def rss_kib(pid: int) -> int:
    """Resident memory of a process (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def tree_rss_mib(pid: int | None = None) -> float:
    """Resident memory of a process and every process it started, in MiB."""
    todo = [os.getpid() if pid is None else pid]
    total = 0
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        total += rss_kib(current)
        todo.extend(children(current))
    return total / 1024


def partner_headers(creds: Any) -> dict[str, str]:
    """The documented credential headers, for raw baseline requests."""
    return {
        "clientID": creds.client_id,
        "clientSecret": creds.client_secret,
        "user-jwt-token": creds.user_jwt,
    }
