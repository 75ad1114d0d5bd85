"""Ctrl+T: a quick, keyboard-only picker over CAC items and themes.

Type a number ("14"), words of an item, or a theme name; Up/Down choose, Enter applies.
When no theme has exactly the typed name, the last entry offers to create it as a new
emergent theme.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from fieldnotes.domain.code_search import code_label, exact_name_match, search_codes
from fieldnotes.domain.models import Code
from fieldnotes.ui.models.roles import ID_ROLE
from fieldnotes.ui.widgets.chips import chip_color
from fieldnotes.ui.widgets.code_text import code_tooltip, install_code_text

Index = QModelIndex | QPersistentModelIndex


class CodeMatchModel(QAbstractListModel):
    """The matches for the typed query, plus an optional "create theme" entry at the end."""

    def __init__(self, codes: list[Code], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes = codes
        self._lookup = {c.id: c for c in codes}
        self._matches: list[Code] = search_codes(codes, "")
        self._ticked: set[str] = set()
        self.create_name: str | None = None

    def set_ticked(self, code_ids: list[str]) -> None:
        self._ticked = set(code_ids)

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._matches = search_codes(self._codes, query)
        name = query.strip()
        self.create_name = (
            name
            if name and not name.isdigit() and not exact_name_match(self._codes, name)
            else None
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches) + (1 if self.create_name else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.row() >= len(self._matches):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("+ Create theme “{name}”").format(name=self.create_name)
            return None
        code = self._matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = "✓ " if code.id in self._ticked else ""
            return prefix + code_label(code)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(chip_color(code, self._lookup))
        if role == Qt.ItemDataRole.ToolTipRole:
            return code_tooltip(code)
        if role == ID_ROLE:
            return code.id
        return None


class TagPicker(QDialog):
    """Emits ``code_chosen(id)`` or ``theme_requested(name)``, then closes."""

    code_chosen = Signal(str)
    theme_requested = Signal(str)

    def __init__(self, codes: list[Code], ticked: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag observation"))
        self.setObjectName("tagPicker")
        self.model = CodeMatchModel(codes, self)
        self.model.set_ticked(ticked)
        self.query = QLineEdit(self)
        self.query.setObjectName("tagQuery")
        self.query.setPlaceholderText(self.tr("CAC item number, words, or a theme name"))
        self.query.setAccessibleName(self.tr("Tag search"))
        self.list = QListView(self)
        self.list.setObjectName("tagMatches")
        self.list.setAccessibleName(self.tr("Matching codes"))
        self.list.setModel(self.model)
        install_code_text(self.list, max_lines=2)  # items that begin alike stay apart
        self.list.activated.connect(self._choose)
        self.list.doubleClicked.connect(self._choose)
        hint = QLabel(
            self.tr("Enter applies · Esc closes · ✓ already tagged (Enter removes)"), self
        )
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        self.resize(560, 420)
        self.query.textChanged.connect(self._on_query)
        self.query.installEventFilter(self)
        self._on_query("")

    def _on_query(self, text: str) -> None:
        self.model.set_query(text)
        if self.model.rowCount() > 0:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        code_id = index.data(ID_ROLE)
        if code_id:
            self.code_chosen.emit(code_id)
        elif self.model.create_name:
            self.theme_requested.emit(self.model.create_name)
        self.accept()
