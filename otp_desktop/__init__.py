"""otp-desktop: phone-OTP onboarding against the rewards API."""

__version__ = "0.1.0"
