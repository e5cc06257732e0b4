"""Environments: the config file, secrets in the keyring, sharing, JWT checks."""

from __future__ import annotations

import json
import time

import jwt
import keyring
import keyring.backends.fail
import pytest

from otp_desktop.api import Credentials
from otp_desktop.profiles import Environment, InvalidEnvironmentError
from otp_desktop.profiles.jwt_info import JwtProblem, decode
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.sharing import ImportProblem, export_environments, import_environments
from otp_desktop.profiles.store import ProfileStore

SECRET = "cs_live_9f8e7d6c5b4a"
JWT = jwt.encode(
    {"user_id": "u-42", "exp": int(time.time()) + 3 * 3600 + 60}, "k" * 32, algorithm="HS256"
)


def staging() -> Environment:
    return Environment(
        name="Staging",
        base_url="https://staging.rewards.example",
        credentials=Credentials("partner-7", SECRET, JWT),
        production=False,
    )


def test_save_and_load_round_trip_with_secrets_in_the_keyring(tmp_path, memory_keyring):
    store = ProfileStore(SecretVault(), tmp_path / "environments.json")
    env = staging()
    store.save([env], active="Staging")
    text = (tmp_path / "environments.json").read_text()
    assert SECRET not in text
    assert JWT not in text
    assert "partner-7" in text
    assert SECRET in memory_keyring.store.values()
    assert JWT in memory_keyring.store.values()

    loaded = ProfileStore(SecretVault(), tmp_path / "environments.json").load()
    assert loaded.problem == ""
    assert loaded.active == "Staging"
    (back,) = loaded.environments
    assert back.id == env.id
    assert back.credentials == env.credentials
    assert back.base_url == env.base_url


def test_migrates_version_1_and_moves_a_clear_secret_to_the_keyring(tmp_path, memory_keyring):
    path = tmp_path / "environments.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "profiles": [
                    {
                        "name": "Old",
                        "url": "https://old.example/",
                        "client_id": "c1",
                        "client_secret": SECRET,
                        "timeout": 12,
                        "production": True,
                    }
                ],
            }
        )
    )
    loaded = ProfileStore(SecretVault(), path).load()
    (env,) = loaded.environments
    assert env.base_url == "https://old.example"
    assert env.timeouts.read == 12
    assert env.production
    assert env.credentials.client_secret == SECRET
    rewritten = path.read_text()
    assert json.loads(rewritten)["version"] == 2
    assert SECRET not in rewritten


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        '{"version": 99}',
        '{"version": 2, "environments": [{"name": ""}]}',
        '{"version": 2, "environments": [{"name": "x", "production": "yes"}]}',
    ],
)
def test_unreadable_file_is_moved_aside_not_lost(tmp_path, content):
    path = tmp_path / "environments.json"
    path.write_text(content)
    loaded = ProfileStore(SecretVault(), path).load()
    assert loaded.environments == []
    assert "could not be read" in loaded.problem
    kept = list(tmp_path.glob("environments.json.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == content


def test_no_keyring_backend_keeps_secrets_in_memory_only(tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault = SecretVault()
    assert not vault.persistent
    store = ProfileStore(vault, tmp_path / "environments.json")
    store.save([staging()])
    assert vault.get(staging().id, "client_secret") == ""  # another id
    (env,) = store.load().environments
    assert env.credentials.client_secret == SECRET  # this run still has it
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()
            assert JWT.encode() not in path.read_bytes()
    # A new run (new vault) has no secrets: they were never written.
    (fresh,) = ProfileStore(SecretVault(), tmp_path / "environments.json").load().environments
    assert fresh.credentials.client_secret == ""


def test_export_has_no_secret_and_imports_back(tmp_path):
    path = tmp_path / "team.json"
    export_environments([staging()], path)
    raw = path.read_bytes()
    assert SECRET.encode() not in raw
    assert JWT.encode() not in raw
    (back,) = import_environments(path)
    assert back.name == "Staging"
    assert back.credentials == Credentials("partner-7", "", "")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xff\xfe", "not text"),
        (b"{oops", "not valid JSON"),
        (b'{"format": "something-else"}', "not an OTP Desktop"),
        (
            b'{"format": "otp-desktop-environments", "environments": [{"name": "a", "read_timeout": -1}]}',
            "timeouts",
        ),
    ],
)
def test_bad_import_files_get_clear_messages(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportProblem, match=words):
        import_environments(path)


def test_jwt_expiry_and_malformed_tokens():
    now = time.time()
    fresh = jwt.encode(
        {
            "user_id": "u1",
            "wallet_address": "0xabc",
            "exp": int(now) + 3 * 3600 + 30,
            "third_party_client_name": "Acme",
        },
        "k" * 32,
        algorithm="HS256",
    )
    info = decode(fresh)
    assert (info.user_id, info.wallet_address, info.client_name) == ("u1", "0xabc", "Acme")
    assert info.describe_expiry(now) == "expires in 3 h"
    old = jwt.encode({"sub": "u2", "exp": int(now) - 2 * 86400 - 30}, "k" * 32, algorithm="HS256")
    assert decode(old).expired(now)
    assert decode(old).describe_expiry(now) == "expired 2 days ago"
    for bad, words in (
        ("", "No user JWT"),
        ("abc", "three parts"),
        ("a.b.c", "could not be decoded"),
    ):
        with pytest.raises(JwtProblem, match=words):
            decode(bad)


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://rewards.example.com", False),
        ("http://10.1.2.3:8080", False),
        ("http://127.0.0.1:8765", True),
        ("http://localhost:8765", True),
        ("http://[::1]:8765", True),
        ("https://rewards.example.com", True),
        ("ftp://rewards.example.com", False),
    ],
)
def test_plain_http_only_to_loopback(url, allowed):
    env = Environment(name="x", base_url=url)
    if allowed:
        env.check()
    else:
        with pytest.raises(InvalidEnvironmentError):
            env.check()


def test_insecure_http_allowed_when_the_environment_says_so():
    Environment(name="lab", base_url="http://lab.internal", allow_insecure_http=True).check()
