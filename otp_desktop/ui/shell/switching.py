"""Switching and editing environments from the window: ask before an
onboarding under way is abandoned, then let the session switch.

Module-level functions that call `window.tr`, so their strings stay in the
MainWindow translation context (packaging/update_translations.py).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from otp_desktop.ui.widgets.confirm import ask

if TYPE_CHECKING:
    from otp_desktop.profiles.environment import Environment
    from otp_desktop.ui.shell.main_window import MainWindow


def request_switch(window: MainWindow, name: str) -> None:
    """The selector chose `name`: ask first if an onboarding is under way."""
    session = window.session
    if session.book is None or name == session.book.active:
        return
    if not session.onboarding_in_progress():
        switch_to(window, name)
        return
    ask(
        window,
        window.tr("Switch environment?"),
        window.tr("An onboarding is in progress on %1. Switching to %2 abandons it.")
        .replace("%1", session.book.active)
        .replace("%2", name),
        lambda: switch_to(window, name),
        yes_text=window.tr("Switch"),
        on_no=lambda: window.env_bar.show_active(session.environment_name()),
    )


def switch_to(window: MainWindow, name: str) -> None:
    window.tasks.start(_switch(window, name), name="switch")


async def _switch(window: MainWindow, name: str) -> None:
    window.tasks.cancel_current()
    window.session.end_onboarding("environment switched")
    window.view.next_user()
    window.show_onboarding()
    window.inspector.hide_secrets()
    window.view.error_panel.clear()
    window.env_bar.show_active(name)
    await window.session.switch(name)


def manage_environments(window: MainWindow) -> None:
    book = window.session.book
    if book is None:
        return
    from otp_desktop.ui.environments.dialog import EnvironmentsDialog

    before = copy.deepcopy(book.current())
    live = window.session.environment()
    dialog = EnvironmentsDialog(
        book, window, live if live is not None and live.builtin_sandbox else None
    )
    dialog.saved.connect(lambda: _environments_saved(window, before))
    window.open_box(dialog)


def _environments_saved(window: MainWindow, before: Environment) -> None:
    """Reconnect only if the active environment itself changed: the agent's
    onboarding and the sandbox's faults stay otherwise."""
    session = window.session
    assert session.book is not None
    window.env_bar.show_book(session.book)
    after = session.book.current()
    if after == before:
        return
    if not session.onboarding_in_progress():
        switch_to(window, after.name)
        return
    ask(
        window,
        window.tr("Apply the changed environment?"),
        window.tr(
            "An onboarding is in progress on %1. Applying the changed settings now "
            "abandons it; otherwise they apply at the next switch."
        ).replace("%1", before.name),
        lambda: switch_to(window, after.name),
        yes_text=window.tr("Apply now"),
    )
