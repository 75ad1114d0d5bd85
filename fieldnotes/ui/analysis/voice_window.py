"""Who speaks: how often each attendee and each role group is heard, in a chosen scope.

A researcher checks whether residents get a say next to the professionals: bars by
attendee and by role group (observations naming them, quotes they spoke), the numbers
and shares beneath, and the groups meeting by meeting. Counting is done in
``analysis/voice.py``; this window asks the store and draws.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.analysis.voice import (
    ROLE_GROUPS,
    groups_per_meeting,
    share_of_voice,
    voice_per_meeting,
    voice_rows,
)
from fieldnotes.store.analysis_queries import Scope
from fieldnotes.ui.analysis.bar_charts import (
    PALETTE,
    chart_view,
    horizontal_bars,
    show_chart,
    stacked_bars,
)
from fieldnotes.ui.analysis.choices import ChoiceModel
from fieldnotes.ui.analysis.numbers_model import NumbersModel
from fieldnotes.ui.charts.saving import ChartSaving
from fieldnotes.ui.debounce import debounced
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.widgets.date_range import DateRange

WHOLE_STUDY, ONE_MEETING, PERIOD = range(3)
BY_ATTENDEE, BY_ROLE, PER_MEETING = range(3)
OBSERVATIONS_COLOR, QUOTES_COLOR = PALETTE[0], PALETTE[1]


class VoiceWindow(QWidget):
    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("voiceWindow")
        self.setWindowTitle(self.tr("Who speaks"))
        self._hub = hub
        self.scope_kind = QComboBox(self)
        self.scope_kind.setObjectName("voiceScope")
        self.scope_kind.addItems(
            [self.tr("Whole study"), self.tr("One meeting"), self.tr("A period")]
        )
        self.meetings = ChoiceModel(self)
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("voiceMeeting")
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.setModel(self.meetings)
        self.dates = DateRange(self, name="voiceDates")
        form = QFormLayout()
        form.addRow(self.tr("&Scope:"), self.scope_kind)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("P&eriod:"), self.dates)

        self.attendee_chart = chart_view("voiceByAttendee", self.tr("Heard, by attendee"), self)
        self.role_chart = chart_view("voiceByRole", self.tr("Heard, by role group"), self)
        self.meeting_chart = chart_view("voicePerMeeting", self.tr("Heard, per meeting"), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.attendee_chart, self.tr("By &attendee"))
        self.tabs.addTab(self.role_chart, self.tr("By &role group"))
        self.tabs.addTab(self.meeting_chart, self.tr("Per meeting &over time"))
        self.numbers = NumbersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("voiceTable")
        self.table.setAccessibleName(self.tr("Numbers"))
        self.table.setModel(self.numbers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("voiceSummary")
        self.summary.setWordWrap(True)

        self.saving = ChartSaving(
            self, settings, "who-speaks", picture=self.current_chart, numbers=self.numbers.table
        )
        buttons = QHBoxLayout()
        for action in (self.saving.save_picture_action, self.saving.save_numbers_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        self.resize(900, 760)

        self.scope_kind.currentIndexChanged.connect(self._scope_kind_changed)
        self.meeting.currentIndexChanged.connect(lambda _row: self.refresh())
        self.dates.changed.connect(debounced(self, self.refresh, 300))
        self.tabs.currentChanged.connect(lambda _tab: self._fill_table())
        later = debounced(self, self._reload)
        for signal in (
            hub.meetings_changed,
            hub.meeting_changed,
            hub.observations_changed,
            hub.observation_changed,
            hub.participants_changed,
        ):
            signal.connect(later)
        self._rows: dict[int, tuple[list[str], list[list[object]], tuple[int, ...]]] = {}
        self._meeting_titles: dict[str, str] = {}
        self.meeting.setEnabled(False)
        self.dates.setEnabled(False)
        self._reload()

    # -- scope -----------------------------------------------------------------------

    def scope(self) -> Scope:
        kind = self.scope_kind.currentIndex()
        if kind == ONE_MEETING:
            meeting = self.meetings.value_at(self.meeting.currentIndex())
            return Scope(meeting=meeting) if meeting else Scope(meeting="")
        if kind == PERIOD:
            return Scope(date_from=self.dates.date_from(), date_to=self.dates.date_to())
        return Scope()

    def set_scope(
        self,
        meeting: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> None:
        """Show one meeting, or a period, or (no argument) the whole study."""
        kind = WHOLE_STUDY
        if meeting is not None:
            self.meeting.blockSignals(True)
            self.meeting.setCurrentIndex(self.meetings.row_of(meeting))
            self.meeting.blockSignals(False)
            kind = ONE_MEETING
        elif date_from is not None or date_to is not None:
            self.dates.set_range(date_from, date_to)
            kind = PERIOD
        if kind == self.scope_kind.currentIndex():
            self.refresh()
        else:
            self.scope_kind.setCurrentIndex(kind)  # which recounts

    def _scope_kind_changed(self, kind: int) -> None:
        self.meeting.setEnabled(kind == ONE_MEETING)
        self.dates.setEnabled(kind == PERIOD)
        self.refresh()

    def _reload(self) -> None:
        """Meetings and names may have changed: refill the meeting choice, then recount."""
        meetings = sorted(
            self._hub.project.meetings.all(), key=lambda m: (m.date is None, m.date or "")
        )
        self._meeting_titles = {m.id: m.date or m.title for m in meetings}
        chosen = self.meetings.value_at(self.meeting.currentIndex())
        self.meeting.blockSignals(True)
        self.meetings.set_items([(f"{m.date or '—'}  {m.title}", m.id) for m in meetings])
        self.meeting.setCurrentIndex(max(self.meetings.row_of(chosen), 0))
        self.meeting.blockSignals(False)
        self.refresh()

    # -- counting and drawing --------------------------------------------------------

    def refresh(self) -> None:
        analysis = self._hub.project.analysis
        scope = self.scope()
        speakers = analysis.speaker_rows(scope)
        quotes = analysis.quote_rows(scope)
        roles = analysis.roles()
        share = share_of_voice(
            [pid for _, pid in speakers],
            [pid for _, pid in quotes],
            roles,
            analysis.attendees(scope),
        )
        names = self._hub.pseudonyms()
        observations, quoted = self.tr("Observations"), self.tr("Quotes")
        header = [self.tr("Attendee"), observations, quoted, self.tr("Share")]
        people = [
            [names.get(pid, "?"), n_obs, n_quotes, part]
            for pid, n_obs, n_quotes, part in voice_rows(share.everyone())
        ]
        by_role = {group: share.by_role.get(group) for group in ROLE_GROUPS}
        groups = [
            [label(group), n_obs, n_quotes, part]
            for group, n_obs, n_quotes, part in voice_rows(
                {g: c for g, c in by_role.items() if c is not None}
            )
        ]
        per_meeting = voice_per_meeting(speakers, quotes, roles)
        meetings = [m for m in self._meeting_titles if m in per_meeting]
        series = groups_per_meeting(per_meeting, meetings)
        meeting_labels = _unique([self._meeting_titles[m] for m in meetings])
        timeline = [
            [meeting_labels[i], *(series[group][i] for group in ROLE_GROUPS)]
            for i in range(len(meetings))
        ]
        self._rows = {
            BY_ATTENDEE: (header, people, (3,)),
            BY_ROLE: ([self.tr("Role group"), *header[1:]], groups, (3,)),
            PER_MEETING: ([self.tr("Meeting"), *map(label, ROLE_GROUPS)], timeline, ()),
        }
        two = [(observations, 1, OBSERVATIONS_COLOR), (quoted, 2, QUOTES_COLOR)]
        for view, rows, title in (
            (self.attendee_chart, people, self.tr("Heard, by attendee")),
            (self.role_chart, groups, self.tr("Heard, by role group")),
        ):
            # Columns 1 and 2 of these rows are counts.
            sets = [
                (name, [cast(float, row[col]) for row in rows], color) for name, col, color in two
            ]
            show_chart(view, horizontal_bars(title, [str(row[0]) for row in rows], sets))
        stacked = [(label(group), series[group], PALETTE[i]) for i, group in enumerate(ROLE_GROUPS)]
        show_chart(
            self.meeting_chart,
            stacked_bars(self.tr("Heard per meeting, by role group"), meeting_labels, stacked),
        )
        silent = [names.get(pid, "?") for pid in share.silent]
        self.summary.setText(
            self.tr("Silent in this scope: {names}").format(names=", ".join(silent))
            if silent
            else ""
        )
        self._fill_table()

    def _fill_table(self) -> None:
        header, rows, percent = self._rows.get(self.tabs.currentIndex(), ([], [], ()))
        self.numbers.set_table(header, rows, percent)

    def current_chart(self) -> QChartView:
        return self.tabs.currentWidget()  # type: ignore[return-value]


def _unique(labels: list[str]) -> list[str]:
    """Category names must differ, or Qt Charts draws two meetings as one."""
    seen: dict[str, int] = {}
    result = []
    for text in labels:
        seen[text] = seen.get(text, 0) + 1
        result.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return result
