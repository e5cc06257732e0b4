"""Opening an environment's connection, and saying in plain words why not.

`connection` (httpx, the sandbox) is imported on first use, after the
window's first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from otp_desktop.api.errors import ApiError

if TYPE_CHECKING:
    from otp_desktop.api import Exchange
    from otp_desktop.connection import Connection, SandboxHost
    from otp_desktop.profiles.environment import Environment

log = logging.getLogger(__name__)
ExchangeHook = Callable[["Exchange"], None]
Connector = Callable[["Environment", ExchangeHook], Awaitable["Connection"]]


@dataclass(frozen=True)
class ConnectProblem:
    """Why `environment` could not be connected. `message` is a core
    sentence; empty when nothing better than "could not connect" is known
    (`detail` then holds the technical cause). `kept` is the environment
    still connected (a failed switch keeps the old one), or None."""

    environment: Environment
    message: str
    detail: str
    kept: Environment | None = None


class NotConnected:
    """The onboarding's API until an environment is connected."""

    async def _fail(self, *_args: object) -> object:
        raise ApiError("The environment is not connected yet. Wait a moment, then try again.")

    register = resend = verify = _fail


async def try_connect(
    connector: Connector, env: Environment, hook: ExchangeHook
) -> Connection | ConnectProblem:
    """The connection, or the problem in words the user can act on."""
    from otp_desktop.profiles.environment import InvalidEnvironmentError

    try:
        return await connector(env, hook)
    except ApiError as exc:
        return ConnectProblem(env, exc.user_message, exc.detail)
    except InvalidEnvironmentError as exc:  # refused by the environment's own rules
        return ConnectProblem(env, str(exc), "")
    except Exception as exc:  # the sandbox or its credentials could not be had
        log.warning("could not connect to %s: %s", env.name, exc)
        return ConnectProblem(env, "", str(exc))


class DefaultConnector:
    """The app's connector: a saved environment gets its own client; the
    built-in one starts the embedded sandbox on first use and keeps it
    across switches until `stop`."""

    def __init__(self) -> None:
        self.host: SandboxHost | None = None

    async def __call__(self, env: Environment, hook: ExchangeHook) -> Connection:
        from otp_desktop import connection

        if not env.builtin_sandbox:
            return connection.open_environment(env, hook)
        if self.host is None:
            self.host = connection.SandboxHost()
        return await self.host.connect(hook)

    async def stop(self) -> None:
        if self.host is not None:
            host, self.host = self.host, None
            await host.stop()
