"""The window's first-frame chrome: the environment toolbar with the wallet
button, and the status bar's labels.

Module-level functions that call `window.tr`, so their strings stay in the
MainWindow translation context (packaging/update_translations.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton

from otp_desktop.ui.environments.bar import EnvironmentBar

if TYPE_CHECKING:
    from otp_desktop.ui.shell.main_window import MainWindow


def build_toolbar(window: MainWindow) -> tuple[EnvironmentBar, QPushButton]:
    """The environment selector, Manage… and the Wallet button."""
    bar = EnvironmentBar(window)
    window.addToolBar(bar)
    bar.switchRequested.connect(window.request_switch)
    bar.manageRequested.connect(window.manage_environments)
    bar.addSeparator()
    wallet = QPushButton(window.tr("Wallet"))
    wallet.setObjectName("walletToolbarButton")
    wallet.setAccessibleName(window.tr("Open the wallet"))
    wallet.setEnabled(False)
    wallet.clicked.connect(window.show_wallet)
    bar.addWidget(wallet)
    return bar, wallet


def build_status_bar(window: MainWindow) -> tuple[QLabel, QLabel, QLabel, QLabel]:
    """The last request, the secret storage notice (hidden), the user JWT
    and the environment ("Connecting…" until the session says more)."""
    last_request = _status_label("lastRequestLabel", window.tr("Last request"))
    last_request.setText(window.tr("No request yet"))
    keyring_notice = _status_label("keyringNotice", window.tr("Secret storage"))
    jwt_status = _status_label("jwtStatusLabel", window.tr("User JWT"))
    environment = _status_label("environmentLabel", window.tr("Active environment"))
    environment.setText(window.tr("Connecting…"))
    window.statusBar().addWidget(last_request, 1)
    for label in (keyring_notice, jwt_status, environment):
        window.statusBar().addPermanentWidget(label)
    keyring_notice.hide()
    return last_request, keyring_notice, jwt_status, environment


def _status_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    return label
