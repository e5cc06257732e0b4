"""Today's totals above the history table, and onboardings per hour drawn
with QPainter (no chart module: it would cost start-up time and memory)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from otp_desktop.history.shift_summary import HOURS, ShiftSummary


class HourChart(QWidget):
    """24 bars, one per hour of the day, in the palette's highlight colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftHourChart")
        self.per_hour: tuple[int, ...] = (0,) * HOURS
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Onboardings per hour today"))

    def sizeHint(self) -> QSize:
        return QSize(HOURS * 8, 44)

    def set_counts(self, per_hour: tuple[int, ...]) -> None:
        self.per_hour = per_hour
        busiest = [f"{h:02d}:00 {n}" for h, n in enumerate(per_hour) if n]
        self.setAccessibleDescription(", ".join(busiest) or self.tr("No onboardings yet today"))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        label_h = self.fontMetrics().height()
        chart_h = self.height() - label_h - 2
        slot = self.width() / HOURS
        peak = max(self.per_hour) or 1
        painter.setPen(Qt.PenStyle.NoPen)
        for hour, count in enumerate(self.per_hour):
            x = hour * slot + 1
            painter.setBrush(pal.color(QPalette.ColorRole.Midlight))
            painter.drawRect(QRectF(x, chart_h - 1, slot - 2, 1))
            if count:
                bar = max(2.0, chart_h * count / peak)
                painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
                painter.drawRect(QRectF(x, chart_h - bar, slot - 2, bar))
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        for hour in range(0, HOURS, 6):
            painter.drawText(QRectF(hour * slot, chart_h + 2, slot * 6, label_h), f"{hour:02d}")
        painter.end()


class ShiftSummaryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftSummary")
        self.totals = QLabel()
        self.totals.setObjectName("shiftTotals")
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Today's totals"))
        self.chart = HourChart()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals, 2)
        layout.addWidget(self.chart, 3)
        self.show_summary(ShiftSummary())

    def show_summary(self, summary: ShiftSummary) -> None:
        text = (
            self.tr("Today: %1 verified · %2 failed · %3 abandoned")
            .replace("%1", str(summary.verified))
            .replace("%2", str(summary.failed))
            .replace("%3", str(summary.abandoned))
        )
        if summary.median_verify_s is not None:
            text += "\n" + self.tr("Median time to verify: %1 s").replace(
                "%1", f"{summary.median_verify_s:.0f}"
            )
        self.totals.setText(text)
        self.chart.set_counts(summary.per_hour)
