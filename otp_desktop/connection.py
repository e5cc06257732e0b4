"""An environment with its long-lived client, and the embedded sandbox when
the environment is the built-in one."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import cast

from otp_desktop.api import RewardsClient, Timeouts
from otp_desktop.api.client import ExchangeHook
from otp_desktop.client_thread import LoopThread, OffThreadClient, on_loop
from otp_desktop.flow.code_rules import CodeRules
from otp_desktop.profiles.builtin_sandbox import read_code_rules, sandbox_environment
from otp_desktop.profiles.environment import Environment
from otp_desktop.sandbox import EmbeddedSandbox
from otp_desktop.sandbox_admin import SandboxAdmin


@dataclass
class Connection:
    environment: Environment
    client: RewardsClient
    sandbox: EmbeddedSandbox | None = None
    admin: SandboxAdmin | None = None
    """The sandbox's developer endpoints, when the environment is a sandbox."""
    client_thread: LoopThread | None = None

    async def code_rules(self) -> CodeRules | None:
        """The rules a code sent now lives by, when the server can say."""
        if self.admin is None:
            return None
        return await read_code_rules(self.admin, self.environment)

    async def close_clients(self) -> None:
        """Close this connection's HTTP clients and the client's thread (a
        sandbox it holds keeps running)."""
        try:
            await self.client.aclose()
            if self.admin is not None:
                await self.admin.aclose()
        finally:
            if self.client_thread is not None:
                self.client_thread.stop()

    async def aclose(self) -> None:
        await self.close_clients()
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)


def _connect(environment: Environment, on_exchange: ExchangeHook | None) -> Connection:
    """The environment's client, run off the UI thread (client_thread.py)."""
    client = environment.make_client(on_loop(on_exchange) if on_exchange else None)
    thread = LoopThread()
    # Same methods, awaited the same way: only where they run differs.
    off_thread = cast(RewardsClient, OffThreadClient(client, thread))
    return Connection(environment, off_thread, client_thread=thread)


def open_environment(
    environment: Environment, on_exchange: ExchangeHook | None = None
) -> Connection:
    return _connect(environment, on_exchange)


async def open_running_sandbox(
    base_url: str, on_exchange: ExchangeHook | None = None, timeouts: Timeouts | None = None
) -> Connection:
    """Connect to a sandbox someone else runs (a test's, or `otp-sandbox`)."""
    environment = await sandbox_environment(base_url)
    if timeouts is not None:
        environment.timeouts = timeouts
    connection = _connect(environment, on_exchange)
    connection.admin = SandboxAdmin(base_url)
    return connection


class SandboxHost:
    """Owns the embedded sandbox: started on first use of the built-in
    environment, kept across environment switches, stopped on exit."""

    def __init__(self) -> None:
        self.sandbox: EmbeddedSandbox | None = None

    async def connect(self, on_exchange: ExchangeHook | None = None) -> Connection:
        if self.sandbox is None:
            sandbox = EmbeddedSandbox()
            await asyncio.to_thread(sandbox.start)
            self.sandbox = sandbox
        return await open_running_sandbox(self.sandbox.base_url, on_exchange)

    async def stop(self) -> None:
        if self.sandbox is not None:
            sandbox, self.sandbox = self.sandbox, None
            await asyncio.to_thread(sandbox.stop)
