"""Emulated users, as an auth emulator shows them: each JWT user with the
numbers it registered or verified and its wallet; balances can be set (to
test the withdraw minimum) and a user or a number forgotten."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from otp_desktop.sandbox.identity import Phone
from otp_desktop.sandbox.otp_store import OtpStore
from otp_desktop.sandbox.wallets import Wallet, WalletBook

MAX_BALANCE = 1e12
BALANCES = ("earned_balance", "bonus_balance")


@dataclass(slots=True)
class KnownNumber:
    e164: str
    country_code: str
    phone_number: str
    """As the first request spelt it."""
    user_id: str
    """The JWT user that last registered, resent to or verified it."""


@dataclass
class UserDirectory:
    numbers: dict[str, KnownNumber] = field(default_factory=dict)
    """By E.164 form."""

    def note(self, phone: Phone, user_id: str) -> None:
        known = self.numbers.get(phone.e164)
        if known is None:
            self.numbers[phone.e164] = KnownNumber(
                phone.e164, phone.country_code, phone.phone_number, user_id
            )
        else:
            known.user_id = user_id

    def users(self, wallets: WalletBook) -> list[str]:
        """Every user with a number or a wallet, in the order first seen."""
        seen = dict.fromkeys(n.user_id for n in self.numbers.values())
        seen.update(dict.fromkeys(wallets.wallets))
        return list(seen)

    def numbers_of(self, user_id: str) -> list[KnownNumber]:
        return [n for n in self.numbers.values() if n.user_id == user_id]


def checked_balances(data: dict[str, Any]) -> dict[str, float]:
    """The balances to set; ValueError naming a bad one."""
    found = {}
    for name in BALANCES:
        if name not in data:
            continue
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{name} must be a number")
        if not (math.isfinite(value) and 0 <= value <= MAX_BALANCE):
            raise ValueError(f"{name} must be between 0 and {MAX_BALANCE:g}")
        found[name] = float(value)
    return found


def set_balances(wallets: WalletBook, user_id: str, balances: dict[str, float], now: float) -> None:
    """Open the user's wallet if needed, then set the balances given."""
    wallet = wallets.wallet(user_id)
    wallet.earned = balances.get("earned_balance", wallet.earned)
    wallet.bonus = balances.get("bonus_balance", wallet.bonus)
    wallet.modified_at = now


def forget_user(directory: UserDirectory, otp: OtpStore, wallets: WalletBook, user: str) -> bool:
    """Forget the user's wallet and numbers; False when it was not known."""
    known = directory.numbers_of(user)
    for number in known:
        forget_number(directory, otp, number.e164)
    return wallets.wallets.pop(user, None) is not None or bool(known)


def forget_number(directory: UserDirectory, otp: OtpStore, e164: str) -> bool:
    """The number is new again: no codes, cooldown or verification."""
    otp.forget(e164)
    return directory.numbers.pop(e164, None) is not None


def _wallet_json(wallet: Wallet | None) -> dict[str, Any] | None:
    if wallet is None:
        return None
    return {
        "wallet_address": wallet.address,
        "earned_balance": wallet.earned,
        "bonus_balance": wallet.bonus,
        "on_chain_balance": wallet.on_chain,
        "transactions": len(wallet.transactions),
    }


def users_json(
    directory: UserDirectory, otp: OtpStore, wallets: WalletBook, now: float
) -> list[dict[str, Any]]:
    listed = []
    for user in directory.users(wallets):
        numbers = []
        for n in directory.numbers_of(user):
            last = otp.latest.get(n.e164)
            numbers.append(
                {
                    "e164": n.e164,
                    "countryCode": n.country_code,
                    "phone_number": n.phone_number,
                    "verified": n.e164 in otp.verified,
                    "code": last.status(now) if last is not None else None,
                }
            )
        listed.append(
            {"user_id": user, "numbers": numbers, "wallet": _wallet_json(wallets.wallets.get(user))}
        )
    return listed
