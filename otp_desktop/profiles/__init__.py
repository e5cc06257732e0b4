"""Environments (profiles): where requests go and with which credentials."""

from otp_desktop.profiles.environment import Environment, EnvironmentError, adhoc_from_env

__all__ = ["Environment", "EnvironmentError", "adhoc_from_env"]
