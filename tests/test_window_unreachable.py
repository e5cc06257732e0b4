"""What the sandbox cannot provoke, through the window: nothing listening,
a name that does not resolve, a server that never accepts the connection.
Each on register, resend, verify and withdraw: a plain message, no crash
dialog, an event loop that is never blocked 50 ms, and the same action working
once the network is back.

The window's client sends through a real httpx transport; for the fault,
the test points it at a real failing address (a closed loopback port, a
name under .invalid, a loopback socket whose backlog is full).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest

from otp_desktop.api import RewardsClient, Timeouts
from otp_desktop.connection import Connection
from otp_desktop.profiles.book import EnvironmentBook
from otp_desktop.profiles.builtin_sandbox import sandbox_environment
from otp_desktop.profiles.secrets_vault import SecretVault
from otp_desktop.profiles.store import ProfileStore
from otp_desktop.session import Session
from otp_desktop.ui.shell.main_window import MainWindow
from tests.loop_stall import BLOCKED_LIMIT_S, StallMeter
from tests.qt_fixtures import close_window
from tests.test_fault_matrix import (
    ACTIONS,
    act,
    idle,
    message_shown,
    prepare,
    same_action_works_again,
)
from tests.test_local_files import crash_dialogs

CONNECT_TIMEOUT_S = 1.0


class Redirectable(httpx.AsyncBaseTransport):
    """A real transport; while `target` is set, every request goes there instead."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport(retries=1)
        self.target: httpx.URL | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.target is not None:
            request.url = request.url.copy_with(
                scheme=self.target.scheme, host=self.target.host, port=self.target.port
            )
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def refused() -> str:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there any more


@pytest.fixture
def unresolvable() -> str:
    return "http://otp-desktop-sandbox.invalid:80"


@pytest.fixture
def never_accepts() -> Iterator[str]:
    """A listening loopback socket that never accepts, its backlog already
    full: a new connection's SYN is dropped and the connect times out."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        yield f"http://127.0.0.1:{port}"
        for filler in fillers:
            filler.close()


FAILURES = {
    "refused": ("refused", "could not be reached"),
    "name not resolved": ("unresolvable", "name could not be found"),
    "connect timeout": ("never_accepts", "did not accept the connection in time"),
}


@pytest.fixture
def faulty_window(qtbot, loop, sandbox, ui_clock):
    transport = Redirectable()

    async def connect(env, hook) -> Connection:
        environment = await sandbox_environment(sandbox.base_url)
        client = RewardsClient(
            environment.base_url,
            environment.credentials,
            timeouts=Timeouts(connect=CONNECT_TIMEOUT_S, read=1.5),
            code_encoding=environment.code_encoding,
            on_exchange=hook,
            transport=transport,
        )
        return Connection(environment, client)

    win = MainWindow(
        Session(lambda: EnvironmentBook.load(ProfileStore(SecretVault())), connect, ui_clock),
        "IN",
    )
    win.show()
    qtbot.waitUntil(lambda: win.connection is not None, timeout=10_000)
    yield win, transport
    close_window(qtbot, win)


@pytest.mark.parametrize("failure", FAILURES.keys())
@pytest.mark.parametrize("action", ACTIONS)
def test_unreachable_server_through_the_window(
    qtbot, request, faulty_window, advance, action, failure
):
    win, transport = faulty_window
    fixture, words = FAILURES[failure]
    prepare(qtbot, win, advance, action)
    transport.target = httpx.URL(request.getfixturevalue(fixture))
    act(qtbot, win, action)  # the click (and the confirmation box): the user's own part
    beat = StallMeter().start()  # from here on, only the request and its failure
    qtbot.waitUntil(lambda: message_shown(win, action) != "" and idle(win, action), timeout=15_000)
    beat.stop()
    # What an unreachable server can do to the window is block its thread on
    # I/O (a synchronous connect or DNS look-up); how long the thread computes
    # (layout, a collection late in a long test session) is the benchmarks' job.
    assert beat.blocked < BLOCKED_LIMIT_S, f"the UI thread was blocked {beat.blocked * 1000:.0f} ms"
    text = message_shown(win, action)
    assert words in text
    assert "Traceback" not in text
    assert crash_dialogs(win) == []
    if action == "verify":
        assert not win.view.flow.code_burnt  # nothing reached the server
    # The network is back: the same action works.
    transport.target = None
    same_action_works_again(qtbot, win, advance, action)
    assert crash_dialogs(win) == []
