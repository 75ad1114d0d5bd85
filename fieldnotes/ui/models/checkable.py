"""A list of (id, label) rows with ticks, for pickers whose dialog decides what to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldnotes.ui.models.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class CheckableListModel(QAbstractListModel):
    def __init__(
        self, rows: list[tuple[str, str]], checked: list[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self._checked = list(checked)

    def set_rows(self, rows: list[tuple[str, str]], also_check: str | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        if also_check and also_check not in self._checked:
            self._checked.append(also_check)
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """The ticked ids, in the order of the rows."""
        order = {row_id: i for i, (row_id, _) in enumerate(self._rows)}
        return sorted(self._checked, key=lambda row_id: order.get(row_id, len(order)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, label = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row_id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row_id = self._rows[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked and row_id not in self._checked:
            self._checked.append(row_id)
        elif not checked and row_id in self._checked:
            self._checked.remove(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
