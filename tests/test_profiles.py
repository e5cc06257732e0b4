"""Environments: the config file, secrets in the keyring, sharing, JWT checks."""

from __future__ import annotations

import errno
import json
import os
import time
from dataclasses import replace
from pathlib import Path

import jwt
import keyring
import keyring.backends.fail
import pytest
from keyrings.alt.file import PlaintextKeyring

from otp_desktop.api import Credentials
from otp_desktop.profiles import Environment, InvalidEnvironmentError
from otp_desktop.profiles.jwt_info import JwtProblem, decode
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.sharing import ImportProblem, export_environments, import_environments
from otp_desktop.profiles.store import ProfileStore, SaveProblem
from tests.file_faults import folder_replaced_by_a_file, immutable

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


DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
PATHOLOGICAL_FILES = {
    "not json": b"{not json",
    "a list": b"[1, 2]",
    "newer version": b'{"version": 99}',
    "no name": b'{"version": 2, "environments": [{"name": ""}]}',
    "wrong type": b'{"version": 2, "environments": [{"name": "x", "production": "yes"}]}',
    "nested 100,000 deep": DEEP_JSON,
    "deep inside an entry": b'{"version": 2, "environments": [' + DEEP_JSON + b"]}",
    "huge number": b'{"version": 2, "environments": [{"name": "x", "read_timeout": 1'
    + b"0" * 400
    + b"}]}",
    "environments not a list": b'{"version": 2, "environments": {"name": "x"}}',
    "binary": bytes(range(256)) * 8,
    "not UTF-8": b'{"version": 2, "active": "\xff"}',
}


@pytest.mark.parametrize("content", PATHOLOGICAL_FILES.values(), ids=PATHOLOGICAL_FILES.keys())
def test_unreadable_file_is_moved_aside_not_lost(tmp_path, content):
    path = tmp_path / "environments.json"
    path.write_bytes(content)
    loaded = ProfileStore(SecretVault(), path).load()
    assert loaded.environments == []
    assert "could not be read" in loaded.problem
    kept = list(tmp_path.glob("environments.json.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == content  # byte for byte
    assert str(kept[0]) in loaded.problem  # the full path, to find it
    assert not path.exists()
    # A fresh file is started and works.
    store = ProfileStore(SecretVault(), path)
    store.save([staging()], "Staging")
    assert [env.name for env in ProfileStore(SecretVault(), path).load().environments] == [
        "Staging"
    ]


def test_a_file_that_cannot_be_moved_aside_is_never_overwritten(tmp_path):
    path = tmp_path / "environments.json"
    path.write_bytes(DEEP_JSON)
    store = ProfileStore(SecretVault(), path)
    with immutable(tmp_path):
        loaded = store.load()
    assert "could not be moved aside" in loaded.problem
    with pytest.raises(SaveProblem, match="Nothing is saved"):
        store.save([staging()])
    assert path.read_bytes() == DEEP_JSON


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
        (b"{oops", "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "otp-desktop-environments", "environments": [], "x": NaN}', "not finite"),
        (b'{"format": "otp-desktop-environments", "environments": [], "x": 1e999}', "not finite"),
        (b'{"format": "otp-desktop-environments", "x": ' + b"9" * 400 + b"}", "too large"),
        (b"\xef\xbb\xbf" + b'{"format": "x"}', "not an OTP Desktop"),
        (b" " * (1024 * 1024 + 1), "larger than 1 MiB"),
        (
            b'{"format": "otp-desktop-environments", "environments": [{"name": "a", "cooldown_s": 1e300}]}',
            "cooldown_s must be between 0 and 86400",
        ),
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


def test_each_user_jwt_is_decoded_once_whoever_reads_it(monkeypatch):
    from otp_desktop.flow.send_checks import check_send
    from otp_desktop.profiles import jwt_info

    calls = []
    real = jwt_info._claims

    def counting(token):
        calls.append(token)
        return real(token)

    monkeypatch.setattr(jwt_info, "_claims", counting)
    token = jwt.encode(
        {"user_id": f"u-{time.time_ns()}", "exp": int(time.time()) - 60}, "k" * 32, "HS256"
    )
    env = staging()
    env.credentials = Credentials("partner-7", SECRET, token)
    first = decode(token)
    assert check_send(env).jwt_expiry.startswith("expired")  # the send check reads it too
    assert decode(" " + token + "\n") is first  # the same answer, pasted with spaces
    with pytest.raises(JwtProblem):
        decode("x.y.z")
    with pytest.raises(JwtProblem):
        decode("x.y.z")
    assert calls == [token, "x.y.z"]


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


# --- an old (version 1) file's clear secret is never dropped -----------------


def v1_file(path: Path) -> bytes:
    raw = json.dumps(
        {
            "version": 1,
            "active": "Old",
            "profiles": [
                {
                    "name": "Old",
                    "url": "https://old.example/",
                    "client_id": "c1",
                    "client_secret": SECRET,
                }
            ],
        }
    ).encode()
    path.write_bytes(raw)
    return raw


def plaintext_keyring(folder: Path) -> PlaintextKeyring:
    """A real file-backed keyring backend, its file in `folder`."""
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")
    return backend


def files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def start(path: Path) -> tuple[Environment, str]:
    """One app start: a new vault on whatever keyring is set."""
    loaded = ProfileStore(SecretVault(), path).load()
    (env,) = loaded.environments
    return env, loaded.problem


def test_old_file_secret_survives_starts_without_a_keyring_until_one_works(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    path = config / "environments.json"
    original = v1_file(path)
    copy = config / "environments.v1-backup.json"

    keyring.set_keyring(keyring.backends.fail.Keyring())
    env, problem = start(path)
    assert env.credentials.client_secret == SECRET
    assert copy.read_bytes() == original  # byte for byte
    assert str(copy) in problem
    assert SECRET not in path.read_text()  # the current file never holds it
    assert json.loads(path.read_text())["version"] == 2

    env, problem = start(path)  # the second start still has it
    assert env.credentials.client_secret == SECRET
    assert str(copy) in problem
    # A save (switching environment) keeps the old file too.
    ProfileStore(SecretVault(), path).save([env], "Old")
    assert copy.read_bytes() == original
    env, _problem = start(path)
    assert env.credentials.client_secret == SECRET

    backend = plaintext_keyring(tmp_path)
    keyring.set_keyring(backend)
    env, problem = start(path)  # a keyring works now: stored, and the copy goes
    assert env.credentials.client_secret == SECRET
    assert problem == ""
    assert not copy.exists()
    assert backend.get_password("otp-desktop", f"{env.id}:client_secret") == SECRET
    env, problem = start(path)
    assert (env.credentials.client_secret, problem) == (SECRET, "")
    assert files_holding(config, SECRET) == []


def test_old_file_secret_goes_straight_to_a_working_keyring(tmp_path):
    path = tmp_path / "environments.json"
    v1_file(path)
    backend = plaintext_keyring(tmp_path)
    keyring.set_keyring(backend)
    env, problem = start(path)
    assert (env.credentials.client_secret, problem) == (SECRET, "")
    assert backend.get_password("otp-desktop", f"{env.id}:client_secret") == SECRET
    assert files_holding(tmp_path, SECRET) == []  # the backend's file encodes it
    assert not (tmp_path / "environments.v1-backup.json").exists()


def test_old_file_is_kept_in_place_when_no_copy_can_be_made(tmp_path):
    path = tmp_path / "environments.json"
    original = v1_file(path)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = ProfileStore(SecretVault(), path)
    with immutable(tmp_path):
        loaded = store.load()
    assert str(path) in loaded.problem
    with pytest.raises(SaveProblem):
        store.save(loaded.environments, "Old")
    assert path.read_bytes() == original


# --- a failing write: a message, nothing half-written ------------------------


def test_save_to_a_folder_that_is_now_a_file_is_a_clear_problem(tmp_path):
    folder = tmp_path / "config"
    store = ProfileStore(SecretVault(), folder / "environments.json")
    store.save([staging()], "Staging")
    before = store.path.read_bytes()
    with folder_replaced_by_a_file(folder), pytest.raises(SaveProblem) as info:
        store.save([staging(), replace(staging(), name="QA", id="qa")], "QA")
    assert "could not be saved" in str(info.value)
    assert str(store.path) in str(info.value)
    assert store.path.read_bytes() == before


def test_save_to_an_immutable_folder_leaves_no_temporary_file(tmp_path):
    store = ProfileStore(SecretVault(), tmp_path / "environments.json")
    store.save([staging()], "Staging")
    before = sorted(tmp_path.iterdir())
    with immutable(tmp_path), pytest.raises(SaveProblem, match="operation not permitted"):
        store.save([], "")
    assert sorted(tmp_path.iterdir()) == before


def test_disk_full_during_the_rename_is_a_clear_problem(tmp_path, monkeypatch):
    store = ProfileStore(SecretVault(), tmp_path / "environments.json")
    store.save([staging()], "Staging")
    before = store.path.read_bytes()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(SaveProblem, match="no space left on device"):
        store.save([], "")
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["environments.json"]  # no temp left


# --- two windows on one file --------------------------------------------------


def test_two_windows_each_adding_an_environment_keep_both(tmp_path, memory_keyring):
    path = tmp_path / "environments.json"
    ProfileStore(SecretVault(), path).save([staging()], "Staging")
    first, second = ProfileStore(SecretVault(), path), ProfileStore(SecretVault(), path)
    mine, theirs = first.load(), second.load()
    qa = Environment(
        name="QA", base_url="https://qa.example", credentials=Credentials("q", "qs", "")
    )
    perf = Environment(name="Perf", base_url="https://perf.example")
    first.save([*mine.environments, qa], "QA")
    written = second.save([*theirs.environments, perf], "Perf")
    assert [env.name for env in written] == ["Staging", "Perf", "QA"]
    again = ProfileStore(SecretVault(), path).load()
    assert [env.name for env in again.environments] == ["Staging", "Perf", "QA"]
    assert again.environments[2].credentials.client_secret == "qs"  # from the keyring
    assert again.active == "Perf"
    # A deletion in one window is not undone by the other window's next save.
    first.save([env for env in first.load().environments if env.name != "Perf"], "QA")
    assert [env.name for env in ProfileStore(SecretVault(), path).load().environments] == [
        "Staging",
        "QA",
    ]


def test_same_name_added_in_two_windows_keeps_both_under_distinct_names(tmp_path):
    path = tmp_path / "environments.json"
    first, second = ProfileStore(SecretVault(), path), ProfileStore(SecretVault(), path)
    first.load(), second.load()
    first.save([Environment(name="QA", base_url="https://one.example")])
    written = second.save([Environment(name="QA", base_url="https://two.example")])
    assert [(env.name, env.base_url) for env in written] == [
        ("QA", "https://two.example"),
        ("QA (2)", "https://one.example"),
    ]
