"""What must be refused or confirmed before the first send of an onboarding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from otp_desktop.ui.core_text import translate_core

if TYPE_CHECKING:
    from otp_desktop.profiles.environment import Environment


def send_warnings(env: Environment) -> tuple[str, list[str]]:
    """(a reason to refuse, or ''; the warnings to confirm)."""
    from otp_desktop.profiles.jwt_info import JwtProblem, decode

    warnings: list[str] = []
    if not env.builtin_sandbox:
        try:
            info = decode(env.credentials.user_jwt)
        except JwtProblem as exc:
            return QCoreApplication.translate(
                "SendGuard", "Nothing was sent: %1 Fix it in Environments (Ctrl+E)."
            ).replace("%1", translate_core(str(exc))), []
        if info.expired():
            warnings.append(
                QCoreApplication.translate(
                    "SendGuard", "The user JWT %1; the server will probably refuse it."
                ).replace("%1", translate_core(info.describe_expiry()))
            )
    if env.needs_send_confirmation:
        warnings.append(
            QCoreApplication.translate(
                "SendGuard", "%1 is a PRODUCTION environment: the user receives a real SMS."
            ).replace("%1", env.name)
        )
    return "", warnings
