"""A read-only table of numbers, the same rows a chart draws and its CSV holds.

The analysis windows show what they count under their charts; one small model serves
them all so that the screen, the picture and the CSV cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class NumbersModel(QAbstractTableModel):
    """Rows of values; a float in a ``percent`` column is a share (0..1) shown as a
    percentage, and every number is right-aligned."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[Sequence[object]] = []
        self._percent: frozenset[int] = frozenset()

    def set_table(
        self, header: Sequence[str], rows: Sequence[Sequence[object]], percent: Sequence[int] = ()
    ) -> None:
        self.beginResetModel()
        self._header, self._rows, self._percent = list(header), list(rows), frozenset(percent)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in self._percent and isinstance(value, float):
                return f"{value * 100:.0f}%"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header):
            return self._header[section]
        return None

    def table(self) -> tuple[list[str], list[list[object]]]:
        """Header and rows for a CSV: shares as percentages with one decimal."""
        rows = [
            [
                round(v * 100, 1) if c in self._percent and isinstance(v, float) else v
                for c, v in enumerate(row)
            ]
            for row in self._rows
        ]
        return list(self._header), rows
