"""The codebook as a tree with ticks for the current observation's tags.

The CAC dimensions with their items come first, then the user's themes nested by parent.
Ticking asks for a toggle (``toggle_requested``); the tick itself follows the project,
so undo and the other ways of tagging keep it right.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from fieldnotes.domain.code_search import code_label
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.code_tree_base import CodeTreeBase, Index
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.chips import chip_color
from fieldnotes.ui.widgets.code_text import code_tooltip


class CodeTreeModel(CodeTreeBase):
    toggle_requested = Signal(str)  # code id

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(hub, parent)
        self._ticked: set[str] = set()
        self._implied: set[str] = set()
        self._enabled = False
        self.reload()

    def set_current_codes(self, codes: list[str] | None) -> None:
        """Tick the codes of the current observation (None: no observation selected)."""
        if (codes is not None) == self._enabled and set(codes or []) == self._ticked:
            return
        self._enabled = codes is not None and not self._hub.read_only  # ticks shown, not taken
        self._ticked = set(codes or [])
        self._implied = {
            node.parent.code.id
            for cid in self._ticked
            if (node := self._nodes.get(cid)) and node.parent and node.parent.code
        }
        self._emit_changed(self._root, 0, [Qt.ItemDataRole.CheckStateRole])

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
            return code_tooltip(code)
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
