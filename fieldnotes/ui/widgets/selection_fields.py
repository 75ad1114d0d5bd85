"""Which part of the study an export covers: meetings, a period and codes.

Every export that takes the command line's ``--meeting/--from/--to/--code`` offers the
same three choices, built here once and laid out as rows of the dialog's form.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QListView, QWidget

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.meetings import MeetingChecklistModel
from fieldnotes.ui.widgets.code_list_picker import CodeListPicker
from fieldnotes.ui.widgets.date_range import DateRange


class SelectionFields(QObject):
    def __init__(self, hub: ProjectHub, parent: QWidget) -> None:
        super().__init__(parent)
        self.meetings = MeetingChecklistModel(hub, self)
        self.meeting_view = QListView(parent)
        self.meeting_view.setObjectName("exportMeetings")
        self.meeting_view.setAccessibleName(self.tr("Meetings to include (none ticked: all)"))
        self.meeting_view.setModel(self.meetings)
        self.meeting_view.setMaximumHeight(130)
        self.dates = DateRange(parent, name="export")
        self.codes = CodeListPicker(hub, self.tr("only observations tagged with all of: "), parent)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Meetings:"), self.meeting_view)
        form.addRow(self.tr("&Dates:"), self.dates)
        form.addRow(self.tr("&Codes:"), self.codes)

    def meeting_ids(self) -> list[str]:
        return self.meetings.checked_ids()

    def date_from(self) -> str | None:
        return self.dates.date_from()

    def date_to(self) -> str | None:
        return self.dates.date_to()

    def code_ids(self) -> list[str]:
        return self.codes.codes()
