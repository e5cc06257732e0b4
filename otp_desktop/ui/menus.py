"""The menu bar and the About box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from otp_desktop import __version__
from otp_desktop.api.masking import mask_text

if TYPE_CHECKING:
    from otp_desktop.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey | None = None,
    name: str = "",
) -> QAction:
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> None:
    tr = window.tr
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(
        _action(window, tr("&Next user"), window.view.next_user, "Ctrl+N", "nextUserAction")
    )
    file_menu.addAction(
        _action(window, tr("&Environments…"), window.manage_environments, "Ctrl+E", "manageAction")
    )
    file_menu.addAction(
        _action(window, tr("&Wallet"), window.show_wallet, "Ctrl+Shift+W", "walletAction")
    )
    file_menu.addSeparator()
    quit_action = _action(
        window, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, "quitAction"
    )
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addAction(
        _action(
            window,
            tr("&Copy summary"),
            window.view.copy_summary,
            "Ctrl+Shift+C",
            "copySummaryAction",
        )
    )

    view_menu = bar.addMenu(tr("&View"))
    inspector = window.inspector.toggleViewAction()
    inspector.setObjectName("inspectorAction")
    inspector.setShortcut(QKeySequence("Ctrl+I"))
    view_menu.addAction(inspector)
    history = window.history.toggleViewAction()
    history.setObjectName("historyAction")
    history.setShortcut(QKeySequence("Ctrl+H"))
    view_menu.addAction(history)
    sandbox = window.sandbox_panel.toggleViewAction()
    sandbox.setObjectName("sandboxPanelAction")
    sandbox.setShortcut(QKeySequence("Ctrl+B"))
    view_menu.addAction(sandbox)

    settings_menu = bar.addMenu(tr("&Settings"))
    auto = QAction(tr("Verify as soon as the code is &complete"), window)
    auto.setObjectName("autoSubmitAction")
    auto.setCheckable(True)
    auto.setChecked(window.settings.auto_submit)
    auto.toggled.connect(lambda on: setattr(window.settings, "auto_submit", on))
    settings_menu.addAction(auto)

    help_menu = bar.addMenu(tr("&Help"))
    about = _action(
        window, tr("&About OTP Desktop"), lambda: show_about(window), name="aboutAction"
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)


def show_about(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(window.tr("About OTP Desktop"))
    box.setText(
        window.tr(
            "<b>OTP Desktop %1</b><br>Phone-OTP onboarding for the rewards API, with a "
            "built-in sandbox.<br><br>Built with Qt for Python (PySide6, LGPLv3)."
        ).replace("%1", __version__)
    )
    window.open_box(box)


def show_unexpected(window: MainWindow, exc: BaseException) -> None:
    box = QMessageBox(window)
    box.setObjectName("unexpectedErrorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(window.tr("Something went wrong"))
    box.setText(
        window.tr(
            "Something unexpected went wrong. Your input is kept; try again. "
            "The technical details are in the log file."
        )
    )
    box.setDetailedText(f"{type(exc).__name__}: {mask_text(str(exc))}")
    window.open_box(box)
