"""Shared helpers: the RESULT line and medians."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from typing import Any


def result(name: str, value: float, unit: str, baseline: float, target: str) -> str:
    ratio = value / baseline if baseline else float("inf")
    return (
        f"RESULT name={name} value={value:.4g} unit={unit} baseline={baseline:.4g} "
        f"ratio={ratio:.3g} target={target}"
    )


def median(values: list[float]) -> float:
    return statistics.median(values)


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_snippet(code: str, timeout: float = 120) -> list[str]:
    """Run Python code in a fresh offscreen process; its output lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=True,
        cwd=ROOT,
    )
    return out.stdout.strip().splitlines()


def partner_headers(creds: Any) -> dict[str, str]:
    """The documented credential headers, for raw baseline requests."""
    return {
        "clientID": creds.client_id,
        "clientSecret": creds.client_secret,
        "user-jwt-token": creds.user_jwt,
    }
