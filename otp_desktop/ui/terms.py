"""Words kept in tables (column headers, balance names, outcomes, rule
labels) are marked where they are defined, with
`QT_TRANSLATE_NOOP("Terms", "Time")`, and translated where they are shown
with `term()`: `self.tr(variable)` alone never reaches the translation file
(vorta's `trans_late` does the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Terms"


def term(text: object) -> str:
    """`text` as marked: QT_TRANSLATE_NOOP's result is typed `object`."""
    return QCoreApplication.translate(CONTEXT, str(text))
