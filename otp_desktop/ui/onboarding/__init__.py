"""The onboarding steps: country and phone, the code, the result."""
