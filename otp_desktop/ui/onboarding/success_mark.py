"""The Done step's success mark: a tick in a disc, drawn from the palette so
it suits light and dark themes (no bitmap, crisp at any scale)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget


def success_colour(pal: QPalette) -> QColor:
    """A green that keeps 3:1 against the window: darker on light themes,
    lighter on dark ones."""
    dark_theme = pal.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return QColor("#3fb950") if dark_theme else QColor("#1a7f37")


class SuccessMark(QWidget):
    def __init__(self, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("successMark")
        self.setFixedSize(QSize(size, size))
        self.setAccessibleName(self.tr("Success"))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = float(min(self.width(), self.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(success_colour(self.palette()))
        painter.drawEllipse(QPointF(side / 2, side / 2), side / 2 - 1, side / 2 - 1)
        tick = QPainterPath(QPointF(side * 0.28, side * 0.52))
        tick.lineTo(QPointF(side * 0.44, side * 0.68))
        tick.lineTo(QPointF(side * 0.74, side * 0.36))
        pen = QPen(QColor("white"), side * 0.1)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
        painter.end()
