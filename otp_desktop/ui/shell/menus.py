"""The menu bar and the About box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from otp_desktop import __version__
from otp_desktop.ui.shell.docks import dock_action
from otp_desktop.ui.translations import LANGUAGES

if TYPE_CHECKING:
    from otp_desktop.ui.shell.main_window import MainWindow


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


def _add_session_actions(window: MainWindow, menu: QMenu) -> None:
    """The inspector's session actions, for the keyboard (mnemonics free in this menu)."""
    tr = window.tr
    session = window.session_actions
    for text, slot, name in (
        (tr("Export &Postman collection…"), session.choose_postman, "exportPostmanAction"),
        (tr("&Replay selected on…"), session.replay_selected, "replayAction"),
        (tr("&Open HAR or Postman file…"), session.choose_import, "importAction"),
    ):
        menu.addAction(_action(window, text, slot, name=name))


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
    _add_session_actions(window, file_menu)
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

    view_menu = bar.addMenu(tr("V&iew"))
    for dock, shortcut, name in (
        (window.inspector, "Ctrl+I", "inspectorAction"),
        (window.history, "Ctrl+H", "historyAction"),
        (window.sandbox_panel, "Ctrl+B", "sandboxPanelAction"),
    ):
        view_menu.addAction(dock_action(window, dock, shortcut, name))

    settings_menu = bar.addMenu(tr("Se&ttings"))
    auto = QAction(tr("Verify as soon as the code is &complete"), window)
    auto.setObjectName("autoSubmitAction")
    auto.setCheckable(True)
    auto.setChecked(window.settings.auto_submit)
    auto.toggled.connect(lambda on: setattr(window.settings, "auto_submit", on))
    settings_menu.addAction(auto)
    language_menu = settings_menu.addMenu(tr("Language (restart to apply)"))
    group = QActionGroup(window)
    for code, label in (("", tr("System language")), *LANGUAGES.items()):
        choice = QAction(label, window)
        choice.setObjectName(f"language_{code or 'system'}")
        choice.setCheckable(True)
        choice.setChecked(window.settings.language == code)
        choice.triggered.connect(lambda _on=False, c=code: setattr(window.settings, "language", c))
        group.addAction(choice)
        language_menu.addAction(choice)

    help_menu = bar.addMenu(tr("He&lp"))
    help_menu.addAction(
        _action(window, tr("Open &log folder"), open_log_folder, name="openLogFolderAction")
    )
    about = _action(
        window, tr("&About OTP Desktop"), lambda: show_about(window), name="aboutAction"
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)


LICENCES = (
    ("Qt / PySide6", "LGPL-3.0 (Qt for Python is used unmodified, dynamically linked)"),
    ("httpx", "BSD-3-Clause"),
    ("qasync", "BSD-2-Clause"),
    ("phonenumbers", "Apache-2.0"),
    ("keyring", "MIT"),
    ("platformdirs", "MIT"),
    ("truststore", "MIT"),
    ("Noto Sans Devanagari", "OFL-1.1 (bundled font)"),
    ("Babel (CLDR country names)", "BSD-3-Clause; CLDR data: Unicode licence"),
)


def show_about(window: MainWindow) -> None:
    from PySide6.QtCore import qVersion

    box = QMessageBox(window)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(window.tr("About OTP Desktop"))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    rows = "".join(f"<tr><td>{name}</td><td>{licence}</td></tr>" for name, licence in LICENCES)
    box.setText(
        window.tr(
            "<b>OTP Desktop %1</b><br>Phone-OTP onboarding for the rewards API, with a "
            "built-in sandbox. MIT licence.<br>Qt %2."
        )
        .replace("%1", __version__)
        .replace("%2", qVersion())
    )
    box.setInformativeText(window.tr("Built with:") + f"<table>{rows}</table>")
    window.open_box(box)


def open_log_folder() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from otp_desktop.paths import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_unexpected(window: MainWindow, exc: BaseException) -> None:
    """The crash dialog: plain words, the details, and a redacted report to copy."""
    import traceback

    from PySide6.QtGui import QGuiApplication

    from otp_desktop.logging_setup import redact

    report = redact(
        f"OTP Desktop {__version__}\n"
        + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )
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
    box.setDetailedText(report)
    copy = box.addButton(window.tr("Copy report"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyCrashReportButton")
    copy.clicked.disconnect()  # an action button would close the box
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.addButton(QMessageBox.StandardButton.Close)
    window.open_box(box)
