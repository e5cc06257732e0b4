"""The benchmarks run to the end, every time: each in its quick mode, several
times, through `python -m benchmarks` with its per-benchmark timeout. Not a
timing test: only that each finishes and prints its RESULT lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.__main__ import NAMES, run_all, run_one

ROOT = Path(__file__).resolve().parent.parent
# The ones that drive a qasync loop in-process hung in about half the runs when
# they spun the Qt loop by hand; three runs each would catch that most times.
RUNS = {"startup": 1, "memory": 1, "ui_stall": 2, "click_to_result": 3, "inspector": 2}


@pytest.mark.parametrize(
    "name", [pytest.param(name, id=f"{name}-{i}") for name in NAMES for i in range(RUNS[name])]
)
def test_benchmark_finishes_with_its_results(name: str) -> None:
    lines, error = run_one(name, quick=True)
    assert error is None, error
    results = [line for line in lines if line.startswith("RESULT ")]
    assert results, lines
    for line in results:
        fields = dict(part.split("=", 1) for part in line.split()[1:])
        assert fields["name"].startswith(name.split("_")[0])
        float(fields["value"]), float(fields["baseline"])  # both figures are numbers
        assert fields["met"] in {"yes", "no", "n/a"}


def test_a_hanging_benchmark_is_ended_and_named() -> None:
    hang = [sys.executable, "-c", "import time; print('started', flush=True); time.sleep(60)"]
    lines, error = run_one("hang", quick=True, timeout=2, command=hang)
    assert lines == ["started"]
    assert error is not None
    assert error.startswith("timed out after 2 s")


def test_a_failing_benchmark_is_named_and_the_others_still_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    failed = run_all(["no_such_benchmark", "inspector"], quick=True)
    out = capsys.readouterr().out
    assert failed == ["no_such_benchmark"]
    assert "FAILED benchmark=no_such_benchmark: exit status 1;" in out
    assert "No module named benchmarks.no_such_benchmark" in out
    assert "RESULT name=inspector " in out.split("FAILED")[1]  # ran after the failure


def test_an_unknown_name_is_refused() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "no_such_benchmark"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 2
    assert "unknown benchmark: no_such_benchmark" in out.stderr


def test_no_benchmark_spins_the_qt_loop_inside_a_coroutine() -> None:
    """processEvents() inside a coroutine re-enters the qasync loop; asyncio then
    loses a task and the run never ends. Coroutines await instead."""
    for source in (ROOT / "benchmarks").glob("*.py"):
        assert "processEvents" not in source.read_text(), source.name
