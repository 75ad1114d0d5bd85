"""Code co-occurrence: codes × codes, each cell the observations carrying both.

Enter or a click on a cell lists those observations in the main window's search, the
way the code-by-meeting matrix does for a code and a meeting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.analysis.co_occurrence import co_occurrence_of_sets
from fieldnotes.domain.code_search import tag_label
from fieldnotes.domain.models import Code
from fieldnotes.ui.analysis.code_rows import code_rows, row_label
from fieldnotes.ui.analysis.freshness import FreshWhileShown
from fieldnotes.ui.charts.saving import ChartSaving, Table
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.widgets.code_text import code_tooltip

Index = QModelIndex | QPersistentModelIndex
SHADE = "#3a7bd5"
DIAGONAL = "#9aa5b1"


class CoOccurrenceModel(QAbstractTableModel):
    """A symmetric table; the diagonal holds each code's own count (shaded grey)."""

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._items = False
        self._rows: list[tuple[Code, int]] = []
        self._cells: dict[tuple[str, str], int] = {}
        self._max = 1
        self.reload()

    def set_items(self, items: bool) -> None:
        """CAC items instead of dimensions (themes stay)."""
        if items != self._items:
            self._items = items
            self.reload()

    def reload(self) -> None:
        repo = self._hub.project.codes
        self.beginResetModel()
        self._rows = code_rows(repo.all(), self._items)
        sets = self._hub.project.analysis.code_sets()
        self._cells = co_occurrence_of_sets(sets, repo.parents(), [c.id for c, _ in self._rows])
        self._max = max((n for (a, b), n in self._cells.items() if a != b), default=1)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        code, depth = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return tag_label(code)
            return row_label(code, depth)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code_tooltip(code)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count = self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return count or ""
        if role == Qt.ItemDataRole.BackgroundRole and count:
            if index.row() == index.column():
                return QColor(DIAGONAL)
            shade = QColor(SHADE)
            shade.setAlphaF(min(1.0, 0.12 + 0.6 * count / self._max))
            return shade
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{count} observation(s) with “{a}” and “{b}”").format(
                count=count, a=self._code(index.row()).name, b=self._code(index.column()).name
            )
        return None

    def _code(self, row: int) -> Code:
        return self._rows[row][0]

    def count(self, row: int, column: int) -> int:
        return self._cells.get((self._code(row).id, self._code(column).id), 0)

    def cell_codes(self, index: Index) -> list[str]:
        """The codes of a cell: one on the diagonal, else both."""
        a, b = self._code(index.row()).id, self._code(index.column()).id
        return [a] if a == b else [a, b]

    def row_of(self, code_id: str) -> int:
        return next((i for i, (c, _) in enumerate(self._rows) if c.id == code_id), -1)

    def numbers(self) -> Table:
        header = [self.tr("code"), *(tag_label(c) for c, _ in self._rows)]
        rows = [
            [tag_label(c), *(self.count(r, k) for k in range(len(self._rows)))]
            for r, (c, _) in enumerate(self._rows)
        ]
        return header, rows


class CoOccurrenceWindow(QDialog):
    cell_activated = Signal(list)  # the cell's code ids (one on the diagonal)

    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code co-occurrence"))
        self.model = CoOccurrenceModel(hub, self)
        self.freshness = FreshWhileShown(
            self,
            self.model.reload,
            soon=(hub.observations_changed, hub.observation_changed, hub.meetings_changed),
            now=(hub.codes_changed,),
        )
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("CAC dimensions and themes"), False)
        self.choice.addItem(self.tr("CAC items and themes"), True)
        self.choice.currentIndexChanged.connect(
            lambda _i: self.model.set_items(bool(self.choice.currentData()))
        )
        choice_label = QLabel(self.tr("&Codes:"), self)
        choice_label.setBuddy(self.choice)
        self.table = QTableView(self)
        self.table.setObjectName("coOccurrenceTable")
        self.table.setAccessibleName(self.tr("Observations per pair of codes"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.saving = ChartSaving(
            self, settings, "co-occurrence", lambda: self.table, self.model.numbers
        )
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for action in (self.saving.save_picture_action, self.saving.save_numbers_action):
            button = QPushButton(action.text(), self)
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Observations carrying both codes (each with its sub-codes); the grey "
                    "diagonal is each code on its own. Press Enter or click a cell to see them."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.table.setFocus()

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.count(index.row(), index.column()):
            self.cell_activated.emit(self.model.cell_codes(index))
