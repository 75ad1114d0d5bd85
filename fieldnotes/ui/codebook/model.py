"""The whole codebook as a tree with observation counts; themes can be dragged to nest."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from fieldnotes.analysis.code_counts import code_counts
from fieldnotes.domain.code_search import code_label
from fieldnotes.domain.models import Code
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.chips import chip_color

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-fieldnotes-code"
NAME, COUNT = range(2)


@dataclass(eq=False)
class _Node:
    code: Code | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodebookModel(QAbstractItemModel):
    move_requested = Signal(str, object)  # theme id, new parent id or None (top level)

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._root = _Node(None)
        self._nodes: dict[str, _Node] = {}
        self._counts: dict[str, int] = {}
        hub.codes_changed.connect(self.reload)
        hub.observation_changed.connect(self._recount)
        hub.observations_changed.connect(self._recount)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._root = _Node(None)
        codes = self._hub.project.codes.all()
        self._nodes = {code.id: _Node(code) for code in codes}
        for code in codes:
            node = self._nodes[code.id]
            node.parent = self._nodes.get(code.parent) if code.parent else None
            node.parent = node.parent or self._root
            node.parent.children.append(node)
        self._counts = self._count()
        self.endResetModel()

    def _count(self) -> dict[str, int]:
        repo = self._hub.project.codes
        return code_counts(((o, c) for o, _m, c in repo.tag_rows()), repo.parents())

    def _recount(self) -> None:
        self._counts = self._count()
        self._emit_counts(self._root)

    def _emit_counts(self, node: _Node) -> None:
        if node.children:
            top = self.createIndex(0, COUNT, node.children[0])
            bottom = self.createIndex(len(node.children) - 1, COUNT, node.children[-1])
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
            for child in node.children:
                self._emit_counts(child)

    def index_of(self, code_id: str, column: int = NAME) -> QModelIndex:
        node = self._nodes.get(code_id)
        return self.createIndex(node.row(), column, node) if node else QModelIndex()

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not 0 <= column < 2 or not 0 <= row < len(node.children):
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
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Code"), self.tr("Observations")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self._node(index).code
        assert code is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return code_label(code) if index.column() == NAME else self._counts.get(code.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code.description or code.name
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NAME:
            return QColor(chip_color(code, self._hub.code_lookup()))
        if role == Qt.ItemDataRole.FontRole and code.locked and code.parent is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OBJECT_ROLE:
            return code
        if role == ID_ROLE:
            return code.id
        return None

    # -- drag and drop: themes only, onto a theme (nest) or the empty area (top level) --

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        code = self._node(index).code
        if code is not None and not code.locked:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        ids = {index.data(ID_ROLE) for index in indexes if index.isValid()}
        if len(ids) == 1:
            mime.setData(MIME, QByteArray(next(iter(ids)).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        target = self._node(parent).code
        return target is None or not target.locked

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        code_id = bytes(data.data(MIME).data()).decode()
        target = self._node(parent).code
        new_parent = target.id if target else None
        if code_id == new_parent:
            return False
        self.move_requested.emit(code_id, new_parent)
        return False  # the move happens through the undo stack; the model reloads then
