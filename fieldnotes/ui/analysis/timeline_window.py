"""The study over time: a timeline of meetings, CAC rounds, member checks, feedback and
actions, its events as a table to walk from the keyboard, and under it how often the
chosen codes were used in each meeting.

Saving (Ctrl+S, Ctrl+Shift+S) saves the part last worked in: the timeline (picture) and
its events (numbers), or the code frequency strip and its counts.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.analysis.actions import open_over_time
from fieldnotes.analysis.timeline import study_timeline
from fieldnotes.domain.models import Code
from fieldnotes.ui.analysis.code_rows import code_rows, row_label
from fieldnotes.ui.analysis.freshness import FreshWhileShown
from fieldnotes.ui.analysis.timeline_chart import TimelineChart
from fieldnotes.ui.analysis.timeline_models import CodeFrequencyModel, EventTableModel
from fieldnotes.ui.charts.saving import ChartSaving, Table
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.checkable import CheckableListModel


class TimelineWindow(QDialog):
    meeting_activated = Signal(str)  # meeting id: Enter on a meeting event

    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._codes: dict[str, Code] = {}
        self.setWindowTitle(self.tr("Study timeline"))
        self.chart = TimelineChart(self)
        self.events = EventTableModel(self)
        self.event_table = QTableView(self)
        self.event_table.setObjectName("timelineEvents")
        self.event_table.setAccessibleName(self.tr("Events, oldest first"))
        self.event_table.setModel(self.events)
        self.event_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.event_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.event_table.verticalHeader().hide()
        self.event_table.setWordWrap(False)
        self.event_table.horizontalHeader().setStretchLastSection(True)
        self.event_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.chart.select(current.row())
        )
        self.event_table.activated.connect(self._activate_event)
        self.chart.point_clicked.connect(self._go_to_event)

        self.code_choice = CheckableListModel([], [], self)  # filled by _load_codes
        self.code_list = QListView(self)
        self.code_list.setObjectName("frequencyCodes")
        self.code_list.setAccessibleName(self.tr("Codes to show"))
        self.frequency = CodeFrequencyModel(self)
        self.heat_strip = QTableView(self)
        self.heat_strip.setObjectName("codeFrequency")
        self.heat_strip.setAccessibleName(self.tr("Observations per code and meeting"))
        self.heat_strip.setModel(self.frequency)
        # One width for every meeting: measuring 500 columns' contents took longer
        # than counting them.
        header = self.heat_strip.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(header.fontMetrics().horizontalAdvance("2000-00-00") + 16)

        self._part = "timeline"
        self.saving = ChartSaving(self, settings, "timeline", self._picture, self._numbers)
        self._build_layout()
        self._load_codes(initial=True)
        self.reload()
        self.freshness = FreshWhileShown(
            self,
            self._reload_all,
            soon=(
                hub.meetings_changed,
                hub.rounds_changed,
                hub.observations_changed,
                hub.observation_changed,
            ),
            now=(hub.codes_changed,),
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._note_part)
        self.event_table.setFocus()

    def _build_layout(self) -> None:
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.chart)
        events_box = QWidget(self)
        events_layout = QVBoxLayout(events_box)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_label = QLabel(self.tr("&Events (Enter on a meeting opens it):"), events_box)
        events_label.setBuddy(self.event_table)
        events_layout.addWidget(events_label)
        events_layout.addWidget(self.event_table)
        top.addWidget(events_box)
        top.setSizes([640, 360])

        self.frequency_box = QWidget(self)
        frequency_layout = QHBoxLayout(self.frequency_box)
        frequency_layout.setContentsMargins(0, 0, 0, 0)
        codes_box = QVBoxLayout()
        codes_label = QLabel(self.tr("C&odes (Space ticks):"), self.frequency_box)
        codes_label.setBuddy(self.code_list)
        codes_box.addWidget(codes_label)
        codes_box.addWidget(self.code_list)
        frequency_layout.addLayout(codes_box, 1)
        strip_box = QVBoxLayout()
        strip_label = QLabel(self.tr("Code &frequency per meeting:"), self.frequency_box)
        strip_label.setBuddy(self.heat_strip)
        strip_box.addWidget(strip_label)
        strip_box.addWidget(self.heat_strip)
        frequency_layout.addLayout(strip_box, 3)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.frequency_box)
        split.setSizes([420, 260])

        buttons = QHBoxLayout()
        for action in (self.saving.save_picture_action, self.saving.save_numbers_action):
            button = QPushButton(action.text(), self)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the part chosen
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self.saving_hint = QLabel(self)
        buttons.addWidget(self.saving_hint, 1)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._show_part()
        self.resize(1100, 760)

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        project = self._hub.project
        actions = project.analysis.actions()
        meetings = project.meetings.all()
        events = study_timeline(
            meetings,
            project.cac_rounds.all(),
            project.analysis.member_checks(),
            project.analysis.feedback_received(),
            actions,
        )
        row = self.event_table.currentIndex().row()
        self.events.set_events(events)
        self.chart.set_events(events, open_over_time(actions))
        if events:
            self.event_table.setCurrentIndex(
                self.events.index(max(0, min(row, len(events) - 1)), 0)
            )
        sets = project.analysis.meeting_code_sets()
        self.frequency.set_data(sets, project.codes.parents(), meetings)
        self._show_chosen()

    def _reload_all(self) -> None:
        self._load_codes(initial=False)
        self.reload()

    def _load_codes(self, initial: bool) -> None:
        """Dimensions, items and themes to choose from; at first the six dimensions."""
        everything = self._hub.project.codes.all()
        rows = code_rows(everything)
        dimensions = [c for c, depth in rows if c.locked]
        items = [(c, 1) for c, _ in code_rows(everything, items=True) if c.locked]
        ordered: list[tuple[Code, int]] = []
        for dimension in dimensions:
            ordered.append((dimension, 0))
            ordered += [(c, d) for c, d in items if c.parent == dimension.id]
        ordered += [(c, d) for c, d in rows if not c.locked]
        self._codes = {c.id: c for c, _ in ordered}
        listed = [(c.id, row_label(c, d)) for c, d in ordered]
        if initial:
            self.code_choice = CheckableListModel(listed, [c.id for c in dimensions], self)
            self.code_list.setModel(self.code_choice)
            self.code_choice.dataChanged.connect(lambda *_args: self._show_chosen())
        else:
            self.code_choice.set_rows(listed)

    def _show_chosen(self) -> None:
        chosen = [self._codes[i] for i in self.code_choice.checked_ids() if i in self._codes]
        self.frequency.set_codes(chosen)

    def chosen_codes(self) -> list[str]:
        return [c for c in self.code_choice.checked_ids() if c in self._codes]

    # -- the keyboard and the mouse ----------------------------------------------------

    def _activate_event(self, index: QModelIndex) -> None:
        event = self.events.event_at(index.row())
        if event is not None and event.kind == "meeting" and event.item:
            self.meeting_activated.emit(event.item)

    def _go_to_event(self, row: int) -> None:
        self.event_table.setCurrentIndex(self.events.index(row, 0))
        self.event_table.setFocus()

    # -- saving: the part last worked in -----------------------------------------------

    def _note_part(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        if self.frequency_box.isAncestorOf(new):
            self._part = "frequency"
        elif new in (self.event_table, self.chart):
            self._part = "timeline"
        self._show_part()

    def _show_part(self) -> None:
        if self._part == "frequency":
            text = self.tr("Saves the code frequency strip and its counts.")
        else:
            text = self.tr("Saves the timeline and its events.")
        self.saving_hint.setText(text)

    def set_part(self, part: str) -> None:
        """Which part saving saves: "timeline" or "frequency" (as focus would choose)."""
        self._part = part
        self._show_part()

    def _picture(self) -> QWidget:
        return self.heat_strip if self._part == "frequency" else self.chart

    def _numbers(self) -> Table:
        return self.frequency.numbers() if self._part == "frequency" else self.events.numbers()
