"""The onboarding state machine (no Qt): steps, clocks, attempts, waits.

The step and action names (step_names.py) load with the package; the rest
of the vocabulary, the state machine and its helpers on first use (PEP 562),
so the first frame's widgets can name a step without loading the flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otp_desktop.flow.step_names import Action, Step
from otp_desktop.lazy_names import lazy_names

_LATER = {
    "Availability": "steps",
    "CodeState": "steps",
    "Countdown": "cooldown",
    "FlowError": "steps",
    "OnboardingFlow": "onboarding",
    "OtpApi": "steps",
    "Outcome": "steps",
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
    from otp_desktop.flow.steps import Availability as Availability
    from otp_desktop.flow.steps import CodeState as CodeState
    from otp_desktop.flow.steps import FlowError as FlowError
    from otp_desktop.flow.steps import OtpApi as OtpApi
    from otp_desktop.flow.steps import Outcome as Outcome
