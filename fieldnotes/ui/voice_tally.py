"""A live tally of who has been heard in the current meeting, and who not yet.

Typing autosaves and announces the observation several times a second, so the tally
does not recount on every change: it keeps each observation's speakers and quote
speakers as the stream last showed them and recounts only when those differ, when the
meeting, its attendees or the participants change, or when it is shown again after being
hidden. A recount is a few small queries over one meeting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.analysis.voice import VoiceCount, share_of_voice
from fieldnotes.domain.models import Observation
from fieldnotes.store.analysis_queries import Scope
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.models.observations import ObservationListModel
from fieldnotes.ui.models.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
Signature = tuple[tuple[str, ...], tuple[str | None, ...]]


def voice_signature(observation: Observation) -> Signature:
    """What of an observation the tally counts: its speakers and its quotes' speakers."""
    return tuple(observation.speakers), tuple(q.speaker for q in observation.quotes)


class VoiceTallyModel(QAbstractTableModel):
    """One row per attendee (in their order), then anyone else heard in the meeting."""

    PERSON, OBSERVATIONS, QUOTES, HEARD = range(4)

    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._meeting: str | None = None
        self._rows: list[tuple[str, VoiceCount, bool]] = []  # pid, counts, attended
        self._roles: dict[str, str] = {}
        self._total = 0
        self.recounts = 0  # how often the meeting was counted (tests and benchmarks read it)

    @property
    def meeting_id(self) -> str | None:
        return self._meeting

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting = meeting_id
        self.recount()

    def recount(self) -> None:
        self.recounts += 1
        self.beginResetModel()
        self._rows = []
        if self._meeting is not None:
            analysis = self._hub.project.analysis
            scope = Scope(meeting=self._meeting)
            attendees = analysis.attendees(scope)
            self._roles = analysis.roles()
            voice = share_of_voice(
                [pid for _, pid in analysis.speaker_rows(scope)],
                [pid for _, pid in analysis.quote_rows(scope)],
                self._roles,
                present=attendees,
            )
            counts = voice.by_participant
            self._rows = [(pid, counts.get(pid, VoiceCount()), True) for pid in attendees]
            self._rows += [(pid, c, False) for pid, c in counts.items() if pid not in attendees]
            self._total = sum(c.total for c in counts.values())
        self.endResetModel()

    def silent(self) -> list[str]:
        """Attendees not heard yet, in their order."""
        return [pid for pid, count, attended in self._rows if attended and not count.total]

    def attendee_count(self) -> int:
        return sum(1 for _, _, attended in self._rows if attended)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Participant"), self.tr("Obs."), self.tr("Quotes"), self.tr("Heard"))[
                section
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Pseudonym (role in the tooltip)"),
                self.tr("Observations naming them as speaking or acting"),
                self.tr("Quotes they spoke"),
                self.tr("Their part of all that was heard in this meeting"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pid, count, attended = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PERSON:
            return label(self._roles.get(pid))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.PERSON:
                name = self._hub.pseudonyms().get(pid, self.tr("unknown participant"))
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return f"{name}, {label(self._roles.get(pid))}"
                return name
            if column == self.OBSERVATIONS:
                return count.observations
            if column == self.QUOTES:
                return count.quotes
            if not count.total:
                return self.tr("not yet heard")
            share = round(100 * count.total / self._total) if self._total else 0
            heard = self.tr("{share} %").format(share=share)
            return (
                heard
                if attended
                else self.tr("{share} (not listed as attending)").format(share=heard)
            )
        if role == Qt.ItemDataRole.FontRole and not count.total:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.OBSERVATIONS,
            self.QUOTES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return pid
        return None


class VoiceTally(QWidget):
    """The panel: a summary line over the table, following the capture stream's meeting."""

    def __init__(
        self, hub: ProjectHub, stream: ObservationListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voiceTally")
        self._hub = hub
        self._stream = stream
        self._signatures: dict[str, Signature] = {}
        self._stale = True
        self.model = VoiceTallyModel(hub, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("voiceTallySummary")
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("voiceTallyTable")
        self.table.setAccessibleName(self.tr("Who has been heard in this meeting"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        title = QLabel(self.tr("<b>Who has been heard</b>"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._update_summary)
        stream.modelReset.connect(self._on_stream_reset)
        stream.dataChanged.connect(self._on_rows_changed)
        hub.meeting_changed.connect(self._on_meeting_changed)
        hub.meetings_changed.connect(self._refresh)
        hub.participants_changed.connect(self._refresh)
        self._on_stream_reset()

    def _on_stream_reset(self) -> None:
        """Another meeting, or observations added, removed or moved: count afresh."""
        self._signatures = {}
        for row in range(self._stream.rowCount()):
            observation = self._stream.observation(row)
            if observation is not None:
                self._signatures[observation.id] = voice_signature(observation)
        self._refresh()

    def _on_rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_args: object) -> None:
        changed = False
        for row in range(top.row(), bottom.row() + 1):
            observation = self._stream.observation(row)
            if observation is None:
                continue
            signature = voice_signature(observation)
            if self._signatures.get(observation.id) != signature:
                self._signatures[observation.id] = signature
                changed = True
        if changed:
            self._refresh()

    def _on_meeting_changed(self, meeting_id: str) -> None:
        if meeting_id == self._stream.meeting_id:
            self._refresh()

    def _refresh(self) -> None:
        """Recount now when shown; when hidden, once it is shown again."""
        self._stale = True
        if self.isVisible():
            self._recount()

    def _recount(self) -> None:
        self._stale = False
        if self.model.meeting_id != self._stream.meeting_id:
            self.model.set_meeting(self._stream.meeting_id)
        else:
            self.model.recount()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._recount()
        super().showEvent(event)

    def _update_summary(self) -> None:
        if self.model.meeting_id is None:
            self.summary.setText(self.tr("No meeting selected."))
            return
        attendees = self.model.attendee_count()
        if attendees == 0:
            self.summary.setText(self.tr("No attendees listed for this meeting."))
            return
        names = self._hub.pseudonyms()
        silent = [names.get(pid, "?") for pid in self.model.silent()]
        if not silent:
            self.summary.setText(self.tr("Every attendee has been heard."))
        else:
            self.summary.setText(
                self.tr("Not yet heard ({count} of {total}): {names}").format(
                    count=len(silent), total=attendees, names=", ".join(silent)
                )
            )
