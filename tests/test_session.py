"""The Qt-free session over the real loopback sandbox: start, switch, a
switch that fails, close. No widget and no Qt loop: `run` drives each
scenario on a fresh asyncio loop, and one test runs the whole session in a
new interpreter to prove that no Qt module is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from otp_desktop.api import Timeouts
from otp_desktop.connection import open_environment, open_running_sandbox
from otp_desktop.flow import Step
from otp_desktop.history.store import open_history
from otp_desktop.phone import PhoneNumber
from otp_desktop.profiles.book import EnvironmentBook
from otp_desktop.profiles.environment import Credentials, Environment
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.store import ProfileStore
from otp_desktop.session import Event, Session
from tests.sandbox_helpers import credentials, dev_get

TARGET = PhoneNumber("9876543219", "+91", "+91 98765 43219", "IN")


def received(sandbox: Any) -> int:
    """API requests the sandbox received (its journal)."""
    entries = dev_get(sandbox.base_url, "requests")["requests"]
    return len([e for e in entries if e["path"].startswith("/api/")])


def book_with(*envs: Environment, active: str = "Sandbox") -> EnvironmentBook:
    store = ProfileStore(SecretVault())
    store.save(list(envs), active)
    return EnvironmentBook.load(store)


def staging(sandbox: Any, name: str = "Staging") -> Environment:
    return Environment(
        name=name, base_url=sandbox.base_url, credentials=credentials(sandbox.base_url)
    )


REMOTE_PLAIN_HTTP = Environment(
    name="Remote", base_url="http://rewards.example.com", credentials=Credentials("c", "s", "")
)


class Heard:
    """Every event of a session, in order, as (name, value)."""

    def __init__(self, session: Session) -> None:
        self.events: list[tuple[str, Any]] = []
        for name in ("book_loaded", "connecting", "connected", "connect_failed", "disconnected"):
            event: Event[Any] = getattr(session, name)
            event.subscribe(lambda value, name=name: self.events.append((name, value)))

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


def make_session(sandbox: Any, book: EnvironmentBook | None = None) -> Session:
    async def connect(env: Environment, hook: Any) -> Any:
        if env.builtin_sandbox:
            return await open_running_sandbox(sandbox.base_url, hook, Timeouts(connect=2.0))
        return open_environment(env, hook)

    return Session(lambda: book or EnvironmentBook.load(None), connect)


def test_start_connects_the_active_environment_and_records_what_is_sent(run, sandbox):
    session = make_session(sandbox)
    heard = Heard(session)
    exchanges: list[Any] = []
    session.exchanged.subscribe(exchanges.append)

    async def scenario() -> None:
        await session.start(history_retention_days=30)
        assert await session.onboarding.send_code(TARGET)
        await session.close()

    run(scenario())
    assert heard.names() == ["book_loaded", "connecting", "connected"]
    assert heard.events[2][1].environment.name == "Sandbox"
    # One register reached the server; the traffic log and the listeners saw it.
    assert received(sandbox) == 1
    assert [ex.path for ex in session.traffic] == ["/api/proxy/auth/otp/register"]
    assert exchanges == list(session.traffic)
    assert session.connection is None
    # The code step was under way when the app closed: recorded as abandoned.
    store, _notice = open_history(30)
    assert store is not None
    rows = store.search()
    store.close()
    assert [(row.outcome, row.reason) for row in rows] == [("abandoned", "app closed")]


def test_closing_the_app_after_a_wrong_code_records_the_onboarding_as_abandoned(run, sandbox):
    session = make_session(sandbox)

    async def scenario() -> None:
        await session.start(history_retention_days=30)
        assert await session.onboarding.send_code(TARGET)
        assert not await session.onboarding.verify("000000")  # a wrong code: an error shows
        assert session.onboarding.error is not None
        await session.close()

    run(scenario())
    store, _notice = open_history(30)
    assert store is not None
    rows = store.search()
    store.close()
    # Leaving is not a failure of the onboarding: the shift summary counts it abandoned.
    assert [(row.outcome, row.reason) for row in rows] == [("abandoned", "app closed")]


def test_switching_moves_to_the_other_environment_and_remembers_it(run, sandbox):
    session = make_session(sandbox, book_with(staging(sandbox)))
    heard = Heard(session)

    async def scenario() -> tuple[bool, Exception | None]:
        await session.start(history_retention_days=30)
        old = session.connection
        assert old is not None
        assert await session.onboarding.send_code(TARGET)
        switched = await session.switch("Staging")
        try:  # the old client is closed: nothing more goes out through it
            await old.client.register(TARGET)
        except Exception as exc:
            return switched, exc
        finally:
            await session.close()
        return switched, None

    switched, old_client_error = run(scenario())
    assert switched
    assert "closed" in str(old_client_error)
    assert received(sandbox) == 1
    assert heard.names()[-3:] == ["disconnected", "connecting", "connected"]
    assert heard.events[-1][1].environment.name == "Staging"
    assert session.onboarding.step is Step.PHONE  # the switch ended the onboarding
    assert EnvironmentBook.load(ProfileStore(SecretVault())).active == "Staging"
    store, _notice = open_history(30)
    assert store is not None
    assert [row.reason for row in store.search()] == ["environment switched"]
    store.close()


def test_a_failing_switch_keeps_the_old_connection_and_says_why(run, sandbox):
    session = make_session(sandbox, book_with(REMOTE_PLAIN_HTTP))
    heard = Heard(session)

    async def scenario() -> tuple[bool, bool, str]:
        await session.start(history_retention_days=30)
        before = session.connection
        switched = await session.switch("Remote")
        kept = session.connection is before
        # Still usable: the next code goes out on the environment kept.
        assert await session.onboarding.send_code(TARGET)
        name = session.environment_name()
        await session.close()
        return switched, kept, name

    switched, kept, name = run(scenario())
    assert not switched
    assert kept
    assert name == "Sandbox"
    assert received(sandbox) == 1
    problem = heard.events[-1][1]
    assert heard.events[-1][0] == "connect_failed"
    assert problem.environment.name == "Remote"
    assert problem.kept is not None
    assert problem.kept.name == "Sandbox"
    assert "Plain http://" in problem.message
    # Neither the book nor the file moved to the environment that failed.
    assert session.book is not None
    assert session.book.active == "Sandbox"
    assert EnvironmentBook.load(ProfileStore(SecretVault())).active == "Sandbox"


def test_a_failing_start_says_why_and_a_later_switch_connects(run, sandbox):
    session = make_session(sandbox, book_with(REMOTE_PLAIN_HTTP, active="Remote"))
    heard = Heard(session)

    async def scenario() -> bool:
        await session.start(history_retention_days=30)
        assert session.connection is None
        # Nothing can go out, and the flow says so in plain words.
        assert not await session.onboarding.send_code(TARGET)
        switched = await session.switch("Sandbox")
        await session.close()
        return switched

    assert run(scenario())
    failed = [value for name, value in heard.events if name == "connect_failed"]
    assert len(failed) == 1
    assert failed[0].kept is None
    assert received(sandbox) == 0
    assert heard.names()[-1] == "connected"


def test_close_closes_the_connection_once(run, sandbox):
    session = make_session(sandbox)

    async def scenario() -> Exception | None:
        await session.start(history_retention_days=30)
        connection = session.connection
        assert connection is not None
        await session.close()
        await session.close()  # twice is harmless
        try:
            await connection.client.register(TARGET)
        except Exception as exc:
            return exc
        return None

    assert "closed" in str(run(scenario()))
    assert session.connection is None
    assert received(sandbox) == 0


def test_an_unsubscribed_listener_hears_nothing_more():
    event: Event[int] = Event()
    heard: list[tuple[str, int]] = []
    unsubscribe = event.subscribe(lambda v: heard.append(("a", v)))

    def once(value: int) -> None:
        heard.append(("b", value))
        event.unsubscribe(once)  # from inside its own call

    event.subscribe(once)
    event.emit(1)
    unsubscribe()
    unsubscribe()  # twice is harmless
    event.emit(2)
    assert heard == [("a", 1), ("b", 1)]


def test_the_whole_session_runs_in_an_interpreter_without_qt(tmp_path: Path):
    """Start (the embedded sandbox by the session's own connector), send a
    code, close: no PySide6, qasync or shiboken6 module is ever loaded."""
    code = textwrap.dedent(
        """
        import asyncio, sys
        from otp_desktop.phone import PhoneNumber
        from otp_desktop.profiles.book import EnvironmentBook
        from otp_desktop.session import Session

        async def main():
            session = Session(lambda: EnvironmentBook.load(None))
            await session.start(history_retention_days=30)
            sent = await session.onboarding.send_code(
                PhoneNumber("9876543219", "+91", "+91 98765 43219", "IN"))
            await session.close()
            return sent, session.environment_name(), len(session.traffic)

        result = asyncio.run(main())
        qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync', 'shiboken6'))
        print(result, qt)
        """
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=100, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(True, 'Sandbox', 1) []"
