"""Actions: what the team agreed across meetings, and whether it got done.

A researcher opens it before a meeting to go through what is still open, filters by
status, owner or meeting, and marks an action done, dropped or open again from the
keyboard (undoable). Enter shows the observation in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.analysis.actions import filter_actions, owners, status_counts, status_per_meeting
from fieldnotes.domain.models import ACTION_STATUSES, ActionEntry
from fieldnotes.ui.analysis.actions_model import TEXT, ActionsTableModel
from fieldnotes.ui.analysis.bar_charts import chart_view, show_chart, stacked_bars
from fieldnotes.ui.analysis.choices import ChoiceModel
from fieldnotes.ui.charts.saving import ChartSaving
from fieldnotes.ui.commands.actions import ChangeActionStatus
from fieldnotes.ui.debounce import debounced
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label

SIZE_FROM_ROWS = 50
STATUS_COLORS = {"open": "#e0a030", "done": "#2f7d6d", "dropped": "#9a9a9a"}


class ActionsWindow(QWidget):
    def __init__(
        self,
        hub: ProjectHub,
        settings: QSettings,
        undo_stack: QUndoStack,
        show_observation: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("actionsWindow")
        self.setWindowTitle(self.tr("Actions"))
        self._hub = hub
        self._stack = undo_stack
        self._show_observation = show_observation
        self._entries: list[ActionEntry] = []
        self.today = date.today().isoformat()

        self.statuses = ChoiceModel(self)
        self.statuses.set_items([(self.tr("All"), None), *((label(s), s) for s in ACTION_STATUSES)])
        self.owners = ChoiceModel(self)
        self.meetings = ChoiceModel(self)
        self.status_filter = self._combo("actionsStatus", self.statuses)
        self.owner_filter = self._combo("actionsOwner", self.owners)
        self.meeting_filter = self._combo("actionsMeeting", self.meetings)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Status:"), self.status_filter),
            (self.tr("O&wner:"), self.owner_filter),
            (self.tr("&Meeting:"), self.meeting_filter),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)

        self.counts = QLabel(self)
        self.counts.setObjectName("actionsCounts")
        self.model = ActionsTableModel(hub.pseudonyms, self)
        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sized to the first rows once, not to all 2,000 on every change.
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_observation(index.row()))
        self.chart = chart_view("actionsChart", self.tr("Actions per meeting, by status"), self)

        self.status_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for status, text, keys in (
            ("done", self.tr("Mark &done"), "Ctrl+D"),
            ("dropped", self.tr("Mark d&ropped"), "Ctrl+Shift+D"),
            ("open", self.tr("Re&open"), "Ctrl+R"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"mark_{status}")
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
            button.setEnabled(not hub.read_only)
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(button.click)
            self.addAction(action)
            self.status_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.saving = ChartSaving(
            self, settings, "actions", picture=lambda: self.chart, numbers=self.model.table
        )
        for action in (self.saving.save_picture_action, self.saving.save_numbers_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self._add_window_actions()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        self.setFocusProxy(self.table)

        for combo in (self.status_filter, self.owner_filter, self.meeting_filter):
            combo.currentIndexChanged.connect(lambda _row: self._show())
        later = debounced(self, self.reload)
        for signal in (
            hub.meetings_changed,
            hub.meeting_changed,
            hub.observations_changed,
            hub.observation_changed,
            hub.participants_changed,
        ):
            signal.connect(later)
        self.reload()
        self.table.resizeColumnsToContents()

    def _combo(self, name: str, model: ChoiceModel) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setModel(model)
        return combo

    def _add_window_actions(self) -> None:
        """Undo and redo work here too, and Escape closes the window."""
        undo = self._stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.triggered.connect(self.reload)
            self.addAction(action)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)

    # -- reading and filtering -------------------------------------------------------

    def reload(self) -> None:
        """Read every action again and refill the filter choices, keeping what is chosen."""
        self._entries = self._hub.project.analysis.actions()
        names = self._hub.pseudonyms()
        chosen_owner = self.owners.value_at(self.owner_filter.currentIndex())
        chosen_meeting = self.meetings.value_at(self.meeting_filter.currentIndex())
        meetings = {e.meeting: e for e in self._entries}
        for combo, model, items, chosen in (
            (
                self.owner_filter,
                self.owners,
                [
                    (self.tr("Anyone"), None),
                    *((names.get(p, "?"), p) for p in owners(self._entries)),
                ],
                chosen_owner,
            ),
            (
                self.meeting_filter,
                self.meetings,
                [
                    (self.tr("All meetings"), None),
                    *(
                        (f"{e.meeting_date or '—'}  {e.meeting_title}", m)
                        for m, e in meetings.items()
                    ),
                ],
                chosen_meeting,
            ),
        ):
            combo.blockSignals(True)
            model.set_items(items)
            combo.setCurrentIndex(max(model.row_of(chosen), 0))
            combo.blockSignals(False)
        self._show()

    def set_filters(
        self, status: str | None = None, owner: str | None = None, meeting: str | None = None
    ) -> None:
        for combo, model, value in (
            (self.status_filter, self.statuses, status),
            (self.owner_filter, self.owners, owner),
            (self.meeting_filter, self.meetings, meeting),
        ):
            combo.setCurrentIndex(max(model.row_of(value), 0))

    def _show(self) -> None:
        current = self.current_entry()
        status = self.statuses.value_at(self.status_filter.currentIndex())
        owner = self.owners.value_at(self.owner_filter.currentIndex())
        meeting = self.meetings.value_at(self.meeting_filter.currentIndex())
        narrowed = filter_actions(self._entries, owner=owner, meeting=meeting)
        shown = filter_actions(narrowed, status=status)
        self.model.set_entries(shown, self.today)
        counts = status_counts(narrowed)
        self.counts.setText(
            self.tr("Open: {open} · done: {done} · dropped: {dropped}").format(**counts)
        )
        row = self.model.row_of(current.observation if current else None)
        self.table.selectRow(row if row >= 0 else 0)
        self._draw(narrowed)

    def _draw(self, entries: list[ActionEntry]) -> None:
        per_meeting = status_per_meeting(entries)
        titles = {e.meeting: e.meeting_date or e.meeting_title for e in entries}
        categories = [titles[m] for m in per_meeting]
        categories = [
            text if categories.index(text) == i else f"{text} ({i + 1})"
            for i, text in enumerate(categories)
        ]
        sets = [
            (label(s), [counts[s] for counts in per_meeting.values()], STATUS_COLORS[s])
            for s in ACTION_STATUSES
        ]
        title = self.tr("Actions agreed per meeting, by status now")
        show_chart(self.chart, stacked_bars(title, categories, sets))

    # -- acting on the selected action -----------------------------------------------

    def current_entry(self) -> ActionEntry | None:
        return self.model.entry_at(self.table.currentIndex().row())

    def change_status(self, status: str) -> bool:
        """Move the selected action to ``status`` (undoable); False when nothing changed."""
        entry = self.current_entry()
        if entry is None or self._hub.read_only:
            return False
        # The list may be a moment behind an edit in the main window: start from the file.
        stored = self._hub.project.observations.get(entry.observation)
        action = stored.action if stored is not None and stored.action else entry.action
        if action.status == status:
            return False
        self._stack.push(
            ChangeActionStatus(self._hub, entry.observation, action, status, self.today)
        )
        self.reload()
        return True

    def open_observation(self, row: int) -> None:
        entry = self.model.entry_at(row)
        if entry is None:
            return
        self._show_observation(entry.meeting, entry.observation)
        window = self.parentWidget()
        if window is not None:
            window.raise_()
            window.activateWindow()
