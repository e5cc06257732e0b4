"""What the sandbox panel offers: fault kinds, endpoints, editable rules."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

FAULT_KINDS = (  # (kind, what the panel calls it)
    ("status", QT_TRANSLATE_NOOP("Terms", "HTTP status")),
    ("latency", QT_TRANSLATE_NOOP("Terms", "Slow answer")),
    ("malformed_json", QT_TRANSLATE_NOOP("Terms", "Malformed JSON")),
    ("html", QT_TRANSLATE_NOOP("Terms", "HTML page instead of JSON")),
    ("empty", QT_TRANSLATE_NOOP("Terms", "Empty body")),
    ("drop", QT_TRANSLATE_NOOP("Terms", "Connection dropped")),
    ("drop_mid_body", QT_TRANSLATE_NOOP("Terms", "Dropped in the middle of the body")),
    ("hang", QT_TRANSLATE_NOOP("Terms", "No answer at all")),
    ("wrong_shape", QT_TRANSLATE_NOOP("Terms", "JSON of the wrong shape")),
    ("oversize", QT_TRANSLATE_NOOP("Terms", "Oversized body")),
    ("non_utf8", QT_TRANSLATE_NOOP("Terms", "Body not in UTF-8")),
    ("trickle", QT_TRANSLATE_NOOP("Terms", "Body trickled byte by byte")),
)
# The API's endpoint names stay as they are on the wire; "*" is every endpoint.
ENDPOINTS = ("*", "register", "resend", "verify", "balance", "transactions", "withdraw")
ANY_ENDPOINT = QT_TRANSLATE_NOOP("Terms", "any endpoint")
RULES = (  # (key, label, maximum, decimals)
    ("resend_cooldown_s", QT_TRANSLATE_NOOP("Terms", "Resend cooldown (s)"), 3600, 0),
    ("otp_lifetime_s", QT_TRANSLATE_NOOP("Terms", "Code lifetime (s)"), 86400, 0),
    ("max_attempts", QT_TRANSLATE_NOOP("Terms", "Wrong tries allowed"), 100, 0),
    ("send_limit", QT_TRANSLATE_NOOP("Terms", "Sends per window"), 1000, 0),
    ("send_window_s", QT_TRANSLATE_NOOP("Terms", "Send window (s)"), 86400, 0),
    ("min_wallet_bal_to_withdraw", QT_TRANSLATE_NOOP("Terms", "Minimum to withdraw"), 1e9, 2),
)


def epoch_of(text: str) -> float:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0
