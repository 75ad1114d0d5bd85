"""Participants as a table (manager dialog) and as a checkable list (attendee picker)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fieldnotes.domain.models import Participant
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantModels", text)


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
                _tr("Pseudonym"),
                _tr("Role"),
                _tr("Organisation / sector"),
                _tr("Consent"),
                _tr("Real name (private)"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._participants):
            return None
        p = self._participants[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            consent = " ".join(x for x in (p.consent.status, p.consent.date or "") if x)
            return [p.pseudonym, p.role, p.organisation, consent, p.real_name or ""][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REAL_NAME:
            return _tr("Private: kept in the project file, never in anything made for sharing.")
        if role == OBJECT_ROLE:
            return p
        if role == ID_ROLE:
            return p.id
        return None


class AttendeeListModel(QAbstractListModel):
    """Every participant with a tick for those attending; the dialog owns the ticks."""

    def __init__(self, hub: ProjectHub, checked: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._participants = hub.project.participants.all()
        self._checked = list(checked)

    def checked_ids(self) -> list[str]:
        order = {p.id: i for i, p in enumerate(self._participants)}
        return sorted(self._checked, key=lambda pid: order.get(pid, len(order)))

    def reload(self, also_check: str | None = None) -> None:
        self.beginResetModel()
        self._participants = self._hub.project.participants.all()
        if also_check and also_check not in self._checked:
            self._checked.append(also_check)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._participants)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._participants):
            return None
        p = self._participants[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.pseudonym} ({p.role})" if p.role else p.pseudonym
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if p.id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return p.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        pid = self._participants[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked and pid not in self._checked:
            self._checked.append(pid)
        elif not checked and pid in self._checked:
            self._checked.remove(pid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
