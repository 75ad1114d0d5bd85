"""The study timeline drawn with Qt Charts: one lane per kind of event over a date axis,
meetings shaped by kind, and the number of open actions as a step line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from fieldnotes.analysis.timeline import EVENT_KINDS, TimelineEvent
from fieldnotes.ui.analysis.timeline_models import event_text, lane_names
from fieldnotes.ui.labels import label

Marker = QScatterSeries.MarkerShape
SHAPES = (
    Marker.MarkerShapeCircle,
    Marker.MarkerShapeRectangle,
    Marker.MarkerShapeTriangle,
    Marker.MarkerShapeRotatedRectangle,
    Marker.MarkerShapeStar,
    Marker.MarkerShapePentagon,
)
LANE_COLOURS = {
    "cac_round": "#8e44ad",
    "member_check": "#16a085",
    "feedback": "#27ae60",
    "action_agreed": "#e67e22",
    "action_closed": "#7f8c8d",
}
MEETING_COLOURS = ("#3a7bd5", "#c0392b", "#2c3e50", "#d35400", "#1abc9c", "#9b59b6")


def day_ms(day: str) -> float:
    """Noon of a YYYY-MM-DD day, local time, as the date axis counts."""
    y, m, d = (int(part) for part in day.split("-"))
    return float(QDateTime(QDate(y, m, d), QTime(12, 0)).toMSecsSinceEpoch())


class TimelineChart(QChartView):
    point_clicked = Signal(int)  # the row of the first event at the point clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("timelineChart")
        self.setAccessibleName(self.tr("Study timeline"))
        self.setMinimumHeight(260)
        self._rows: dict[tuple[int, float], list[int]] = {}  # (series, x) -> event rows
        self._events: list[TimelineEvent] = []
        self._selected: QScatterSeries | None = None
        self.lane_series: dict[str, list[QScatterSeries]] = {}
        self.open_line: QLineSeries | None = None
        self.setChart(QChart())

    def set_events(
        self, events: Sequence[TimelineEvent], open_actions: Sequence[tuple[str, int]]
    ) -> None:
        """Draw ``events`` (the table's rows, in order) and the open-actions line."""
        chart = QChart()
        chart.setTitle(self.tr("The study over time"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._events = list(events)
        self._rows = {}
        self.lane_series = {}
        lanes = lane_names()
        top = len(EVENT_KINDS) - 1
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM-dd")
        x_axis.setTitleText(self.tr("Date"))
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, kind in reversed(list(enumerate(EVENT_KINDS))):  # bottom lane first
            y_axis.append(lanes[kind], top - i)
        y_axis.setRange(-0.5, top + 0.5)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        series_for: dict[tuple[str, str], QScatterSeries] = {}
        points: dict[int, list[QPointF]] = {}
        days: dict[str, float] = {}
        for row, event in enumerate(self._events):
            key = (event.kind, event.detail if event.kind == "meeting" else "")
            series = series_for.get(key)
            if series is None:
                series = self._new_series(event, len(self.lane_series.get("meeting", [])))
                series_for[key] = series
                self.lane_series.setdefault(event.kind, []).append(series)
            x = days.get(event.date)
            if x is None:
                x = days[event.date] = day_ms(event.date)
            rows = self._rows.setdefault((id(series), x), [])
            if not rows:  # one point per day and series; the tooltip lists them all
                y = float(top - EVENT_KINDS.index(event.kind))
                points.setdefault(id(series), []).append(QPointF(x, y))
            rows.append(row)
        for group in self.lane_series.values():
            for series in group:
                series.replace(points.get(id(series), []))  # at once: one redraw
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                series.hovered.connect(lambda point, state, s=series: self._hover(s, point, state))
                series.clicked.connect(lambda point, s=series: self._click(s, point))
        self.open_line = self._add_open_line(chart, x_axis, open_actions)
        self._selected = QScatterSeries()
        self._selected.setMarkerSize(20)
        self._selected.setColor(QColor(0, 0, 0, 0))
        self._selected.setBorderColor(QColor("#e74c3c"))
        chart.addSeries(self._selected)
        self._selected.attachAxis(x_axis)
        self._selected.attachAxis(y_axis)
        # The lanes are named on the axis: the legend tells only meeting kinds apart.
        for kind, group in self.lane_series.items():
            for series in group if kind != "meeting" else []:
                for marker in chart.legend().markers(series):
                    marker.setVisible(False)
        for marker in chart.legend().markers(self._selected):
            marker.setVisible(False)
        if self._events:
            first, last = day_ms(self._events[0].date), day_ms(self._events[-1].date)
            margin = max((last - first) * 0.03, 86_400_000 * 3)
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(first - margin)),
                QDateTime.fromMSecsSinceEpoch(int(last + margin)),
            )
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    def _new_series(self, event: TimelineEvent, meeting_kinds: int) -> QScatterSeries:
        series = QScatterSeries()
        series.setMarkerSize(11)
        if event.kind == "meeting":
            series.setName(label(event.detail) or self.tr("meeting"))
            series.setMarkerShape(SHAPES[meeting_kinds % len(SHAPES)])
            series.setColor(QColor(MEETING_COLOURS[meeting_kinds % len(MEETING_COLOURS)]))
        else:
            series.setName(lane_names()[event.kind])
            series.setColor(QColor(LANE_COLOURS[event.kind]))
        series.setBorderColor(series.color().darker(130))
        return series

    def _add_open_line(
        self, chart: QChart, x_axis: QDateTimeAxis, points: Sequence[tuple[str, int]]
    ) -> QLineSeries | None:
        if not points:
            return None
        line = QLineSeries()
        line.setName(self.tr("Open actions"))
        line.setColor(QColor("#e67e22"))
        previous, steps = 0, []
        for day, count in points:  # a step: the number holds until it changes
            x = day_ms(day)
            steps += [QPointF(x, previous), QPointF(x, count)]
            previous = count
        if self._events:
            steps.append(QPointF(day_ms(self._events[-1].date), previous))
        line.replace(steps)
        axis = QValueAxis()
        axis.setTitleText(self.tr("Open actions"))
        axis.setLabelFormat("%d")
        highest = max(count for _, count in points) + 1
        axis.setRange(0, highest)
        axis.setTickCount(min(highest, 10) + 1)
        chart.addSeries(line)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(x_axis)
        line.attachAxis(axis)
        return line

    def rows_at(self, series: QScatterSeries, point: QPointF) -> list[int]:
        return self._rows.get((id(series), point.x()), [])

    def describe(self, rows: Sequence[int]) -> str:
        """What the events at one point are, one line each (the hover text)."""
        lanes = lane_names()
        lines = []
        for row in rows:
            event = self._events[row]
            what, detail = event_text(event)
            extra = f" ({detail})" if detail else ""
            lines.append(f"{event.date} · {lanes[event.kind]}: {what}{extra}")
        return "\n".join(lines)

    def _hover(self, series: QScatterSeries, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.describe(self.rows_at(series, point)), self)
        else:
            QToolTip.hideText()

    def _click(self, series: QScatterSeries, point: QPointF) -> None:
        rows = self.rows_at(series, point)
        if rows:
            self.point_clicked.emit(rows[0])

    def select(self, row: int) -> None:
        """Ring the event of ``row`` (the table's current row)."""
        if self._selected is None:
            return
        self._selected.clear()
        if 0 <= row < len(self._events):
            event = self._events[row]
            top = len(EVENT_KINDS) - 1
            self._selected.append(day_ms(event.date), float(top - EVENT_KINDS.index(event.kind)))
