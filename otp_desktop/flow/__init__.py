"""The onboarding state machine (no Qt): steps, clocks, attempts, waits.

The vocabulary (steps.py) loads with the package; the state machine and its
helpers on first use (PEP 562), so the first frame's widgets can name a step
without loading the flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otp_desktop.flow.steps import (
    Action,
    Availability,
    CodeState,
    FlowError,
    OtpApi,
    Outcome,
    Step,
)
from otp_desktop.lazy_names import lazy_names

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


__getattr__ = lazy_names(__name__, _LATER)


if TYPE_CHECKING:  # `X as X`: an explicit re-export for mypy
    from otp_desktop.flow.code_text import extract_code as extract_code
    from otp_desktop.flow.cooldown import Countdown as Countdown
    from otp_desktop.flow.onboarding import OnboardingFlow as OnboardingFlow
