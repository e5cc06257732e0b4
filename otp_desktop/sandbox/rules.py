"""The sandbox's rules. Every default here is documented in the README."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
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


@dataclass(slots=True)
class SandboxRules:
    otp_lifetime_s: float = 300.0
    resend_cooldown_s: float = 30.0
    max_attempts: int = 5
    send_limit: int = 5
    send_window_s: float = 600.0
    otp_digits: int = 6
    auth_code_digits: int = 4
    starting_earned_balance: float = 250.0
    starting_bonus_balance: float = 100.0
    min_wallet_bal_to_withdraw: float = 100.0
    seeded_transactions: int = 23
    transactions_page_size: int = 10
    jwt_lifetime_s: float = 24 * 3600.0
    test_numbers: tuple[TestNumber, ...] = field(default=DEFAULT_TEST_NUMBERS)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["test_numbers"] = [asdict(t) for t in self.test_numbers]
        return data

    def updated(self, changes: dict[str, Any]) -> SandboxRules:
        """A copy with `changes` applied; ValueError names a bad field."""
        known = {f.name: f for f in fields(self)}
        data = {f: getattr(self, f) for f in known}
        for key, value in changes.items():
            if key not in known:
                raise ValueError(f"unknown rule {key!r}")
            if key == "test_numbers":
                data[key] = tuple(_test_number(item) for item in value)
                continue
            current = data[key]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"rule {key!r} must be a number")
            if value < 0 or (isinstance(current, int) and value != int(value)):
                raise ValueError(f"rule {key!r} must be a non-negative {type(current).__name__}")
            data[key] = type(current)(value)
        if not 4 <= data["otp_digits"] <= 10 or not 1 <= data["auth_code_digits"] <= 10:
            raise ValueError("otp_digits must be 4-10 and auth_code_digits 1-10")
        if data["transactions_page_size"] < 1:
            raise ValueError("transactions_page_size must be at least 1")
        return SandboxRules(**data)


def _test_number(item: Any) -> TestNumber:
    if not isinstance(item, dict):
        raise ValueError("each test number is an object")
    cc, number, otp = item.get("country_code"), item.get("phone_number"), item.get("otp")
    if not (isinstance(cc, str) and cc.startswith("+") and cc[1:].isdigit()):
        raise ValueError("test number country_code must look like +91")
    if not (isinstance(number, str) and number.isdigit()):
        raise ValueError("test number phone_number must be digits")
    if not (isinstance(otp, str) and otp.isdigit()):
        raise ValueError("test number otp must be digits")
    return TestNumber(cc, number, otp)
