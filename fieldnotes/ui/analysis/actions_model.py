"""Every agreed action across meetings as a table: where, what, who, by when, and how it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

from fieldnotes.analysis.actions import is_overdue
from fieldnotes.domain.models import ActionEntry
from fieldnotes.ui.labels import label
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex
DATE, MEETING, TEXT, OWNER, DUE, STATUS, CHANGED = range(7)


class ActionsTableModel(QAbstractTableModel):
    """``names`` gives pseudonyms by participant id (never real names)."""

    def __init__(self, names: Callable[[], dict[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._entries: list[ActionEntry] = []
        self._today = ""
        self._shown: dict[int, list[str]] = {}  # row -> its cells, made when first asked

    def set_entries(self, entries: Sequence[ActionEntry], today: str) -> None:
        self.beginResetModel()
        self._entries, self._today = list(entries), today
        self._shown = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else CHANGED + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.header()[section] if 0 <= section <= CHANGED else None

    def header(self) -> list[str]:
        return [
            QCoreApplication.translate("ActionsTable", "Meeting date"),
            QCoreApplication.translate("ActionsTable", "Meeting"),
            QCoreApplication.translate("ActionsTable", "Action"),
            QCoreApplication.translate("ActionsTable", "Owner"),
            QCoreApplication.translate("ActionsTable", "Due"),
            QCoreApplication.translate("ActionsTable", "Status"),
            QCoreApplication.translate("ActionsTable", "Last change"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._shown.get(index.row())
            if cells is None:
                cells = self._shown[index.row()] = self._cells(entry)
            return cells[index.column()]
        if role == OBJECT_ROLE:
            return entry
        if role == ID_ROLE:
            return entry.observation
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() in (DUE, STATUS)
            and is_overdue(entry.action, self._today)
        ):
            return QColor("#a33")
        return None

    def _cells(self, entry: ActionEntry) -> list[str]:
        action = entry.action
        status = label(action.status)
        if is_overdue(action, self._today):
            status = QCoreApplication.translate("ActionsTable", "{status}, overdue").format(
                status=status
            )
        owner = self._names().get(action.owner, "?") if action.owner else ""
        return [
            entry.meeting_date or "",
            entry.meeting_title,
            entry.text,
            owner,
            action.due or "",
            status,
            action.changed_on() or "",
        ]

    def entry_at(self, row: int) -> ActionEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, observation_id: str | None) -> int:
        return next((i for i, e in enumerate(self._entries) if e.observation == observation_id), -1)

    def table(self) -> tuple[list[str], list[list[object]]]:
        """The rows as shown, for a CSV."""
        return self.header(), [list(self._cells(entry)) for entry in self._entries]
