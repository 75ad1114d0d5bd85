"""The codebook as a Qt tree: the structure shared by the tagging panel and the codebook.

Nodes mirror the project's codes (CAC dimensions with their items, then themes nested by
parent) and are rebuilt whenever the codebook changes. Subclasses add columns and roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

from fieldnotes.domain.models import Code
from fieldnotes.ui.hub import ProjectHub

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class CodeNode:
    code: Code | None
    parent: CodeNode | None = None
    children: list[CodeNode] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodeTreeBase(QAbstractItemModel):
    COLUMNS = 1

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._root = CodeNode(None)
        self._nodes: dict[str, CodeNode] = {}
        hub.codes_changed.connect(self.reload)

    def reload(self) -> None:
        self.beginResetModel()
        self._root = CodeNode(None)
        codes = self._hub.project.codes.all()
        self._nodes = {code.id: CodeNode(code) for code in codes}
        for code in codes:
            node = self._nodes[code.id]
            node.parent = (self._nodes.get(code.parent) if code.parent else None) or self._root
            node.parent.children.append(node)
        self._after_reload()
        self.endResetModel()

    def _after_reload(self) -> None:
        """Recompute whatever a subclass derives from the codes (inside the reset)."""

    def index_of(self, code_id: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(code_id)
        return self.createIndex(node.row(), column, node) if node else QModelIndex()

    def code_at(self, index: Index) -> Code | None:
        return self._node(index).code

    def _node(self, index: Index) -> CodeNode:
        return index.internalPointer() if index.isValid() else self._root

    def _emit_changed(self, node: CodeNode, column: int, roles: list[int]) -> None:
        """dataChanged for ``column`` of every node below ``node``, one range per level."""
        if node.children:
            first = self.createIndex(0, column, node.children[0])
            last = self.createIndex(len(node.children) - 1, column, node.children[-1])
            self.dataChanged.emit(first, last, roles)
            for child in node.children:
                self._emit_changed(child, column, roles)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not 0 <= column < self.COLUMNS or not 0 <= row < len(node.children):
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
        return self.COLUMNS
