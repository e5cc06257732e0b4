"""The steps of an onboarding and the actions on them: the two names the
phone step's first frame needs, without the rest of the vocabulary
(steps.py re-exports them)."""

from __future__ import annotations

from enum import Enum, StrEnum


class Step(Enum):
    PHONE = "phone"
    CODE = "code"
    DONE = "done"


class Action(StrEnum):
    SEND = "send"
    RESEND = "resend"
    """Resend code, or Send a new code once the old one is dead."""
    VERIFY = "verify"
    CHANGE_NUMBER = "change_number"
    CANCEL = "cancel"
    NEXT_USER = "next_user"
