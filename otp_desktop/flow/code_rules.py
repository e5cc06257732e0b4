"""The server's rules for a code, read again when a code is sent.

An environment states a cooldown, a lifetime and a number of tries, but a
server whose rules can change while the app runs (the sandbox, through its
developer endpoints) is asked again after each send: the code just sent
lives by the rules in force when it was made, not by those read at connect.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CodeRules:
    cooldown_s: float
    """Seconds between two sends to one number."""
    code_lifetime_s: float | None
    """How long a code lives (None: not known)."""
    max_attempts: int | None
    """Wrong tries before a code is burnt (None: not known)."""


RulesSource = Callable[[], Awaitable["CodeRules | None"]]
"""Reads the server's current rules; None when it cannot say (nothing changes)."""
