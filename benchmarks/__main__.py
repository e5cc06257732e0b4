"""`make bench`: every benchmark in its own process, each with its own
timeout. A failure names the benchmark and its error; the others still run.
`python -m benchmarks --quick [NAME...]` runs a few rounds only."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys

from benchmarks.cli import TIMEOUT_VAR
from benchmarks.common import ROOT, bench_env

NAMES = ("startup", "ui_stall", "click_to_result", "memory", "inspector")
TIMEOUT_S = {
    "startup": 420,
    "ui_stall": 240,
    "click_to_result": 240,
    "memory": 300,
    "inspector": 540,
}
QUICK_TIMEOUT_S = 120
DEFAULT_TIMEOUT_S = 240


def run_one(
    name: str, quick: bool, timeout: float | None = None, command: list[str] | None = None
) -> tuple[list[str], str | None]:
    """The benchmark's output lines, and its error (None when it succeeded)."""
    if timeout is None:
        timeout = QUICK_TIMEOUT_S if quick else TIMEOUT_S.get(name, DEFAULT_TIMEOUT_S)
    # The child dumps its stacks and ends itself a little before we would kill it.
    env = {**bench_env(), TIMEOUT_VAR: str(max(1.0, timeout - 15))}
    if command is None:
        command = [sys.executable, "-m", f"benchmarks.{name}", *(["--quick"] if quick else [])]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
        start_new_session=True,  # its own process group: a timeout ends all it started
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        return _lines(out), f"timed out after {timeout:g} s; {_tail(err)}"
    lines = _lines(out)
    if process.returncode != 0:
        return lines, f"exit status {process.returncode}; {_tail(err)}"
    if not any(line.startswith("RESULT ") for line in lines):
        return lines, f"printed no RESULT line; {_tail(err)}"
    return lines, None


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _tail(text: str) -> str:
    text = text.strip()
    return text[-2000:] if text else "no error output"


def run_all(names: list[str], quick: bool) -> list[str]:
    """Run and print each benchmark in turn; the names of those that failed."""
    failed: list[str] = []
    results: list[str] = []
    for name in names:
        lines, error = run_one(name, quick)
        for line in lines:
            print(line, flush=True)
        results.extend(line for line in lines if line.startswith("RESULT "))
        if error is not None:
            failed.append(name)
            print(f"FAILED benchmark={name}: {error}", flush=True)
    missed = [line.split()[1].removeprefix("name=") for line in results if " met=no " in line]
    print(
        f"benchmarks: {len(results)} figures, {len(missed)} missed their target"
        + (f" ({', '.join(missed)})" if missed else "")
        + (f"; FAILED: {', '.join(failed)}" if failed else ""),
        flush=True,
    )
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help=f"some of: {', '.join(NAMES)} (default all)")
    parser.add_argument("--quick", action="store_true", help="few rounds: proves they run")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(NAMES)
    if unknown:
        parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
    return 1 if run_all(args.names or list(NAMES), args.quick) else 0


if __name__ == "__main__":
    raise SystemExit(main())
