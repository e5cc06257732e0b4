"""The onboarding history in SQLite: who was onboarded, when, how it ended.
No OTP, JWT or secret is ever stored; numbers are stored masked."""

DEFAULT_RETENTION_DAYS = 90
"""Here, not in the store, so the settings read it without loading SQLite."""
