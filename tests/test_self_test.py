"""--self-test's keyring check passes only when secrets can really be kept."""

from __future__ import annotations

import keyring.errors
from keyring.backends import fail

from otp_desktop import self_test
from tests.conftest import MemoryKeyring


class ForgetfulKeyring(MemoryKeyring):
    """Accepts every entry and gives none back."""

    def get_password(self, *_key: str) -> str | None:
        return None


class RefusingKeyring(MemoryKeyring):
    def set_password(self, *_entry: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_a_working_keyring_passes_and_keeps_no_probe(memory_keyring):
    passed, detail = self_test.keyring_backend()
    assert passed, detail
    assert "persistent" in detail
    assert memory_keyring.store == {}


def test_a_keyring_that_loses_entries_fails():
    backend = ForgetfulKeyring()
    passed, detail = self_test.keyring_backend(backend)
    assert not passed
    assert "did not give back" in detail
    assert backend.store == {}


def test_a_keyring_that_refuses_entries_fails():
    passed, detail = self_test.keyring_backend(RefusingKeyring())
    assert not passed
    assert "refused" in detail


def test_no_keyring_service_passes_with_secrets_in_memory():
    passed, detail = self_test.keyring_backend(fail.Keyring())
    assert passed, detail
    assert "NOT persistent" in detail


def test_a_build_without_keyring_backends_fails(monkeypatch):
    monkeypatch.setattr(self_test, "entry_points", lambda **_group: [])
    passed, detail = self_test.keyring_backend(fail.Keyring())
    assert not passed
    assert "none of keyring's backends" in detail


def test_the_failure_fails_the_whole_self_test(monkeypatch):
    monkeypatch.setattr(
        self_test, "CHECKS", (("keyring", lambda: self_test.keyring_backend(ForgetfulKeyring())),)
    )
    lines: list[str] = []
    assert not self_test.run_checks(lines.append)
    assert lines[0].startswith("FAIL keyring:")
