"""Properties fed by hypothesis: JWT text, environment files (config and
import) and server answers. Each runs quickly in `make test` and with
thousands of examples under the `slow` marker (tests/test_fuzz.py)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from otp_desktop.profiles.jwt_info import JwtProblem, decode
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.sharing import ImportProblem, import_environments
from otp_desktop.profiles.store import ProfileStore

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
ENV_KEYS = [
    "name",
    "base_url",
    "client_id",
    "production",
    "verify_tls",
    "allow_insecure_http",
    "connect_timeout",
    "read_timeout",
    "code_encoding",
    "confirm_first_send",
    "ca_bundle",
    "cooldown_s",
    "code_lifetime_s",
    "max_attempts",
    "id",
    "client_secret",
    "url",
    "timeout",
]
ENV_ENTRY = st.dictionaries(st.sampled_from(ENV_KEYS), JSON, max_size=10)
CONFIG = st.fixed_dictionaries(
    {"version": st.sampled_from([1, 2, 3, "2", None])},
    optional={
        "environments": st.lists(ENV_ENTRY, max_size=4) | JSON,
        "profiles": st.lists(ENV_ENTRY, max_size=4),
        "active": JSON,
    },
)
JWT_TEXT = st.text(max_size=200) | st.builds(
    lambda a, b, c: f"{a}.{b}.{c}",
    st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", max_size=60),
    st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=", max_size=120),
    st.text(max_size=20),
)


def jwt_text_is_decoded_or_refused(text: str) -> None:
    try:
        info = decode(text)
    except JwtProblem as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        return
    assert isinstance(info.user_id, str)
    assert isinstance(info.describe_expiry(0), str)


def config_file_loads_or_is_kept_aside(data: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "environments.json"
        path.write_text(json.dumps(data))
        loaded = ProfileStore(SecretVault(), path).load()
        if loaded.problem:
            assert loaded.environments == []
            assert list(Path(folder).glob("environments.json.unreadable-*"))
        else:
            assert all(env.name for env in loaded.environments)


def import_file_imports_or_explains(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "team.json"
        path.write_bytes(raw)
        try:
            envs = import_environments(path)
        except ImportProblem as exc:
            problem = str(exc)
        else:
            problem = ""
        if problem:
            return
        assert all(env.name for env in envs)
        assert all(env.credentials.client_secret == "" for env in envs)


IMPORT_BYTES = st.binary(max_size=200) | st.builds(
    lambda envs: json.dumps({"format": "otp-desktop-environments", "environments": envs}).encode(),
    st.lists(ENV_ENTRY, max_size=3) | JSON,
)
