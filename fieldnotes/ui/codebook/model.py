"""The whole codebook as a tree with observation counts; themes can be dragged to nest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from fieldnotes.analysis.code_counts import code_counts
from fieldnotes.domain.code_search import code_label
from fieldnotes.ui.debounce import debounced
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.code_tree_base import CodeTreeBase, Index
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.chips import chip_color
from fieldnotes.ui.widgets.code_text import code_tooltip

MIME = "application/x-fieldnotes-code"
NAME, COUNT = range(2)


class CodebookModel(CodeTreeBase):
    COLUMNS = 2

    move_requested = Signal(str, object)  # theme id, new parent id or None (top level)

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(hub, parent)
        self._counts: dict[str, int] = {}
        # Counts scan every tag: refresh once edits pause, not on every autosave.
        recount_soon = debounced(self, self._recount)
        hub.observation_changed.connect(recount_soon)
        hub.observations_changed.connect(recount_soon)
        self.reload()

    def _after_reload(self) -> None:
        self._counts = self._count()

    def _count(self) -> dict[str, int]:
        repo = self._hub.project.codes
        return code_counts(((o, c) for o, _m, c in repo.tag_rows()), repo.parents())

    def _recount(self) -> None:
        self._counts = self._count()
        self._emit_changed(self._root, COUNT, [Qt.ItemDataRole.DisplayRole])

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
            return code_tooltip(code)
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
