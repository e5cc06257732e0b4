"""Shared helpers: the RESULT line and medians."""

from __future__ import annotations

import statistics


def result(name: str, value: float, unit: str, baseline: float, target: str) -> str:
    ratio = value / baseline if baseline else float("inf")
    return (
        f"RESULT name={name} value={value:.4g} unit={unit} baseline={baseline:.4g} "
        f"ratio={ratio:.3g} target={target}"
    )


def median(values: list[float]) -> float:
    return statistics.median(values)
