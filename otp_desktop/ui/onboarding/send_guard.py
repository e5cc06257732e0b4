"""The words for what flow/send_checks.py refuses or asks before the first send."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from otp_desktop.flow.send_checks import check_send
from otp_desktop.ui.core_text import translate_core

if TYPE_CHECKING:
    from otp_desktop.profiles.environment import Environment


def send_warnings(env: Environment) -> tuple[str, list[str]]:
    """(a reason to refuse, or ''; the warnings to confirm), in the user's language."""
    check = check_send(env)
    if check.refused:
        return QCoreApplication.translate(
            "SendGuard", "Nothing was sent: %1 Fix it in Environments (Ctrl+E)."
        ).replace("%1", translate_core(check.jwt_problem)), []
    warnings: list[str] = []
    if check.jwt_expiry:
        warnings.append(
            QCoreApplication.translate(
                "SendGuard", "The user JWT %1; the server will probably refuse it."
            ).replace("%1", translate_core(check.jwt_expiry))
        )
    if check.production:
        warnings.append(
            QCoreApplication.translate(
                "SendGuard", "%1 is a PRODUCTION environment: the user receives a real SMS."
            ).replace("%1", env.name)
        )
    return "", warnings
