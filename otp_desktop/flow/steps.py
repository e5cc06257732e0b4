"""The onboarding's vocabulary: steps, actions, the code's state, and what
the flow tells the UI about each action."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from otp_desktop.flow.step_names import Action as Action  # re-exported: the vocabulary
from otp_desktop.flow.step_names import Step as Step
from otp_desktop.flow.verdicts import Verdict

if TYPE_CHECKING:
    from otp_desktop.phone import PhoneNumber

CODE_LENGTH = 6


class CodeState(StrEnum):
    NONE = "none"
    LIVE = "live"
    BURNT = "burnt"
    EXPIRED = "expired"
    GONE = "gone"
    """The server says it holds no code for the number."""


class Outcome(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    ABANDONED = "abandoned"


@dataclass(frozen=True, slots=True)
class Availability:
    """Whether an action may run now, and if not, why (plain words)."""

    enabled: bool
    reason: str = ""
    wait_s: float = 0.0
    """When > 0, the action comes back by itself after this many seconds."""


ENABLED = Availability(True)


class SentCode(Protocol):
    @property
    def auth_code(self) -> str: ...
    @property
    def is_new_user(self) -> bool: ...


class Verified(Protocol):
    @property
    def message(self) -> str: ...


class OtpApi(Protocol):
    """The part of the API client the flow needs (tests may hand a fake)."""

    async def register(self, phone: PhoneNumber) -> SentCode: ...
    async def resend(self, phone: PhoneNumber) -> SentCode: ...
    async def verify(self, phone: PhoneNumber, auth_code: str, otp: str) -> Verified: ...


@dataclass(frozen=True, slots=True)
class FlowError:
    action: Action
    message: str
    """Plain words for the user."""
    detail: str
    """Status and server body, behind "Details"."""
    status: int | None = None
    verdict: Verdict = Verdict.OTHER
