"""Code-by-meeting matrix: CAC dimensions and themes as rows, meetings as columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from fieldnotes.analysis.code_counts import code_meeting_matrix
from fieldnotes.domain.models import Code, Meeting
from fieldnotes.ui.analysis.code_rows import code_rows, row_label
from fieldnotes.ui.debounce import debounced
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.widgets.code_text import code_tooltip, elide_words

Index = QModelIndex | QPersistentModelIndex


class CodeMeetingMatrixModel(QAbstractTableModel):
    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._rows: list[tuple[Code, int]] = []
        self._meetings: list[Meeting] = []
        self._cells: dict[tuple[str, str], int] = {}
        self._max = 1
        hub.codes_changed.connect(self.reload)
        hub.meetings_changed.connect(self.reload)
        # Counting scans every tag: refresh once edits pause, not on every autosave.
        reload_soon = debounced(self, self.reload)
        hub.observations_changed.connect(reload_soon)
        hub.observation_changed.connect(reload_soon)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        repo = self._hub.project.codes
        parents = repo.parents()
        codes = repo.all()
        self._rows = code_rows(codes)
        self._meetings = sorted(
            self._hub.project.meetings.all(), key=lambda m: (m.date or "", m.start or "")
        )
        self._cells = code_meeting_matrix(repo.tag_rows(), parents)
        self._max = max(self._cells.values(), default=1)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                meeting = self._meetings[section]
                return f"{meeting.date or ''}\n{elide_words(meeting.title, 24)}"
            return row_label(*self._rows[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._meetings[section].title
            return code_tooltip(self._rows[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count = self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return count or ""
        if role == Qt.ItemDataRole.BackgroundRole and count:
            shade = QColor("#3a7bd5")
            shade.setAlphaF(0.12 + 0.6 * count / self._max)
            return shade
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def count(self, row: int, column: int) -> int:
        return self._cells.get((self._rows[row][0].id, self._meetings[column].id), 0)

    def cell_ids(self, index: Index) -> tuple[str, str]:
        return self._rows[index.row()][0].id, self._meetings[index.column()].id


class MatrixDialog(QDialog):
    cell_activated = Signal(str, str)  # code id, meeting id

    def __init__(self, hub: ProjectHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Codes by meeting"))
        self.model = CodeMeetingMatrixModel(hub, self)
        self.table = QTableView(self)
        self.table.setObjectName("codeMeetingMatrix")
        self.table.setAccessibleName(self.tr("Observations per code and meeting"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Observations per code (with its sub-codes) and meeting. "
                    "Click a cell to see them."
                ),
                self,
            )
        )
        layout.addWidget(self.table)
        self.resize(900, 560)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.count(index.row(), index.column()):
            self.cell_activated.emit(*self.model.cell_ids(index))
