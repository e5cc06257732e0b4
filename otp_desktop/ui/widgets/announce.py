"""Tell assistive technology that a label's text changed in a way the user
must hear at once (an error, a result), as an ARIA live region would."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel


def announce(label: QLabel) -> None:
    """Raise an alert for `label` and say its name changed: Orca and NVDA
    read alerts aloud even when the focus is elsewhere."""
    text = label.text()
    if not text:
        return
    label.setAccessibleName(text)
    for kind in (QAccessible.Event.NameChanged, QAccessible.Event.Alert):
        QAccessible.updateAccessibility(QAccessibleEvent(label, kind))
