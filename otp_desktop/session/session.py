"""The app without its window: the environment book, the active
connection and its switching, the onboarding and wallet flows, the history
recorder and the traffic log. The UI subscribes to the events below,
renders the state and forwards clicks; tests drive it with no Qt at all.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from otp_desktop.flow import OnboardingFlow, Step
from otp_desktop.flow.cooldown import Clock
from otp_desktop.history.recorder import APP_CLOSED, HistoryRecorder
from otp_desktop.logging_setup import register_secret
from otp_desktop.session.connecting import (
    Connector,
    ConnectProblem,
    DefaultConnector,
    NotConnected,
    try_connect,
)
from otp_desktop.session.events import Event
from otp_desktop.traffic.log import DEFAULT_CAPACITY, ExchangeLog

if TYPE_CHECKING:
    from otp_desktop.api import Exchange
    from otp_desktop.connection import Connection
    from otp_desktop.flow.wallet import WalletSession
    from otp_desktop.history.store import HistoryStore
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.profiles.environment import Environment

BookLoader = Callable[[], "EnvironmentBook"]
TrafficSink = Callable[["Exchange", str], None]


class Session:
    def __init__(
        self,
        book_loader: BookLoader,
        connector: Connector | None = None,
        clock: Clock = time.monotonic,
        traffic_capacity: int = DEFAULT_CAPACITY,
    ) -> None:
        self.book: EnvironmentBook | None = None
        self.connection: Connection | None = None
        self.onboarding = OnboardingFlow(NotConnected(), clock=clock)  # type: ignore[arg-type]
        self.wallet: WalletSession | None = None
        self.recorder = HistoryRecorder(None)
        # Subscribed first: the row is written before anyone re-reads the history.
        self.onboarding.subscribe(lambda: self.recorder.flow_changed(self.onboarding))
        self.history_notice = ""
        """What was wrong with the history file, if anything (a core sentence)."""
        self.traffic = ExchangeLog(traffic_capacity)
        self._traffic_sink: TrafficSink = lambda exchange, _env: self.traffic.append(exchange)
        self._book_loader = book_loader
        self._default = DefaultConnector()
        self._connector: Connector = connector or self._default
        self._closed = False

        self.book_loaded: Event[EnvironmentBook] = Event()
        self.connecting: Event[Environment] = Event()
        self.connected: Event[Connection] = Event()
        self.connect_failed: Event[ConnectProblem] = Event()
        self.disconnected: Event[None] = Event()
        """A switch began: until `connected`, nothing can be sent."""
        self.exchanged: Event[Exchange] = Event()
        self.file_problem: Event[str] = Event()
        """A core sentence: the environments file could not be written."""

    # --- state ------------------------------------------------------------------

    @property
    def history(self) -> HistoryStore | None:
        return self.recorder.store

    def environment(self) -> Environment | None:
        return self.connection.environment if self.connection is not None else None

    def environment_name(self) -> str:
        if self.connection is not None:
            return self.connection.environment.name
        return self.book.active if self.book is not None else ""

    def onboarding_in_progress(self) -> bool:
        """A code was sent, or a request is on its way: switching loses it."""
        flow = self.onboarding
        return flow.step is Step.CODE or flow.busy is not None

    def attach_traffic(self, sink: TrafficSink) -> None:
        """Let a view (the inspector's table) append each exchange to
        `traffic` itself, e.g. to announce the new row."""
        self._traffic_sink = sink

    # --- life cycle ---------------------------------------------------------------

    async def start(self, history_retention_days: int) -> None:
        """Open the history, load the book and connect its active environment.
        Files, the keyring and the connection modules (httpx, the
        sandbox) are read off the caller's thread."""
        from otp_desktop.history.store import open_history

        store, self.history_notice = await asyncio.to_thread(open_history, history_retention_days)
        self.recorder.store = store
        self.book = await asyncio.to_thread(self._book_loader)
        await asyncio.to_thread(importlib.import_module, "otp_desktop.connection")
        self.book_loaded.emit(self.book)
        found = await self._open(self.book.current())
        if isinstance(found, ConnectProblem):
            self.connect_failed.emit(found)
        else:
            self._use(found)

    async def switch(self, name: str) -> bool:
        """Make `name` the active environment. If it cannot be connected the
        old connection stays (`connect_failed` says why) and False is returned."""
        assert self.book is not None
        env = self.book.find(name)
        if env is None:
            raise KeyError(name)
        self.end_onboarding("environment switched")
        self.onboarding.next_user()  # a number or code of one environment means nothing on another
        old, self.connection = self.connection, None
        self._configure_onboarding(None)
        self.wallet = None
        self.disconnected.emit(None)
        found = await self._open(env)
        if not isinstance(found, ConnectProblem):
            self._remember_active(name)
            self._use(found)
            if old is not None:
                await old.aclose()
            return True
        if old is not None:
            self._use(old)  # as it was: nothing changed on disk either
            found = ConnectProblem(env, found.message, found.detail, old.environment)
        else:  # nothing to keep: the selector shows what failed, as on start-up
            self._remember_active(name)
        self.connect_failed.emit(found)
        return False

    async def close(self) -> None:
        """End the onboarding, close the connection, the history and the
        embedded sandbox. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.end_onboarding(APP_CLOSED)
        if self.connection is not None:
            connection, self.connection = self.connection, None
            await connection.aclose()
        await self._default.stop()
        store, self.recorder.store = self.recorder.store, None
        if store is not None:
            store.close()

    # --- actions ------------------------------------------------------------------

    def end_onboarding(self, why: str) -> None:
        """The onboarding under way ends here (recorded as abandoned or failed)."""
        self.recorder.finalize(self.onboarding, why)

    def open_wallet(self) -> WalletSession | None:
        """A wallet session on the active connection (None when not connected)."""
        if self.connection is None:
            return None
        from otp_desktop.flow.wallet import WalletSession

        self.wallet = WalletSession(self.connection.client)
        return self.wallet

    def apply_sandbox_rules(self, rules: dict[str, object]) -> bool:
        """The built-in sandbox's rules changed: the onboarding's clocks and
        attempts follow. False when the active environment is another."""
        from otp_desktop.profiles.builtin_sandbox import apply_rules

        if self.connection is None or not self.connection.environment.builtin_sandbox:
            return False
        apply_rules(self.connection.environment, rules)
        self._configure_onboarding(self.connection)
        return True

    async def open_connection(self, env: Environment) -> Connection:
        """A connection of its own to `env` (a replay's); its exchanges go to
        the traffic log like the active one's. The caller closes it."""
        connection = await self._connector(env, self._record_exchange)
        _register_secrets(connection.environment)
        return connection

    # --- inside -------------------------------------------------------------------

    async def _open(self, env: Environment) -> Connection | ConnectProblem:
        self.connecting.emit(env)
        return await try_connect(self._connector, env, self._record_exchange)

    def _remember_active(self, name: str) -> None:
        from otp_desktop.profiles.store import SaveProblem

        assert self.book is not None
        try:
            self.book.set_active(name)
        except SaveProblem as exc:  # the switch holds for this run
            self.file_problem.emit(str(exc))

    def _use(self, connection: Connection) -> None:
        _register_secrets(connection.environment)
        self.connection = connection
        self.recorder.environment = connection.environment.name
        self._configure_onboarding(connection)
        self.connected.emit(connection)

    def _configure_onboarding(self, connection: Connection | None) -> None:
        flow = self.onboarding
        if connection is None:
            flow.api = NotConnected()  # type: ignore[assignment]
            flow.rules_source = None
            return
        env = connection.environment
        flow.api = connection.client
        flow.cooldown_s = env.cooldown_s
        flow.code_lifetime_s = env.code_lifetime_s
        flow.max_attempts = env.max_attempts
        # The sandbox's rules may change behind the app's back (its API):
        # each send reads them again.
        flow.rules_source = connection.code_rules if connection.admin else None

    def _record_exchange(self, exchange: Exchange) -> None:
        self._traffic_sink(exchange, self.environment_name() if self.connection else "")
        self.exchanged.emit(exchange)


def _register_secrets(env: Environment) -> None:
    """The log filter masks these wherever they would appear."""
    for secret in (env.credentials.client_secret, env.credentials.user_jwt):
        register_secret(secret)
