"""The environments file (plain fields, versioned) and their secrets (keyring).

Writes are atomic (a temporary file, then a rename), so a crash mid-save
never leaves half a file. Before each save the file is read again and what
another window added meanwhile is kept. A file that cannot be read is moved
aside byte for byte, never overwritten, and the reason is reported. An old
(version 1) file's clear-text client secrets are never dropped: until the
keyring holds every one, a copy of the old file is kept and named.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from otp_desktop.api.safe_json import loads
from otp_desktop.paths import config_dir, move_aside
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.plain_fields import PlainFieldsError, from_plain, to_plain
from otp_desktop.profiles.secrets_vault import SecretVault

log = logging.getLogger(__name__)
CONFIG_VERSION = 2
FILE_NAME = "environments.json"
MAX_FILE_BYTES = 5_000_000
MAX_FILE_DEPTH = 16
"""The file nests four levels (file, list, environment, headers)."""
# Whatever a damaged or hostile file can make the parser raise.
UNREADABLE = (OSError, ValueError, TypeError, ArithmeticError, RecursionError)


class SaveProblem(Exception):
    """The environments could not be written; the message says why, in plain words."""


@dataclass
class Loaded:
    environments: list[Environment] = field(default_factory=list)
    active: str = ""
    problem: str = ""
    """What the user must know about the file (moved aside, old secrets kept)."""


@dataclass
class Parsed:
    environments: list[Environment]
    active: str
    version: int
    clear_secrets: dict[str, str]
    """Version 1 only: client secrets in clear, by environment name."""


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


def parse(raw: bytes) -> Parsed:
    """The file's environments (without secrets from the keyring); raises
    one of UNREADABLE when the file cannot be used as it is."""
    if len(raw) > MAX_FILE_BYTES:
        raise PlainFieldsError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    data = loads(raw, max_depth=MAX_FILE_DEPTH)
    if not isinstance(data, dict):
        raise PlainFieldsError("the file is not a JSON object")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlainFieldsError(f"version {version!r} is not a version number")
    if version > CONFIG_VERSION:
        raise PlainFieldsError(f"version {version} is newer than this app understands")
    data = migrate(data)
    items = data.get("environments", [])
    if not isinstance(items, list):
        raise PlainFieldsError("'environments' is not a list")
    envs = [from_plain(item, index) for index, item in enumerate(items)]
    clear: dict[str, str] = {}
    if version < CONFIG_VERSION:
        for env, item in zip(envs, items, strict=True):
            if isinstance(item.get("client_secret"), str) and item["client_secret"]:
                clear[env.name] = item["client_secret"]
    return Parsed(envs, str(data.get("active", "")), version, clear)


class ProfileStore:
    def __init__(self, vault: SecretVault, path: Path | None = None) -> None:
        self.vault = vault
        self.path = path or config_dir() / FILE_NAME
        self._base: set[str] = set()
        """Ids of the environments as last read or written: an id on disk but
        not here was added by another window."""
        self._blocked = ""
        """Why saving would destroy something the user still needs."""

    @property
    def old_file_copy(self) -> Path:
        """Where a version 1 file is kept until its secrets are in the keyring."""
        return self.path.with_name("environments.v1-backup.json")

    def load(self) -> Loaded:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Loaded()
        except OSError as exc:
            return Loaded(problem=self._move_aside(exc))
        try:
            parsed = parse(raw)
        except UNREADABLE as exc:
            return Loaded(problem=self._move_aside(exc))
        envs = parsed.environments
        self._base = {env.id for env in envs}
        if parsed.version < CONFIG_VERSION:
            problem = self._adopt_old_file(envs, parsed, raw)
        else:
            problem = self._retry_old_file_copy(envs)
        return Loaded([self._with_secrets(env) for env in envs], parsed.active, problem)

    def _with_secrets(self, env: Environment) -> Environment:
        creds = replace(
            env.credentials,
            client_secret=self.vault.get(env.id, "client_secret"),
            user_jwt=self.vault.get(env.id, "user_jwt"),
        )
        return replace(env, credentials=creds)

    def _store_clear_secrets(self, envs: list[Environment], clear: dict[str, str]) -> bool:
        """Hand the old file's secrets to the vault (where none is there yet);
        whether the keyring now really holds them all."""
        for env in envs:
            secret = clear.get(env.name, "")
            if secret and not self.vault.get(env.id, "client_secret"):
                self.vault.set(env.id, "client_secret", secret)
        return self.vault.persistent

    def _adopt_old_file(self, envs: list[Environment], parsed: Parsed, raw: bytes) -> str:
        problem = ""
        if not self._store_clear_secrets(envs, parsed.clear_secrets):
            try:
                _write_private(self.old_file_copy, raw)
            except OSError as exc:  # keep the old file itself, untouched
                log.warning("old environments file not copied: %s", exc)
                self._blocked = _old_secrets_kept(self.path)
                return self._blocked
            problem = _old_secrets_kept(self.old_file_copy)
        with_secrets = [self._with_secrets(env) for env in envs]
        try:
            self._write(with_secrets, parsed.active)  # rewrite without the clear-text secrets
        except SaveProblem as exc:
            problem = f"{problem} {exc}".strip()
        return problem

    def _retry_old_file_copy(self, envs: list[Environment]) -> str:
        """A kept version 1 copy: its secrets again, and gone once all are stored."""
        copy = self.old_file_copy
        try:
            clear = parse(copy.read_bytes()).clear_secrets
        except FileNotFoundError:
            return ""
        except UNREADABLE as exc:
            log.warning("kept old environments file unreadable: %s", exc)
            return ""
        if not self._store_clear_secrets(envs, clear):
            return _old_secrets_kept(copy)
        with contextlib.suppress(OSError):
            copy.unlink()
        return ""

    def _move_aside(self, exc: BaseException) -> str:
        reason = f"The environments file could not be read ({_short(exc)})."
        try:
            aside = move_aside(self.path, "unreadable")
        except OSError as move_exc:
            log.warning("environments file unreadable (%s) and not moved: %s", exc, move_exc)
            self._blocked = (
                f"{reason} It could not be moved aside ({_short(move_exc)}). "
                f"Nothing is saved to {self.path} in this run."
            )
            return self._blocked
        log.warning("environments file unreadable (%s); moved to %s", exc, aside)
        return f"{reason} It was moved to {aside} and the app starts without saved environments."

    def save(self, environments: list[Environment], active: str = "") -> list[Environment]:
        """Write `environments` and keep what another window added to the file
        since this one last read it; returns the list as written. Raises
        SaveProblem when the file cannot be written."""
        if self._blocked:
            raise SaveProblem(self._blocked)
        for env in environments:
            self.vault.set(env.id, "client_secret", env.credentials.client_secret)
            self.vault.set(env.id, "user_jwt", env.credentials.user_jwt)
        merged = environments + self._added_elsewhere(environments)
        self._write(merged, active)
        return merged

    def _added_elsewhere(self, mine: list[Environment]) -> list[Environment]:
        try:
            raw = self.path.read_bytes()
        except OSError:  # nothing there, or the write fails too and says why
            return []
        try:
            on_disk = parse(raw).environments
        except UNREADABLE as exc:  # damaged since it was read: keep it, then write ours
            self._move_aside(exc)
            return []
        known = self._base | {env.id for env in mine}
        taken = {env.name for env in mine}
        added = []
        for env in on_disk:
            if env.id in known:
                continue
            name, n = env.name, 2
            while name in taken:
                name, n = f"{env.name} ({n})", n + 1
            taken.add(name)
            added.append(self._with_secrets(replace(env, name=name)))
        return added

    def _write(self, environments: list[Environment], active: str) -> None:
        data = {
            "version": CONFIG_VERSION,
            "active": active,
            "environments": [to_plain(env) for env in environments],
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                dir=self.path.parent, prefix=".environments-", suffix=".json"
            )
        except OSError as exc:
            raise SaveProblem(self._not_saved(exc)) from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2)
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise SaveProblem(self._not_saved(exc)) from None
        self._base = {env.id for env in environments}

    def _not_saved(self, exc: OSError) -> str:
        log.warning("environments not saved: %s", exc)
        return (
            f"The environments could not be saved ({_short(exc)}). "
            f"The change applies to this run only; it was not written to {self.path}."
        )

    def forget_secrets(self, env: Environment) -> None:
        for name in ("client_secret", "user_jwt"):
            self.vault.delete(env.id, name)


def _short(exc: BaseException) -> str:
    """The system's reason, without the file name it may repeat."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)[:200] or type(exc).__name__


def _old_secrets_kept(where: Path) -> str:
    return (
        "The old environments file holds client secrets that no keyring on this computer "
        f"could store. They are used in this run, and the old file is kept at {where} until "
        "they can be stored."
    )


def _write_private(path: Path, raw: bytes) -> None:
    """Write `raw` readable by this user only (it holds clear-text secrets)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(raw)
