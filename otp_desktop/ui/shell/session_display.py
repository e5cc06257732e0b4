"""The window's rendering of the session: connection, banner, status bar.

Module-level functions that call `window.tr`, so their strings stay in the
MainWindow translation context (packaging/update_translations.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.shell.file_notices import show_file_notices

if TYPE_CHECKING:
    from otp_desktop.api import Exchange
    from otp_desktop.connection import Connection
    from otp_desktop.profiles.book import EnvironmentBook
    from otp_desktop.profiles.environment import Environment
    from otp_desktop.session import ConnectProblem
    from otp_desktop.ui.shell.main_window import MainWindow


def follow_session(window: MainWindow) -> list[Callable[[], None]]:
    """Subscribe the window to its session; returns the unsubscribers."""
    session = window.session
    return [
        session.book_loaded.subscribe(lambda book: book_loaded(window, book)),
        session.connecting.subscribe(lambda env: connecting(window, env)),
        session.connected.subscribe(lambda conn: connected(window, conn)),
        session.connect_failed.subscribe(lambda problem: connect_failed(window, problem)),
        session.disconnected.subscribe(lambda _none: disconnected(window)),
        session.exchanged.subscribe(lambda exchange: exchanged(window, exchange)),
        session.file_problem.subscribe(lambda notice: show_file_notices(window, notice)),
    ]


def book_loaded(window: MainWindow, book: EnvironmentBook) -> None:
    session = window.session
    window.history.set_store(session.history, session.history_notice)
    if session.history is not None:
        # Rows recorded while the dock shows appear at once.
        session.onboarding.subscribe(
            lambda: window.history.reload() if window.history.isVisible() else None
        )
    window.env_bar.show_book(book)
    window.keyring_notice.setText(window.tr("⚠ Secrets in memory only"))
    window.keyring_notice.setToolTip(
        window.tr("No keyring is available: secrets are kept for this run only.")
    )
    show_file_notices(window, session.history_notice, book.problem)


def connecting(window: MainWindow, env: Environment) -> None:
    window.environment_label.setText(window.tr("Connecting to %1…").replace("%1", env.name))
    # The last request belongs to the environment being left.
    window.last_request.setText(window.tr("No request yet"))
    window.last_request.setToolTip("")


def disconnected(window: MainWindow) -> None:
    window.view.set_connected(False)
    window.wallet_toolbar_button.setEnabled(False)


def connected(window: MainWindow, connection: Connection) -> None:
    active = connection.environment
    window.env_bar.show_active(active.name)
    window.view.set_connected(True)
    panel = window.sandbox_panel
    panel.connect_to(active.base_url if active.builtin_sandbox else None)
    panel.setVisible(active.builtin_sandbox)
    if active.builtin_sandbox:
        window.resizeDocks([panel], [400], Qt.Orientation.Horizontal)
    panel.toggleViewAction().setEnabled(active.builtin_sandbox)
    window.environment_label.setText(window.tr("Environment: %1").replace("%1", active.name))
    window.environment_label.setToolTip(active.base_url)
    window.banner.setVisible(active.production)
    # The built-in sandbox keeps no secret anywhere: the notice would only worry.
    # (Asked only then: the question loads the keyring's backends.)
    book = None if active.builtin_sandbox else window.session.book
    window.keyring_notice.setVisible(book is not None and not book.secrets_persistent)
    window.banner.setText(
        window.tr("PRODUCTION: %1. Real users receive real SMS.").replace("%1", active.name)
    )
    show_jwt(window, active)
    if active.notice:  # e.g. spaces trimmed around a secret from the environment
        window.statusBar().showMessage(translate_core(active.notice), 20_000)
    window.wallet_toolbar_button.setEnabled(bool(active.credentials.user_jwt))
    window.connectionReady.emit()


def connect_failed(window: MainWindow, problem: ConnectProblem) -> None:
    env = problem.environment
    message = problem.message or window.tr("Could not connect to %1.").replace("%1", env.name)
    if problem.kept is None:
        window.environment_label.setText(window.tr("Not connected: %1").replace("%1", env.name))
        window.banner.setVisible(env.production)
    window.env_bar.show_active(window.session.environment_name())
    window.view.error_panel.show_error(message, problem.detail, can_retry=False)


def show_jwt(window: MainWindow, env: Environment) -> None:
    from otp_desktop.profiles.jwt_info import JwtProblem, decode

    label = window.jwt_status
    try:
        info = decode(env.credentials.user_jwt)
    except JwtProblem as exc:
        label.setText(window.tr("JWT: not usable"))
        label.setToolTip(translate_core(str(exc)))
        return
    label.setText(window.tr("JWT %1").replace("%1", translate_core(info.describe_expiry())))
    label.setToolTip(
        window.tr("User %1, wallet %2")
        .replace("%1", info.user_id)
        .replace("%2", info.wallet_address)
    )


def exchanged(window: MainWindow, exchange: Exchange) -> None:
    when = time.strftime("%H:%M:%S", time.localtime(exchange.started_at))
    # Short in the status bar (the last path segment), whole in the tooltip.
    text = (
        window.tr("%1 %2 → %3 · %4 ms · %5")
        .replace("%3", exchange.outcome)
        .replace("%4", f"{exchange.duration_ms:.0f}")
        .replace("%5", when)
        .replace("%1", exchange.method)
    )
    short = exchange.path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    window.last_request.setText(text.replace("%2", short))
    window.last_request.setToolTip(text.replace("%2", exchange.path))
    window.exchangeRecorded.emit(exchange)
