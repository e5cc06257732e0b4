"""The onboarding history in SQLite: who was onboarded, when, how it ended.
No OTP, JWT or secret is ever stored; numbers are stored masked."""
