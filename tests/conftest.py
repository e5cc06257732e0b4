"""Fixtures shared by every test.

The Qt side follows docs/architecture.md ("Tests and the event loop"): one session-wide qasync loop built
with already_running=True and never stopped (stopping it calls
QApplication.exit() and every later qtbot.wait* would return at once).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import keyring
import pytest
from keyring.backend import KeyringBackend

from otp_desktop.api import Credentials
from otp_desktop.sandbox import EmbeddedSandbox, ManualClock, SandboxRules
from tests.qt_fixtures import advance, loop, qt_loop, ui_clock, window  # noqa: F401 - fixtures
from tests.sandbox_helpers import credentials
from tests.wire import wire  # noqa: F401 - fixture

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T = TypeVar("T")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Config, data and logs of each test in its own temporary home."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))


@pytest.fixture(autouse=True)
def secrets_of_this_test_only() -> Iterator[None]:
    """Values registered for masking are forgotten after each test, as they
    are when the app ends: a whole run's hundreds of sandbox client secrets
    would make every later one recompile a large regex on the UI thread
    (~200 ms late in a run), which the loop-stall tests then see."""
    from otp_desktop.api import masking

    with masking._lock:
        before = set(masking._known)
    yield
    with masking._lock:
        masking._known.intersection_update(before)
        masking._known.update(before)
        masking._numbers.intersection_update(before)
        masking._pattern = None


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def rules() -> SandboxRules:
    return SandboxRules()


@pytest.fixture
def sandbox(rules: SandboxRules, clock: ManualClock) -> Iterator[EmbeddedSandbox]:
    with EmbeddedSandbox(rules, clock) as running:
        yield running


@pytest.fixture
def creds(sandbox: EmbeddedSandbox) -> Credentials:
    return credentials(sandbox.base_url)


@pytest.fixture
def run() -> Callable[[Coroutine[Any, Any, T]], T]:
    """Run a coroutine to completion on a fresh loop (core tests, no Qt)."""

    def runner(coro: Coroutine[Any, Any, T]) -> T:
        # In a thread of its own: the Qt tests' loop is "running" on the main
        # thread for the whole session, and asyncio.run refuses to nest.
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, coro).result()

    return runner
