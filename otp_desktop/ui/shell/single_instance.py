"""One window per user: a second launch brings the running window to the
front (and hands over its --base-url) instead of starting another.

The check is a lock file (QtCore, already loaded: no start-up cost worth
measuring). Only when the lock is held does the second process load
QtNetwork and send a one-line message to the first one's local socket; the
first starts listening after its window is up. The socket is per user (its
name derives from the user's data folder, and only this user may connect).
"""

from __future__ import annotations

import logging
import os
import time
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # QtCore.Qt where used: the first frame skips it
from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWidgets import QMainWindow

from otp_desktop.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
MAX_MESSAGE = 64 * 1024
# What a second launch passes on with --base-url (the ad-hoc environment's credentials).
PASSED_VARIABLES = ("OTP_DESKTOP_CLIENT_ID", "OTP_DESKTOP_CLIENT_SECRET", "OTP_DESKTOP_JWT")
Message = dict[str, Any]


class SingleInstance(QObject):
    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        folder = folder or data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        key = str(folder.resolve()).encode()  # zlib, not hashlib: no OpenSSL at start-up
        self.name = f"otp-desktop-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
        self.lock = QLockFile(str(folder / "instance.lock"))
        # Stale only when its process is gone, never by age: the app runs for days.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when no other instance runs (this one now holds the lock;
        a lock left by a crashed run is taken over)."""
        return self.lock.tryLock(0)

    def hand_over(
        self, base_url: str | None, environ: Mapping[str, str] = os.environ, timeout_s: float = 3.0
    ) -> bool:
        """Ask the running instance to come to the front (and open `base_url`);
        whether it could be reached. Retries while it is still starting."""
        import json

        from PySide6.QtNetwork import QLocalSocket

        message: Message = {"raise": True}
        if base_url:
            message["base_url"] = base_url
            message["environ"] = {k: environ[k] for k in PASSED_VARIABLES if k in environ}
        deadline = time.monotonic() + timeout_s
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(250):
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        socket.write(json.dumps(message).encode() + b"\n")
        sent = socket.waitForBytesWritten(int(timeout_s * 1000))
        socket.disconnectFromServer()
        return sent

    def listen(self, on_message: Callable[[Message], None]) -> bool:
        """Accept hand-overs from later launches; whether listening worked."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # the socket file of a crashed run
            if not server.listen(self.name):
                log.warning("single instance: cannot listen: %s", server.errorString())
                return False
        server.newConnection.connect(lambda: self._accept(server, on_message))
        self.server = server
        return True

    def _accept(self, server: QLocalServer, on_message: Callable[[Message], None]) -> None:
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" in buffer or len(buffer) > MAX_MESSAGE:
                    socket.readyRead.disconnect()
                    socket.disconnectFromServer()
                    socket.deleteLater()
                    message = _parse(bytes(buffer))
                    if message is not None:
                        on_message(message)

            socket.readyRead.connect(read)
            if socket.bytesAvailable():
                read()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def _parse(raw: bytes) -> Message | None:
    import json  # here, not with the module: claiming comes before the first frame

    try:
        message = json.loads(raw.split(b"\n", 1)[0].decode("utf-8"))
    except (ValueError, RecursionError):
        log.warning("single instance: a message that is not JSON was ignored")
        return None
    if not isinstance(message, dict):
        return None
    base_url = message.get("base_url")
    environ = message.get("environ")
    return {
        "base_url": base_url if isinstance(base_url, str) else None,
        "environ": {
            k: v
            for k, v in (environ if isinstance(environ, dict) else {}).items()
            if k in PASSED_VARIABLES and isinstance(v, str)
        },
    }


def bring_to_front(window: QMainWindow, message: Message) -> None:
    """What a second launch asked for: this window in front, on its URL if given."""
    state = window.windowState() & ~QtCore.Qt.WindowState.WindowMinimized
    window.setWindowState(state | QtCore.Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    base_url = message.get("base_url")
    if base_url:
        open_base_url(window, base_url, message.get("environ", {}))


def open_base_url(window: QMainWindow, base_url: str, environ: Mapping[str, str]) -> None:
    from otp_desktop.profiles.environment import adhoc_from_env
    from otp_desktop.ui.shell.main_window import MainWindow

    if not isinstance(window, MainWindow) or window.book is None:
        log.warning("single instance: --base-url ignored, the window is still starting")
        return
    again = window.book.adhoc is not None and window.book.active == window.book.adhoc.name
    window.book.adhoc = adhoc_from_env(base_url, environ, check=False)
    window.env_bar.show_book(window.book)
    if again:  # already on an ad-hoc environment: reconnect to the new one
        window.switch_to(window.book.adhoc.name)
    else:
        window.request_switch(window.book.adhoc.name)
