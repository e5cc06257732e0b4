"""Environments as plain JSON fields: what the config file and the export
file hold. Secrets are never part of it."""

from __future__ import annotations

from typing import Any

from otp_desktop.api.codes import CodeEncoding
from otp_desktop.api.credentials import CredentialProblem, Credentials, clean_header_value
from otp_desktop.api.timeouts import Timeouts
from otp_desktop.profiles.environment import Environment

_DEFAULT = Timeouts()
# Seconds: (field, default, most allowed).
DAY_S = 86_400.0
"""No code lives, and no resend waits, longer than a day."""
MAX_ATTEMPTS = 1_000
TIMEOUT_FIELDS = (
    ("connect_timeout", _DEFAULT.connect, 300.0),
    ("read_timeout", _DEFAULT.read, 600.0),
    ("write_timeout", _DEFAULT.write, 600.0),
    ("total_timeout", _DEFAULT.total, 3600.0),
)


class PlainFieldsError(ValueError):
    """An entry that cannot be read; the message names the entry and field."""


def to_plain(env: Environment, *, with_id: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": env.name,
        "base_url": env.base_url,
        "client_id": env.credentials.client_id,
        "production": env.production,
        "verify_tls": env.verify_tls,
        "allow_insecure_http": env.allow_insecure_http,
        "connect_timeout": env.timeouts.connect,
        "read_timeout": env.timeouts.read,
        "write_timeout": env.timeouts.write,
        "total_timeout": env.timeouts.total,
        "proxy": env.proxy,
        "code_encoding": env.code_encoding.value,
        "confirm_first_send": env.confirm_first_send,
        "ca_bundle": env.ca_bundle,
        "cooldown_s": env.cooldown_s,
        "code_lifetime_s": env.code_lifetime_s,
        "max_attempts": env.max_attempts,
    }
    if with_id:
        data["id"] = env.id
    return data


def _get(
    data: dict[str, Any], key: str, kind: type | tuple[type, ...], default: Any, where: str
) -> Any:
    value = data.get(key, default)
    if value is None and default is None:
        return None
    kinds = kind if isinstance(kind, tuple) else (kind,)
    # JSON true is a Python int too: a bool is accepted only where one is asked for.
    if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
        names = {str: "text", bool: "true or false", int: "a number", float: "a number"}
        raise PlainFieldsError(f"{where}: {key} must be {names[kinds[0]]}")
    return value


def _bounded(
    data: dict[str, Any],
    key: str,
    default: float | None,
    most: float,
    where: str,
    *,
    least: float = 1,
    kinds: type | tuple[type, ...] = (int, float),
) -> float | None:
    """A number between `least` and `most` (NaN, infinity and 10**30 are not)."""
    value = _get(data, key, kinds, default, where)
    if value is None:
        return None
    if not least <= value <= most:
        raise PlainFieldsError(f"{where}: {key} must be between {least:g} and {most:g}")
    return float(value)


def from_plain(data: Any, index: int = 0) -> Environment:
    """An Environment (without secrets) from one JSON entry."""
    where = f"environment {index + 1}"
    if not isinstance(data, dict):
        raise PlainFieldsError(f"{where} is not an object")
    name = _get(data, "name", str, "", where).strip()
    if not name:
        raise PlainFieldsError(f"{where} has no name")
    where = f"environment {name!r}"
    encoding = _get(data, "code_encoding", str, "auto", where)
    try:
        code_encoding = CodeEncoding(encoding)
    except ValueError:
        raise PlainFieldsError(f"{where}: code_encoding must be auto, number or string") from None
    seconds = {}
    for key, default, most in TIMEOUT_FIELDS:
        value = float(_get(data, key, (int, float), default, where))
        if not 0 < value <= most:
            raise PlainFieldsError(f"{where}: timeouts must be between 0 and {most:g} s ({key})")
        seconds[key.removesuffix("_timeout")] = value
    try:  # a header value: trimmed, and refused if no header can carry it
        client_id, _ = clean_header_value("client ID", _get(data, "client_id", str, "", where))
    except CredentialProblem as exc:
        raise PlainFieldsError(f"{where}: {exc}") from None
    lifetime = _bounded(data, "code_lifetime_s", None, DAY_S, where)
    attempts = _bounded(data, "max_attempts", None, MAX_ATTEMPTS, where, kinds=int)
    env = Environment(
        name=name,
        base_url=_get(data, "base_url", str, "", where).strip().rstrip("/"),
        credentials=Credentials(client_id=client_id),
        production=_get(data, "production", bool, False, where),
        verify_tls=_get(data, "verify_tls", bool, True, where),
        allow_insecure_http=_get(data, "allow_insecure_http", bool, False, where),
        timeouts=Timeouts(**seconds),
        code_encoding=code_encoding,
        confirm_first_send=_get(data, "confirm_first_send", bool, True, where),
        ca_bundle=_get(data, "ca_bundle", str, "", where),
        proxy=_get(data, "proxy", str, "", where).strip(),
        cooldown_s=_bounded(data, "cooldown_s", 30.0, DAY_S, where, least=0) or 0.0,
        code_lifetime_s=lifetime,
        max_attempts=int(attempts) if attempts is not None else None,
    )
    env_id = data.get("id")
    if isinstance(env_id, str) and env_id:
        env.id = env_id
    return env
