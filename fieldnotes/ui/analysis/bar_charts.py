"""Bar charts for the analysis windows, built on Qt Charts from plain rows.

The windows count in ``analysis/`` and pass labels and numbers here; these functions
only draw. A chart view is what ``ChartSaving`` saves as a picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

# (name, values, colour): one bar set.
BarSet = tuple[str, Sequence[float], str]
MAX_UNIT_TICKS = 10
PALETTE = ("#3a7bd5", "#e0a030", "#2f7d6d", "#8e3b8a", "#9bb7d4", "#a33")


def chart_view(name: str, accessible: str, parent: QWidget | None = None) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(360, 220)
    return view


def show_chart(view: QChartView, chart: QChart) -> None:
    """Put ``chart`` in ``view`` and free the one it replaces."""
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def horizontal_bars(title: str, categories: Sequence[str], sets: Sequence[BarSet]) -> QChart:
    """One row of bars per category, the first category at the top."""
    # Qt draws the first category at the bottom: reverse to read from the top down.
    series = QHorizontalBarSeries()
    reversed_sets = [(name, list(values)[::-1], color) for name, values, color in sets]
    return _chart(title, series, list(categories)[::-1], reversed_sets, horizontal=True)


def stacked_bars(title: str, categories: Sequence[str], sets: Sequence[BarSet]) -> QChart:
    """One column per category, the sets stacked on each other."""
    return _chart(title, QStackedBarSeries(), list(categories), sets, horizontal=False)


def _chart(
    title: str,
    series: QAbstractBarSeries,
    categories: list[str],
    sets: Sequence[BarSet],
    *,
    horizontal: bool,
) -> QChart:
    chart = QChart()
    chart.setBackgroundBrush(QColor("white"))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    if not categories:
        chart.legend().hide()
        return chart
    top = 0.0
    for name, values, color in sets:
        bars = QBarSet(name)
        bars.setColor(QColor(color))
        bars.append([float(v) for v in values])
        series.append(bars)
    if isinstance(series, QStackedBarSeries):
        top = max((sum(float(s[1][i]) for s in sets) for i in range(len(categories))), default=0)
    else:
        top = max((float(v) for s in sets for v in s[1]), default=0)
    chart.addSeries(series)
    axis_categories = QBarCategoryAxis()
    axis_categories.append(categories)
    values_axis = QValueAxis()
    values_axis.setLabelFormat("%d")
    # Counts: whole-number ticks (a tick at 0.2 would read "0" with this format).
    highest = max(1, math.ceil(top))
    values_axis.setRange(0, highest)
    if highest <= MAX_UNIT_TICKS:
        values_axis.setTickCount(highest + 1)
    else:
        values_axis.applyNiceNumbers()
    if horizontal:
        chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_categories)
    series.attachAxis(values_axis)
    return chart
