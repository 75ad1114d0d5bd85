"""The codebook as a tree with ticks for the current observation's tags.

The CAC dimensions with their items come first, then the user's themes nested by parent.
Ticking asks for a toggle (``toggle_requested``); the tick itself follows the project,
so undo and the other ways of tagging keep it right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from fieldnotes.domain.code_search import code_label
from fieldnotes.domain.models import Code
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.chips import chip_color

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    code: Code | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodeTreeModel(QAbstractItemModel):
    toggle_requested = Signal(str)  # code id

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._root = _Node(None)
        self._nodes: dict[str, _Node] = {}
        self._ticked: set[str] = set()
        self._implied: set[str] = set()
        self._enabled = False
        hub.codes_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._root = _Node(None)
        self._nodes = {}
        codes = self._hub.project.codes.all()
        for code in codes:
            self._nodes[code.id] = _Node(code)
        for code in codes:
            node = self._nodes[code.id]
            parent = self._nodes.get(code.parent) if code.parent else None
            node.parent = parent or self._root
            node.parent.children.append(node)
        self.endResetModel()

    def set_current_codes(self, codes: list[str] | None) -> None:
        """Tick the codes of the current observation (None: no observation selected)."""
        if (codes is not None) == self._enabled and set(codes or []) == self._ticked:
            return
        self._enabled = codes is not None
        self._ticked = set(codes or [])
        self._implied = {
            node.parent.code.id
            for cid in self._ticked
            if (node := self._nodes.get(cid)) and node.parent and node.parent.code
        }
        self._emit_all_changed(self._root)

    def index_of(self, code_id: str) -> QModelIndex:
        node = self._nodes.get(code_id)
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()

    def _emit_all_changed(self, node: _Node) -> None:
        if node.children:
            first = self.createIndex(0, 0, node.children[0])
            last = self.createIndex(len(node.children) - 1, 0, node.children[-1])
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])
            for child in node.children:
                self._emit_all_changed(child)

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._enabled else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self._node(index).code
        assert code is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return code_label(code)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code.description or code.name
        if role == Qt.ItemDataRole.CheckStateRole:
            if code.id in self._ticked:
                return Qt.CheckState.Checked
            if code.id in self._implied:
                return Qt.CheckState.PartiallyChecked
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(chip_color(code, self._hub.code_lookup()))
        if role == OBJECT_ROLE:
            return code
        if role == ID_ROLE:
            return code.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._enabled:
            return False
        code = self._node(index).code
        assert code is not None
        self.toggle_requested.emit(code.id)
        return True
