"""The environments file (plain fields, versioned) and their secrets (keyring).

Writes are atomic (a temporary file, then a rename), so a crash mid-save
never leaves half a file. A file that cannot be read is moved aside, not
overwritten, and the reason is reported.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from otp_desktop.paths import config_dir
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.plain_fields import PlainFieldsError, from_plain, to_plain
from otp_desktop.profiles.secrets_vault import SecretVault

log = logging.getLogger(__name__)
CONFIG_VERSION = 2
FILE_NAME = "environments.json"


@dataclass
class Loaded:
    environments: list[Environment] = field(default_factory=list)
    active: str = ""
    problem: str = ""
    """Why the file could not be read as it was (it was moved aside)."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file up to CONFIG_VERSION.

    Version 1 (before secrets moved to the keyring) had `profiles` with
    `url`, one `timeout`, and could hold `client_secret` in clear: that value
    is carried to the keyring by `ProfileStore.load` and dropped from the file.
    """
    version = data.get("version", 1)
    if version == 1:
        envs = []
        profiles = data.get("profiles", [])
        for item in profiles if isinstance(profiles, list) else []:
            if not isinstance(item, dict):
                continue
            new = {k: v for k, v in item.items() if k not in ("url", "timeout")}
            new["base_url"] = item.get("url", "")
            if isinstance(item.get("timeout"), int | float):
                new["read_timeout"] = float(item["timeout"])
            envs.append(new)
        data = {"version": 2, "active": data.get("active", ""), "environments": envs}
    return data


class ProfileStore:
    def __init__(self, vault: SecretVault, path: Path | None = None) -> None:
        self.vault = vault
        self.path = path or config_dir() / FILE_NAME

    def load(self) -> Loaded:
        if not self.path.exists():
            return Loaded()
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise PlainFieldsError("the file is not a JSON object")
            version = raw.get("version", 1)
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise PlainFieldsError(f"version {version!r} is not a version number")
            if version > CONFIG_VERSION:
                raise PlainFieldsError(f"version {version} is newer than this app understands")
            old_secrets = version < CONFIG_VERSION
            data = migrate(raw)
            envs: list[Environment] = []
            items = data.get("environments", [])
            if not isinstance(items, list):
                raise PlainFieldsError("'environments' is not a list")
            for index, item in enumerate(items):
                env = from_plain(item, index)
                if old_secrets and isinstance(item.get("client_secret"), str):
                    self.vault.set(env.id, "client_secret", item["client_secret"])
                envs.append(self._with_secrets(env))
        except (OSError, ValueError) as exc:  # JSONDecodeError and PlainFieldsError are ValueErrors
            return Loaded(problem=self._move_aside(exc))
        loaded = Loaded(envs, str(data.get("active", "")))
        if old_secrets:
            self.save(envs, loaded.active)  # rewrite without the clear-text secrets
        return loaded

    def _with_secrets(self, env: Environment) -> Environment:
        creds = replace(
            env.credentials,
            client_secret=self.vault.get(env.id, "client_secret"),
            user_jwt=self.vault.get(env.id, "user_jwt"),
        )
        return replace(env, credentials=creds)

    def _move_aside(self, exc: Exception) -> str:
        aside = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
        with contextlib.suppress(OSError):
            self.path.replace(aside)
        log.warning("environments file unreadable (%s); moved to %s", exc, aside)
        return f"The environments file could not be read ({exc}). It was kept as {aside.name}."

    def save(self, environments: list[Environment], active: str = "") -> None:
        data = {
            "version": CONFIG_VERSION,
            "active": active,
            "environments": [to_plain(env) for env in environments],
        }
        for env in environments:
            self.vault.set(env.id, "client_secret", env.credentials.client_secret)
            self.vault.set(env.id, "user_jwt", env.credentials.user_jwt)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".environments-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def forget_secrets(self, env: Environment) -> None:
        for name in ("client_secret", "user_jwt"):
            self.vault.delete(env.id, name)
