"""Meetings, newest first, as a list model over the project."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldnotes.domain.models import Meeting
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.models.checkable import CheckableListModel
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractListModel):
    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._meetings: list[Meeting] = []
        hub.meetings_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._meetings = self._hub.project.meetings.all(newest_first=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{meeting.title}\n{meeting.date or '—'} · {label(meeting.kind)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{meeting.title}\n{label(meeting.kind)}, {meeting.location}".strip(", \n")
        if role == OBJECT_ROLE:
            return meeting
        if role == ID_ROLE:
            return meeting.id
        return None

    def row_of(self, meeting_id: str) -> int:
        return next((i for i, m in enumerate(self._meetings) if m.id == meeting_id), -1)


class MeetingChecklistModel(CheckableListModel):
    """Meetings (oldest first) with ticks, for choosing what to export."""

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        meetings = sorted(hub.project.meetings.all(), key=lambda m: (m.date or "", m.start or ""))
        super().__init__([(m.id, f"{m.date or '—'}  {m.title}") for m in meetings], [], parent)
