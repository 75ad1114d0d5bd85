"""One meeting's observations as a table: time, text, tags, quotes.

Only the selected meeting is loaded, so a project of any size opens at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fieldnotes.domain.models import Observation
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex

TIME, TEXT, TAGS, QUOTES = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ObservationTableModel", text)


class ObservationTableModel(QAbstractTableModel):
    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._meeting_id: str | None = None
        self._observations: list[Observation] = []
        hub.observations_changed.connect(self._on_observations_changed)
        hub.codes_changed.connect(self._refresh_all)
        hub.participants_changed.connect(self._refresh_all)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.beginResetModel()
        self._meeting_id = meeting_id
        self._observations = (
            self._hub.project.observations.for_meeting(meeting_id) if meeting_id else []
        )
        self.endResetModel()

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._observations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [_tr("Time"), _tr("Observation"), _tr("Tags"), _tr("Quotes")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._observations):
            return None
        observation = self._observations[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell_text(observation, index.column())
        if role == OBJECT_ROLE:
            return observation
        if role == ID_ROLE:
            return observation.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _cell_text(self, observation: Observation, column: int) -> str:
        if column == TIME:
            return observation.time or ""
        if column == TEXT:
            return observation.text
        if column == TAGS:
            return ", ".join(self._tag_label(code_id) for code_id in observation.codes)
        pseudonyms = self._hub.pseudonyms()
        return "\n".join(
            f"“{quote.text}” — {pseudonyms.get(quote.speaker or '', _tr('unknown'))}"
            for quote in observation.quotes
        )

    def _tag_label(self, code_id: str) -> str:
        code = self._hub.code_lookup().get(code_id)
        if code is None:
            return code_id
        if code.locked:
            return f"CAC {code_id.removeprefix('cac:')}" if code.parent else f"CAC {code.name}"
        return code.name

    def _on_observations_changed(self, meeting_id: str) -> None:
        if meeting_id == self._meeting_id:
            self.set_meeting(meeting_id)

    def _refresh_all(self) -> None:
        if self._observations:
            last = self.index(len(self._observations) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
