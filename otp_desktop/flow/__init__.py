"""The onboarding state machine (no Qt): steps, clocks, attempts."""

from otp_desktop.flow.code_text import extract_code
from otp_desktop.flow.cooldown import Countdown
from otp_desktop.flow.onboarding import (
    Action,
    FlowError,
    OnboardingFlow,
    OtpApi,
    Outcome,
    PhoneTarget,
    Step,
)

__all__ = [
    "Action",
    "Countdown",
    "FlowError",
    "OnboardingFlow",
    "OtpApi",
    "Outcome",
    "PhoneTarget",
    "Step",
    "extract_code",
]
