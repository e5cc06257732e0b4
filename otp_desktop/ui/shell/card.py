"""The pieces around the steps in the window's centre: the production
banner and the card the steps sit in."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt where used: the first frame skips it
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def production_banner() -> QLabel:
    """The red line over the card on a production environment (hidden until then)."""
    banner = QLabel()
    banner.setObjectName("productionBanner")
    banner.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
    # The one fixed colour of the app (docs/architecture.md).
    banner.setStyleSheet(
        "QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; }"
    )
    banner.hide()
    return banner


def centred_card(content: QWidget) -> QHBoxLayout:
    """`content` in a framed card no wider than 900 px, centred in a row."""
    card = QFrame()
    card.setObjectName("card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setMaximumWidth(900)
    card_layout = QVBoxLayout(card)
    card_layout.setContentsMargins(24, 20, 24, 20)
    card_layout.addWidget(content)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 10)
    row.addStretch(1)
    return row
