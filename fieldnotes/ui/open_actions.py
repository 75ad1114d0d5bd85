"""Open actions agreed in earlier meetings, shown over the stream when a meeting opens.

The team can close them where they are discussed: select one, Alt+D marks it done and
Alt+X dropped (dated today, one undo step each); Enter goes to the observation that
agreed it. The panel hides itself when nothing is open.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.analysis.actions import is_overdue
from fieldnotes.domain.models import ActionEntry
from fieldnotes.ui.commands.voice import SetAction
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.observations import ObservationListModel
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex


class OpenActionsModel(QAbstractTableModel):
    TEXT, MEETING, OWNER, DUE = range(4)

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._entries: list[ActionEntry] = []
        self.today = date.today().isoformat()

    def set_entries(self, entries: list[ActionEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.today = date.today().isoformat()
        self.endResetModel()

    def entries(self) -> list[ActionEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Agreed"), self.tr("Meeting"), self.tr("Owner"), self.tr("Due"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        overdue = is_overdue(entry.action, self.today)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TEXT:
                text = " ".join(entry.text.split())
                return text if len(text) <= 120 else text[:119] + "…"
            if column == self.MEETING:
                title = entry.meeting_title
                title = title if len(title) <= 32 else title[:31] + "…"
                return " · ".join(x for x in (entry.meeting_date, title) if x)
            if column == self.OWNER:
                owner = entry.action.owner
                return self._hub.pseudonyms().get(owner, "?") if owner else self.tr("nobody")
            if not entry.action.due:
                return self.tr("no due date")
            return (
                self.tr("{date} (overdue)").format(date=entry.action.due)
                if overdue
                else entry.action.due
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text if column == self.TEXT else entry.meeting_title
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == OBJECT_ROLE:
            return entry
        if role == ID_ROLE:
            return entry.observation
        return None


class OpenActionsPanel(QWidget):
    """Emits ``jump_requested(meeting id, observation id)`` on Enter."""

    jump_requested = Signal(str, str)

    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        stream: ObservationListModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openActions")
        self._hub = hub
        self._stack = stack
        self._stream = stream
        self.model = OpenActionsModel(hub, self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)  # a narrow window wraps it rather than growing
        self.heading.setMinimumWidth(1)
        self.table = QTableView(self)
        self.table.setObjectName("openActionsTable")
        self.table.setAccessibleName(self.tr("Open actions from earlier meetings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.table.activated.connect(self._jump)
        self.done_button = QPushButton(self.tr("Mark done (Alt+D)"), self)
        self.done_button.setObjectName("markDone")
        self.done_button.setShortcut(QKeySequence("Alt+D"))
        self.done_button.setToolTip(self.tr("Alt+D: the selected action was done (dated today)"))
        self.done_button.clicked.connect(lambda: self.mark("done"))
        self.drop_button = QPushButton(self.tr("Mark dropped (Alt+X)"), self)
        self.drop_button.setObjectName("markDropped")
        self.drop_button.setShortcut(QKeySequence("Alt+X"))
        self.drop_button.setToolTip(self.tr("Alt+X: the selected action was dropped"))
        self.drop_button.clicked.connect(lambda: self.mark("dropped"))
        for button in (self.done_button, self.drop_button):
            button.setEnabled(not hub.read_only)
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.done_button)
        top.addWidget(self.drop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        stream.modelReset.connect(self.refresh)  # another meeting, or its observations moved
        hub.observation_changed.connect(self._on_observation_changed)
        hub.observations_changed.connect(self._on_other_meeting)
        hub.meetings_changed.connect(self.refresh)
        hub.participants_changed.connect(self.refresh)
        self.setVisible(False)

    def refresh(self) -> None:
        meeting_id = self._stream.meeting_id
        current = self.selected()
        entries = self._hub.project.analysis.open_before(meeting_id) if meeting_id else []
        self.model.set_entries(entries)
        self.heading.setText(
            self.tr("<b>Open actions from earlier meetings</b> ({count})").format(
                count=len(entries)
            )
        )
        if entries:
            ids = [e.observation for e in entries]
            row = ids.index(current.observation) if current and current.observation in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._fit_rows(len(entries))
        self.setVisible(bool(entries))

    def _fit_rows(self, rows: int) -> None:
        """As tall as its rows, up to five: the stream keeps the room."""
        shown = max(1, min(rows, 5))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )

    def selected(self) -> ActionEntry | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def focus(self) -> None:
        if self.isVisible():
            self.table.setFocus()

    def mark(self, status: str) -> None:
        """Close the selected action as ``status`` today (one undo step)."""
        entry = self.selected()
        if entry is None or self._hub.read_only:
            return
        fresh = self._hub.project.observations.get(entry.observation)
        if fresh is None or fresh.action is None:
            return
        new = fresh.action.with_status(status, date.today().isoformat())
        text = self.tr("Action done") if status == "done" else self.tr("Action dropped")
        self._stack.push(SetAction(self._hub, entry.observation, fresh.action, new, text))
        self.table.setFocus()

    def _jump(self, index: QModelIndex) -> None:
        entry: ActionEntry | None = index.data(OBJECT_ROLE)
        if entry is not None:
            self.jump_requested.emit(entry.meeting, entry.observation)

    def _on_observation_changed(self, observation_id: str) -> None:
        # Typing in this meeting touches none of these; anything else may have changed one.
        if self._stream.row_of(observation_id) < 0 or any(
            e.observation == observation_id for e in self.model.entries()
        ):
            self.refresh()

    def _on_other_meeting(self, meeting_id: str) -> None:
        if meeting_id != self._stream.meeting_id:  # its own meeting refreshes on the reset
            self.refresh()
