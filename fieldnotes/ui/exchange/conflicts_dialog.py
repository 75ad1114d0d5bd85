"""Edit › Review merge conflicts…: each item both copies changed, side by side, to choose.

The project's own version stays in place until the researcher takes the other; either
choice removes the record and is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.domain.models import Conflict
from fieldnotes.ui.commands.base import StoreCommand
from fieldnotes.ui.exchange.conflict_text import comparison_rows, item_label
from fieldnotes.ui.exchange.merge_models import kind_label, reason_label
from fieldnotes.ui.hub import ProjectHub

Index = QModelIndex | QPersistentModelIndex


class ConflictsModel(QAbstractTableModel):
    """The open conflict records: what, why, and whose the other version is."""

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.conflicts: list[Conflict] = []
        self._labels: list[str] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.conflicts = self._hub.project.conflicts.all()
        self._labels = [item_label(self._hub, c) for c in self.conflicts]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        conflict = self.conflicts[index.row()]
        if index.column() == 0:
            return f"{kind_label(conflict.kind)}: {self._labels[index.row()]}"
        if index.column() == 1:
            return reason_label(conflict.reason)
        who = conflict.researcher or self.tr("a colleague")
        return f"{who}, {(conflict.modified or '')[:10]}".rstrip(", ")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Item"), self.tr("Why"), self.tr("Other version by"))[section]


class ComparisonModel(QAbstractTableModel):
    """One row per field: this copy's value beside the other's; differences in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []
        self.other = ""

    def show(self, rows: list[tuple[str, str, str]], other: str) -> None:
        self.beginResetModel()
        self.rows, self.other = rows, other
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _field, ours, theirs = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (ours, theirs)[index.column()]
        if role == Qt.ItemDataRole.FontRole and ours != theirs:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.rows[section][0]
        return (self.tr("This copy (in place)"), self.other)[section]


class ResolveConflict(StoreCommand):
    def __init__(self, hub: ProjectHub, conflict: Conflict, keep: str, label: str) -> None:
        super().__init__(hub, label)
        self._conflict = conflict
        self._keep = keep
        self._resolved: Any = None

    def _redo(self) -> None:
        self._resolved = self._hub.project.conflicts.resolve(self._conflict.id, self._keep)
        self._hub.announce_everything()

    def _undo(self) -> None:
        self._resolved.restore()
        self._hub.announce_everything()


class ConflictsDialog(QDialog):
    def __init__(
        self, hub: ProjectHub, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review merge conflicts"))
        self._hub = hub
        self._undo_stack = undo_stack
        self.model = ConflictsModel(hub, self)
        self.list = QTableView(self)
        self.list.setObjectName("conflictList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.comparison = ComparisonModel(self)
        compare = QTableView(self)
        compare.setObjectName("conflictComparison")
        compare.setModel(self.comparison)
        compare.setWordWrap(True)
        compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keep_ours = QPushButton(self.tr("&Keep this copy's version"), self)
        self.take_theirs = QPushButton(self.tr("&Take the other version"), self)
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.take_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.empty = QLabel(self.tr("No conflicts: everything merged cleanly."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.keep_ours, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(compare)
        split.setSizes([180, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.selectionModel().currentRowChanged.connect(self._show_current)
        self.resize(820, 600)
        self._after_change()

    def current(self) -> Conflict | None:
        row = self.list.currentIndex().row()
        return self.model.conflicts[row] if 0 <= row < len(self.model.conflicts) else None

    def resolve(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None or self._hub.read_only:
            return
        label = (
            self.tr("Keep this copy's version")
            if keep == "ours"
            else self.tr("Take the other version")
        )
        row = self.list.currentIndex().row()
        self._undo_stack.push(ResolveConflict(self._hub, conflict, keep, label))
        self._after_change(row)

    def _after_change(self, row: int = 0) -> None:
        self.model.reload()
        has_any = self.model.rowCount() > 0
        self.empty.setVisible(not has_any)
        for button in (self.keep_ours, self.take_theirs):
            button.setEnabled(has_any and not self._hub.read_only)
        if has_any:
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
            self.list.setFocus()
        else:
            self.comparison.show([], "")

    def _show_current(self) -> None:
        conflict = self.current()
        if conflict is None:
            self.comparison.show([], "")
            return
        other = self.tr("{who}'s copy").format(who=conflict.researcher or self.tr("Other"))
        self.comparison.show(comparison_rows(self._hub, conflict), other)
