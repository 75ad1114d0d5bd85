"""A grouped bar chart of dimension scores per round, painted directly (no chart library)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

ROUND_COLORS = ("#9bb7d4", "#3a7bd5", "#1f4e8c", "#e0a030", "#8e3b8a", "#2f7d6d")


class DimensionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cacChart")
        self.setAccessibleName(self.tr("Dimension scores per round"))
        self._dimensions: list[str] = []
        self._rounds: list[str] = []
        self._values: list[list[int | None]] = []
        self.setMinimumSize(420, 260)

    def set_data(
        self, dimensions: list[str], rounds: list[str], values: list[list[int | None]]
    ) -> None:
        self._dimensions, self._rounds, self._values = dimensions, rounds, values
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(760, 380)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        left, top, bottom = 40, 20 + metrics.height() * 2, 50
        width, height = self.width() - left - 10, self.height() - top - bottom
        painter.setPen(QColor("#888"))
        for tick in range(0, 101, 25):
            y = top + height * (1 - tick / 100)
            painter.drawLine(left, int(y), left + width, int(y))
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, str(tick))
        if not self._dimensions or not self._rounds:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No rounds to compare yet")
            )
            return
        group = width / len(self._dimensions)
        bar = group * 0.8 / len(self._rounds)
        for d, name in enumerate(self._dimensions):
            for r, values in enumerate(self._values):
                value = values[d]
                if value is None:
                    continue
                x = left + d * group + group * 0.1 + r * bar
                h = height * value / 100
                painter.fillRect(
                    QRectF(x, top + height - h, bar - 2, h),
                    QColor(ROUND_COLORS[r % len(ROUND_COLORS)]),
                )
            painter.setPen(QColor("black"))
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(group))
            painter.drawText(
                QRectF(left + d * group, top + height + 6, group, 20),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        x = left
        for r, name in enumerate(self._rounds):
            painter.fillRect(QRectF(x, 8, 12, 12), QColor(ROUND_COLORS[r % len(ROUND_COLORS)]))
            painter.setPen(QColor("black"))
            painter.drawText(int(x + 16), 19, name)
            x += 28 + metrics.horizontalAdvance(name)
        painter.end()
