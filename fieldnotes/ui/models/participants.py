"""Participants as a table (manager dialog) and as a checkable list (attendee picker)."""

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

from fieldnotes.domain.models import Participant
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.models.checkable import CheckableListModel
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    PSEUDONYM, ROLE, ORGANISATION, CONSENT, REAL_NAME = range(5)

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._participants: list[Participant] = []
        hub.participants_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._participants = self._hub.project.participants.all()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._participants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("ParticipantModels", "Pseudonym"),
                QCoreApplication.translate("ParticipantModels", "Role"),
                QCoreApplication.translate("ParticipantModels", "Organisation / sector"),
                QCoreApplication.translate("ParticipantModels", "Consent"),
                QCoreApplication.translate("ParticipantModels", "Real name (private)"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._participants):
            return None
        p = self._participants[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            consent = " ".join(x for x in (label(p.consent.status), p.consent.date or "") if x)
            return [p.pseudonym, label(p.role), p.organisation, consent, p.real_name or ""][
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REAL_NAME:
            return QCoreApplication.translate(
                "ParticipantModels",
                "Private: kept in the project file, never in anything made for sharing.",
            )
        if role == OBJECT_ROLE:
            return p
        if role == ID_ROLE:
            return p.id
        return None


class AttendeeListModel(CheckableListModel):
    """Every participant with a tick for those attending; the dialog owns the ticks."""

    def __init__(self, hub: ProjectHub, checked: list[str], parent: QObject | None = None) -> None:
        self._hub = hub
        super().__init__(self._rows_now(), checked, parent)

    def _rows_now(self) -> list[tuple[str, str]]:
        return [
            (p.id, f"{p.pseudonym} ({p.role})" if p.role else p.pseudonym)
            for p in self._hub.project.participants.all()
        ]

    def reload(self, also_check: str | None = None) -> None:
        self.set_rows(self._rows_now(), also_check)
