"""Secrets (client secret, user JWT) in the OS keyring, or in memory only.

When the machine has no usable keyring backend (keyring's `fail` or `null`
backends, or a backend that errors), secrets are kept in memory for this run
and `persistent` is False so the window can say so. They are never written
anywhere in clear.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)
SERVICE = "otp-desktop"


def _usable(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


class SecretVault:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[tuple[str, str], str] = {}
        self.persistent = _usable(self._backend)
        self.problem = "" if self.persistent else "no keyring backend is available"

    @property
    def backend_name(self) -> str:
        backend = type(self._backend)
        return f"{backend.__module__}.{backend.__name__}"

    def _fall_back(self, exc: Exception) -> None:
        log.warning(
            "the keyring failed (%s); secrets stay in memory for this run", type(exc).__name__
        )
        self.persistent = False
        self.problem = f"the keyring failed ({type(exc).__name__})"

    def get(self, env_id: str, field: str) -> str:
        key = (env_id, field)
        if key in self._memory or not self.persistent:
            return self._memory.get(key, "")
        try:
            value = self._backend.get_password(SERVICE, f"{env_id}:{field}")
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)
            return ""
        if value:
            self._memory[key] = value
        return value or ""

    def set(self, env_id: str, field: str, value: str) -> None:
        self._memory[(env_id, field)] = value
        if not self.persistent:
            return
        try:
            if value:
                self._backend.set_password(SERVICE, f"{env_id}:{field}", value)
            else:
                self.delete(env_id, field)
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)

    def delete(self, env_id: str, field: str) -> None:
        self._memory.pop((env_id, field), None)
        if not self.persistent:
            return
        try:
            self._backend.delete_password(SERVICE, f"{env_id}:{field}")
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: nothing to delete
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)
