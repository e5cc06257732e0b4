"""Secrets (client secret, user JWT) in the OS keyring, or in memory only.

When the machine has no usable keyring backend (keyring's `fail` or `null`
backends, or a backend that errors), secrets are kept in memory for this run
and `persistent` is False so the window can say so. They are never written
anywhere in clear.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring loads on first use (see SecretVault)
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
    """The keyring backend is looked up on first use, not when the vault is
    made: keyring's search loads every installed backend (D-Bus, Secret
    Service, cryptography), which the built-in sandbox never needs."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._chosen = backend
        self._memory: dict[tuple[str, str], str] = {}
        self._persistent: bool | None = None
        self._problem = ""

    @property
    def _backend(self) -> KeyringBackend:
        if self._chosen is None:
            import keyring

            self._chosen = keyring.get_keyring()
        return self._chosen

    @property
    def persistent(self) -> bool:
        if self._persistent is None:
            self._persistent = _usable(self._backend)
            if not self._persistent:
                self._problem = "no keyring backend is available"
        return self._persistent

    @property
    def problem(self) -> str:
        return "" if self.persistent else self._problem

    @property
    def backend_name(self) -> str:
        backend = type(self._backend)
        return f"{backend.__module__}.{backend.__name__}"

    def _fall_back(self, exc: Exception) -> None:
        log.warning(
            "the keyring failed (%s); secrets stay in memory for this run", type(exc).__name__
        )
        self._persistent = False
        self._problem = f"the keyring failed ({type(exc).__name__})"

    def get(self, env_id: str, field: str) -> str:
        key = (env_id, field)
        if key in self._memory or not self.persistent:
            return self._memory.get(key, "")
        from keyring.errors import KeyringError

        try:
            value = self._backend.get_password(SERVICE, f"{env_id}:{field}")
        except KeyringError as exc:
            self._fall_back(exc)
            return ""
        if value:
            self._memory[key] = value
        return value or ""

    def set(self, env_id: str, field: str, value: str) -> None:
        self._memory[(env_id, field)] = value
        if not self.persistent:
            return
        from keyring.errors import KeyringError

        try:
            if value:
                self._backend.set_password(SERVICE, f"{env_id}:{field}", value)
            else:
                self.delete(env_id, field)
        except KeyringError as exc:
            self._fall_back(exc)

    def delete(self, env_id: str, field: str) -> None:
        self._memory.pop((env_id, field), None)
        if not self.persistent:
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._backend.delete_password(SERVICE, f"{env_id}:{field}")
        except PasswordDeleteError:
            pass  # nothing stored: nothing to delete
        except KeyringError as exc:
            self._fall_back(exc)
