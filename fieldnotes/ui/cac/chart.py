"""A grouped bar chart of dimension scores per round, on Qt Charts.

One bar set per round, the dimensions along the bottom and a fixed 0–100 axis, so
two rounds side by side read as the change between them. The numbers behind it are
the same table a researcher saves as CSV.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

ROUND_COLORS = ("#9bb7d4", "#3a7bd5", "#1f4e8c", "#e0a030", "#8e3b8a", "#2f7d6d")


class DimensionChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cacChart")
        self.setAccessibleName(self.tr("Dimension scores per round"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 260)
        self._dimensions: list[str] = []
        self._rounds: list[str] = []
        self._values: list[list[int | None]] = []
        self.set_data([], [], [])

    def set_data(
        self, dimensions: list[str], rounds: list[str], values: list[list[int | None]]
    ) -> None:
        """``values[r][d]``: round r's score on dimension d (None: nothing answered)."""
        self._dimensions, self._rounds, self._values = list(dimensions), list(rounds), values
        chart = QChart()
        chart.setBackgroundBrush(QColor("white"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        if not dimensions or not rounds:
            chart.setTitle(self.tr("No rounds to compare yet"))
            chart.legend().hide()
        else:
            chart.addSeries(self._series())
            categories = QBarCategoryAxis()
            categories.append(self._dimensions)
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            axis = QValueAxis()
            axis.setRange(0, 100)
            axis.setTickCount(5)
            axis.setLabelFormat("%d")
            chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
            for series in chart.series():
                series.attachAxis(categories)
                series.attachAxis(axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _series(self) -> QBarSeries:
        series = QBarSeries()
        for r, name in enumerate(self._rounds):
            bars = QBarSet(name)
            bars.setColor(QColor(ROUND_COLORS[r % len(ROUND_COLORS)]))
            # Qt Charts has no gap in a bar set: an unanswered dimension is drawn as 0
            # and the CSV (and the table above) keep it empty.
            bars.append([float(v) if v is not None else 0.0 for v in self._values[r]])
            series.append(bars)
        return series

    def is_empty(self) -> bool:
        return not self._dimensions or not self._rounds

    def numbers(self) -> tuple[Sequence[str], list[list[object]]]:
        """The table behind the chart: one row per dimension, one column per round."""
        header = [self.tr("Dimension"), *self._rounds]
        rows: list[list[object]] = [
            [name, *(values[d] if values[d] is not None else "" for values in self._values)]
            for d, name in enumerate(self._dimensions)
        ]
        return header, rows

    def sizeHint(self) -> QSize:
        return QSize(760, 380)
