"""One meeting's observations, in order, as a list model for the capture stream.

Only the selected meeting is loaded, so a project of any size opens at once; a change
to one observation re-reads just that one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldnotes.domain.models import Observation
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.code_text import tags_tooltip

Index = QModelIndex | QPersistentModelIndex


class ObservationListModel(QAbstractListModel):
    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._meeting_id: str | None = None
        self._observations: list[Observation] = []
        self._rows: dict[str, int] = {}
        hub.observations_changed.connect(self._on_observations_changed)
        hub.observation_changed.connect(self._on_observation_changed)
        hub.codes_changed.connect(self._refresh_all)
        hub.participants_changed.connect(self._refresh_all)
        hub.meetings_changed.connect(self._on_meetings_changed)

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: str | None) -> None:
        self.beginResetModel()
        self._meeting_id = meeting_id
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        meeting_id = self._meeting_id
        self._observations = (
            self._hub.project.observations.for_meeting(meeting_id) if meeting_id else []
        )
        self._rows = {o.id: row for row, o in enumerate(self._observations)}

    def row_of(self, observation_id: str) -> int:
        return self._rows.get(observation_id, -1)

    def observation(self, row: int) -> Observation | None:
        return self._observations[row] if 0 <= row < len(self._observations) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._observations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._observations):
            return None
        observation = self._observations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return observation.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{observation.time or ''} {observation.text}"
        if role == Qt.ItemDataRole.ToolTipRole:  # the chips' tags in full
            return tags_tooltip(observation.codes, self._hub.code_lookup()) or None
        if role == OBJECT_ROLE:
            return observation
        if role == ID_ROLE:
            return observation.id
        return None

    def _on_observations_changed(self, meeting_id: str) -> None:
        if meeting_id == self._meeting_id:
            self.set_meeting(meeting_id)

    def _on_observation_changed(self, observation_id: str) -> None:
        row = self._rows.get(observation_id)
        if row is None:
            return
        fresh = self._hub.project.observations.get(observation_id)
        if fresh is None:
            return
        self._observations[row] = fresh
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def _on_meetings_changed(self) -> None:
        if self._meeting_id and self._hub.project.meetings.get(self._meeting_id) is None:
            self.set_meeting(None)

    def _refresh_all(self) -> None:
        if self._observations:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._observations) - 1, 0))
