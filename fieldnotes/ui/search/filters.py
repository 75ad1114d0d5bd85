"""The filter controls of the search panel; they read and write a SearchFilters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from fieldnotes.domain.models import ACTION_STATUSES, MEETING_KINDS, PARTICIPANT_ROLES, VERDICTS
from fieldnotes.domain.search import SearchFilters
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.widgets.code_list_picker import CodeListPicker
from fieldnotes.ui.widgets.date_range import DateRange


class SearchFilterBox(QWidget):
    changed = Signal()

    def __init__(self, hub: ProjectHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.code_picker = CodeListPicker(hub, self.tr("all of: "), self)
        self.code_picker.changed.connect(self.changed)
        self.meeting = self._combo("filterMeeting", self.tr("Meeting"))
        self.kind = self._combo("filterKind", self.tr("Meeting kind"))
        self.speaker = self._combo("filterSpeaker", self.tr("Speaker"))
        self.role = self._combo("filterRole", self.tr("Speaker role"))
        self.verdict = self._combo("filterVerdict", self.tr("Member-check verdict"))
        self.researcher = self._combo("filterResearcher", self.tr("Written by researcher"))
        self.spoke = self._combo("filterSpoke", self.tr("Spoke or acted"))
        self.action = self._combo("filterAction", self.tr("Agreement or action"))
        self.owner = self._combo("filterActionOwner", self.tr("Action owner"))
        self.dates = DateRange(self, name="filter")
        self.dates.changed.connect(self.changed)
        self.has_quotes = QCheckBox(self.tr("has &quotes"), self)
        self.has_feedback = QCheckBox(self.tr("has &feedback"), self)
        for box in (self.has_quotes, self.has_feedback):
            box.toggled.connect(self.changed)

        checks = QHBoxLayout()
        checks.addWidget(self.has_quotes)
        checks.addWidget(self.has_feedback)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Codes:"), self.code_picker)
        form.addRow(self.tr("Meeting:"), self.meeting)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Dates:"), self.dates)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Spoke or acted:"), self.spoke)
        form.addRow(self.tr("Action:"), self.action)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow("", checks)
        form.addRow(self.tr("Verdict:"), self.verdict)
        form.addRow(self.tr("Researcher:"), self.researcher)
        self.reload_choices()
        hub.meetings_changed.connect(self.reload_choices)
        hub.participants_changed.connect(self.reload_choices)
        hub.observations_changed.connect(self.reload_choices)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = _narrow_combo(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def reload_choices(self) -> None:
        """Refill the lists from the project, keeping what was chosen."""
        current = self.filters()
        self.blockSignals(True)
        self._fill(
            self.meeting,
            [
                (f"{m.date or ''} {m.title}", m.id)
                for m in self._hub.project.meetings.all(newest_first=True)
            ],
        )
        self._fill(self.kind, [(label(k), k) for k in MEETING_KINDS])
        people = [(p.pseudonym, p.id) for p in self._hub.project.participants.all()]
        self._fill(self.speaker, people)
        self._fill(self.spoke, people)
        self._fill(self.owner, people)
        self._fill(
            self.action,
            [
                (self.tr("any action"), "any"),
                *((label(status), status) for status in ACTION_STATUSES),
            ],
        )
        self._fill(self.role, [(label(r), r) for r in PARTICIPANT_ROLES])
        self._fill(self.verdict, [(label(v), v) for v in VERDICTS])
        self._fill(self.researcher, [(name, name) for name in self._hub.researchers()])
        self.set_filters(current)
        self.blockSignals(False)

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("any"), None)
        for text, data in items:
            combo.addItem(text, data)
        combo.blockSignals(False)

    def filters(self) -> SearchFilters:
        return SearchFilters(
            codes=self.code_picker.codes(),
            meeting=self.meeting.currentData(),
            meeting_kind=self.kind.currentData(),
            date_from=self.dates.date_from(),
            date_to=self.dates.date_to(),
            speaker=self.speaker.currentData(),
            speaker_role=self.role.currentData(),
            has_quotes=self.has_quotes.isChecked(),
            has_feedback=self.has_feedback.isChecked(),
            verdict=self.verdict.currentData(),
            researcher=self.researcher.currentData(),
            action=self.action.currentData(),
            action_owner=self.owner.currentData(),
            spoke=self.spoke.currentData(),
        )

    def set_filters(self, filters: SearchFilters) -> None:
        blocked = self.signalsBlocked()
        self.blockSignals(True)
        self.code_picker.set_codes(filters.codes)
        for combo, value in (
            (self.meeting, filters.meeting),
            (self.kind, filters.meeting_kind),
            (self.speaker, filters.speaker),
            (self.role, filters.speaker_role),
            (self.verdict, filters.verdict),
            (self.researcher, filters.researcher),
            (self.spoke, filters.spoke),
            (self.action, filters.action),
            (self.owner, filters.action_owner),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)
        self.dates.set_range(filters.date_from, filters.date_to)
        for box, checked in (
            (self.has_quotes, filters.has_quotes),
            (self.has_feedback, filters.has_feedback),
        ):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self.blockSignals(blocked)


def _narrow_combo(parent: QWidget) -> QComboBox:
    """A combo box that does not widen the panel to its longest entry (CAC item texts)."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo
