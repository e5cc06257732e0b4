"""The onboarding state machine (no Qt): steps, clocks, attempts, waits."""

from otp_desktop.flow.code_text import extract_code
from otp_desktop.flow.cooldown import Countdown
from otp_desktop.flow.onboarding import OnboardingFlow
from otp_desktop.flow.steps import (
    Action,
    Availability,
    CodeState,
    FlowError,
    OtpApi,
    Outcome,
    Step,
)

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
