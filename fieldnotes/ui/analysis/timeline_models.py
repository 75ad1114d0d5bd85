"""The study timeline's tables: its events (to walk from the keyboard) and the code
frequency heat strip (one row per chosen code, one cell per meeting)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from fieldnotes.analysis.timeline import EVENT_KINDS, TimelineEvent, code_frequency_of_sets
from fieldnotes.domain.code_search import tag_label
from fieldnotes.domain.models import Code, Meeting
from fieldnotes.ui.charts.saving import Table
from fieldnotes.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
SHADE = "#3a7bd5"


def lane_names() -> dict[str, str]:
    """Each event kind's lane, as the chart and the table name it."""
    names = {
        "meeting": QCoreApplication.translate("Timeline", "Meetings"),
        "cac_round": QCoreApplication.translate("Timeline", "CAC rounds"),
        "member_check": QCoreApplication.translate("Timeline", "Member checks sent"),
        "feedback": QCoreApplication.translate("Timeline", "Feedback received"),
        "action_agreed": QCoreApplication.translate("Timeline", "Actions agreed"),
        "action_closed": QCoreApplication.translate("Timeline", "Actions closed"),
    }
    assert set(names) == set(EVENT_KINDS)
    return names


def event_text(event: TimelineEvent) -> tuple[str, str]:
    """(what, detail) of an event as the table and the chart's tooltips show it."""
    if event.kind == "meeting":
        return event.label, label(event.detail)
    if event.kind == "member_check":
        count = int(event.detail or 0)
        return event.label, QCoreApplication.translate("Timeline", "%n observation(s)", "", count)
    if event.kind == "feedback":
        return QCoreApplication.translate(
            "Timeline", "%n answer(s)", "", int(event.detail or 0)
        ), ""
    if event.kind == "action_closed":
        return event.label, label(event.detail)
    return event.label, event.detail


class EventTableModel(QAbstractTableModel):
    """Every dated event, oldest first: date, lane, what, detail."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[TimelineEvent] = []
        self._lanes = lane_names()

    def set_events(self, events: Sequence[TimelineEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEvent | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def _header(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("Detail")]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header()[section]
        return None

    def _row(self, event: TimelineEvent) -> list[str]:
        what, detail = event_text(event)
        return [event.date, self._lanes[event.kind], what, detail]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._row(event)[index.column()]
        return None

    def numbers(self) -> Table:
        return self._header(), [self._row(e) for e in self._events]


class CodeFrequencyModel(QAbstractTableModel):
    """Rows: the chosen codes; columns: meetings in date order; cells shaded by count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sets: list[tuple[str, tuple[str, ...], int]] = []
        self._parents: dict[str, str | None] = {}
        self._meetings: list[Meeting] = []
        self._codes: list[Code] = []
        self._counts: dict[str, list[int]] = {}
        self._max = 1

    def set_data(
        self,
        sets: list[tuple[str, tuple[str, ...], int]],
        parents: dict[str, str | None],
        meetings: Sequence[Meeting],
    ) -> None:
        """``sets``: (meeting, codes, observations), as ``meeting_code_sets`` reads them."""
        self._sets, self._parents = sets, parents
        self._meetings = sorted(
            meetings, key=lambda m: (m.date is None, m.date or "", m.start or "")
        )

    def set_codes(self, codes: Sequence[Code]) -> None:
        """Count the chosen codes (after ``set_data``, and whenever the choice changes)."""
        self.beginResetModel()
        self._codes = list(codes)
        self._counts = code_frequency_of_sets(
            self._sets, self._parents, [c.id for c in self._codes], [m.id for m in self._meetings]
        )
        self._max = max((max(row, default=0) for row in self._counts.values()), default=0) or 1
        self.endResetModel()

    def count(self, row: int, column: int) -> int:
        return self._counts[self._codes[row].id][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return tag_label(self._codes[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._codes[section].name
            return None
        meeting = self._meetings[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return meeting.date or "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{meeting.date or ''} {meeting.title}".strip()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count = self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return count or ""
        if role == Qt.ItemDataRole.BackgroundRole and count:
            shade = QColor(SHADE)
            shade.setAlphaF(0.12 + 0.8 * count / self._max)
            return shade
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            meeting = self._meetings[index.column()]
            return self.tr("{code} in {meeting}: %n observation(s)", "", count).format(
                code=self._codes[index.row()].name, meeting=meeting.title
            )
        return None

    def numbers(self) -> Table:
        header = [self.tr("code"), *(f"{m.date or ''} {m.title}".strip() for m in self._meetings)]
        rows = [[tag_label(c), *self._counts[c.id]] for c in self._codes]
        return header, rows
