"""The sandbox's rules. Every default here is documented in the README."""

from __future__ import annotations

import math
import re
from dataclasses import Field, asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class TestNumber:
    """A fictional number whose code is fixed, as Firebase Auth test numbers."""

    country_code: str
    phone_number: str
    otp: str

    __test__ = False  # not a pytest test class


DEFAULT_TEST_NUMBERS: tuple[TestNumber, ...] = (
    TestNumber("+91", "9999900001", "123456"),
    # A code with a leading zero, to exercise the verify body's number-vs-string rule.
    TestNumber("+91", "9999900002", "012345"),
    TestNumber("+61", "491570156", "654321"),
    TestNumber("+1", "2015550123", "111111"),
)


def ranged(default: float, lowest: float, highest: float, meaning: str) -> Any:
    """A numeric setting: its default, the range it may take and what it
    means (the CLI's flags and help are generated from these)."""
    return field(default=default, metadata={"range": (lowest, highest), "help": meaning})


DAY = 86400.0


@dataclass(slots=True)
class SandboxRules:
    otp_lifetime_s: float = ranged(300.0, 1, DAY, "seconds a code stays valid")
    resend_cooldown_s: float = ranged(30.0, 0, DAY, "seconds between any two sends to one number")
    max_attempts: int = ranged(5, 1, 1000, "wrong tries before a code is burnt")
    send_limit: int = ranged(5, 1, 10_000, "sends per number within the send window")
    send_window_s: float = ranged(600.0, 1, 30 * DAY, "the window of the send limit, in seconds")
    otp_digits: int = ranged(6, 4, 10, "digits of an OTP")
    auth_code_digits: int = ranged(4, 1, 10, "digits of an authCode")
    starting_earned_balance: float = ranged(250.0, 0, 1e12, "earned balance of a new wallet")
    starting_bonus_balance: float = ranged(100.0, 0, 1e12, "bonus balance of a new wallet")
    min_wallet_bal_to_withdraw: float = ranged(100.0, 0, 1e12, "minimum earned balance to withdraw")
    seeded_transactions: int = ranged(23, 0, 1000, "transactions a new wallet starts with")
    transactions_page_size: int = ranged(10, 1, 1000, "transactions per page")
    jwt_lifetime_s: float = ranged(
        24 * 3600.0, 1, 365 * DAY, "seconds a minted user JWT stays valid"
    )
    test_numbers: tuple[TestNumber, ...] = field(default=DEFAULT_TEST_NUMBERS)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["test_numbers"] = [asdict(t) for t in self.test_numbers]
        return data

    def updated(self, changes: dict[str, Any]) -> SandboxRules:
        """A copy with `changes` applied; ValueError names a bad field, and
        nothing is stored unless every change is valid."""
        known = {f.name: f for f in fields(self)}
        data = {f: getattr(self, f) for f in known}
        for key, value in changes.items():
            if key not in known:
                raise ValueError(f"unknown rule {key!r}")
            if key == "test_numbers":
                data[key] = test_numbers_from_json(value)
            else:
                data[key] = checked_rule(known[key], value)
        return SandboxRules(**data)


def ranged_fields(cls: Any) -> list[Field[Any]]:
    """The fields of a dataclass made with `ranged` (every one has a range and a meaning)."""
    return [f for f in fields(cls) if "range" in f.metadata]


def checked_rule(rule_field: Field[Any], value: Any) -> float | int:
    """`value` as the field's type; ValueError naming it when it is not allowed."""
    name, kind = rule_field.name, rule_field.type
    lowest, highest = rule_field.metadata["range"]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"rule {name!r} must be a finite number")
    if kind == "int" and value != int(value):
        raise ValueError(f"rule {name!r} must be a whole number")
    if not lowest <= value <= highest:
        raise ValueError(f"rule {name!r} must be between {lowest:g} and {highest:g}")
    return int(value) if kind == "int" else float(value)


def test_numbers_from_json(value: Any) -> tuple[TestNumber, ...]:
    if not isinstance(value, list) or len(value) > 1000:
        raise ValueError("test_numbers must be a list (at most 1000) of objects")
    return tuple(_test_number(item) for item in value)


def _test_number(item: Any) -> TestNumber:
    if not isinstance(item, dict):
        raise ValueError("each test number is an object")
    cc, number, otp = item.get("country_code"), item.get("phone_number"), item.get("otp")
    if not (isinstance(cc, str) and re.fullmatch(r"\+[1-9][0-9]{0,2}", cc)):
        raise ValueError("test number country_code must look like +91")
    if not (isinstance(number, str) and re.fullmatch(r"[0-9]{1,17}", number)):
        raise ValueError("test number phone_number must be 1 to 17 digits")
    if not (isinstance(otp, str) and re.fullmatch(r"[0-9]{1,10}", otp)):
        raise ValueError("test number otp must be 1 to 10 digits")
    return TestNumber(cc, number, otp)
