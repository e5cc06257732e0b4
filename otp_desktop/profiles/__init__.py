"""Environments (profiles): where requests go and with which credentials."""

from otp_desktop.profiles.environment import Environment, InvalidEnvironmentError, adhoc_from_env

__all__ = ["Environment", "InvalidEnvironmentError", "adhoc_from_env"]
