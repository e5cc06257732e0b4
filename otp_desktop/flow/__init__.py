"""The onboarding state machine (no Qt): steps, clocks, attempts, waits.

The vocabulary (steps.py) loads with the package; the state machine and its
helpers on first use (PEP 562), so the first frame's widgets can name a step
without loading the flow.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from otp_desktop.flow.steps import (
    Action,
    Availability,
    CodeState,
    FlowError,
    OtpApi,
    Outcome,
    Step,
)

_LATER = {
    "Countdown": "cooldown",
    "OnboardingFlow": "onboarding",
    "extract_code": "code_text",
}

__all__ = [
    "Action",
    "Availability",
    "CodeState",
    "Countdown",
    "FlowError",
    "OnboardingFlow",
    "OtpApi",
    "Outcome",
    "Step",
    "extract_code",
]


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # `X as X`: an explicit re-export for mypy
    from otp_desktop.flow.code_text import extract_code as extract_code
    from otp_desktop.flow.cooldown import Countdown as Countdown
    from otp_desktop.flow.onboarding import OnboardingFlow as OnboardingFlow
