"""The built-in rewards API server (standard library asyncio, no Qt).

It is an independent reading of the API documentation: it shares no code
with `otp_desktop.api`, so a misreading on either side shows up in tests.
"""

from otp_desktop.sandbox.clock import Clock, ManualClock, SystemClock
from otp_desktop.sandbox.embedded import EmbeddedSandbox
from otp_desktop.sandbox.rules import SandboxRules, TestNumber
from otp_desktop.sandbox.server import SandboxServer

__all__ = [
    "Clock",
    "EmbeddedSandbox",
    "ManualClock",
    "SandboxRules",
    "SandboxServer",
    "SystemClock",
    "TestNumber",
]
