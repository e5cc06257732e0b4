"""Everything the sandbox remembers, in one object the handlers share."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from otp_desktop.sandbox.clock import Clock, SystemClock
from otp_desktop.sandbox.faults import FaultBoard
from otp_desktop.sandbox.journal import RequestJournal
from otp_desktop.sandbox.otp_store import OtpStore
from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.tokens import SandboxAuthority
from otp_desktop.sandbox.users import UserDirectory
from otp_desktop.sandbox.wallets import WalletBook

sms_log = logging.getLogger("otp_desktop.sandbox.sms")


@dataclass
class SandboxState:
    rules: SandboxRules = field(default_factory=SandboxRules)
    clock: Clock = field(default_factory=SystemClock)
    authority: SandboxAuthority = field(default_factory=SandboxAuthority)
    log_codes: bool = False
    """Print each code "sent" (standalone: the console is the SMS inbox)."""
    faults: FaultBoard = field(default_factory=FaultBoard)
    journal: RequestJournal = field(default_factory=RequestJournal)
    """Kept across reset: it is cleared on its own (DELETE /__sandbox/requests)."""
    otp: OtpStore = field(init=False)
    wallets: WalletBook = field(init=False)
    users: UserDirectory = field(default_factory=UserDirectory)

    def __post_init__(self) -> None:
        self.otp = OtpStore(self.rules, self.clock)
        self.wallets = WalletBook(self.rules, self.clock)

    def set_rules(self, rules: SandboxRules) -> None:
        self.rules = self.otp.rules = self.wallets.rules = rules

    def reset(self) -> None:
        """Forget codes, users, wallets and faults; keep rules and credentials."""
        self.faults.clear()
        self.otp = OtpStore(self.rules, self.clock)
        self.wallets = WalletBook(self.rules, self.clock)
        self.users = UserDirectory()

    def mint_jwt(self, user_id: str) -> str:
        return self.authority.mint(user_id, self.clock.now(), self.rules.jwt_lifetime_s)
