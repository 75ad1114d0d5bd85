"""A combo box's list of choices: a label and the value it stands for (None: "all")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldnotes.ui.models.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str | None]] = []

    def set_items(self, items: Sequence[tuple[str, str | None]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, value = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == ID_ROLE:
            return value
        return None

    def value_at(self, row: int) -> str | None:
        return self._items[row][1] if 0 <= row < len(self._items) else None

    def row_of(self, value: str | None) -> int:
        return next((i for i, (_, v) in enumerate(self._items) if v == value), -1)
