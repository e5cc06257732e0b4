"""What the sandbox panel offers: fault kinds, endpoints, editable rules."""

from __future__ import annotations

from datetime import datetime

FAULT_KINDS = (
    "status",
    "latency",
    "malformed_json",
    "html",
    "empty",
    "drop",
    "drop_mid_body",
    "hang",
    "wrong_shape",
    "oversize",
    "non_utf8",
    "trickle",
)
ENDPOINTS = ("*", "register", "resend", "verify", "balance", "transactions", "withdraw")
RULES = (  # (key, label, maximum, decimals)
    ("resend_cooldown_s", "Resend cooldown (s)", 3600, 0),
    ("otp_lifetime_s", "Code lifetime (s)", 86400, 0),
    ("max_attempts", "Wrong tries allowed", 100, 0),
    ("send_limit", "Sends per window", 1000, 0),
    ("send_window_s", "Send window (s)", 86400, 0),
    ("min_wallet_bal_to_withdraw", "Minimum to withdraw", 1e9, 2),
)


def epoch_of(text: str) -> float:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0
