"""otp-desktop: phone-OTP onboarding against the rewards API."""

import sys

__version__ = "0.1.0"

# `import httpx` also imports its command-line tool whenever click, rich and
# pygments happen to be installed (~9 MiB and ~0.15 s); the app never runs it.
# A None entry makes that import fail, which httpx expects and handles.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
