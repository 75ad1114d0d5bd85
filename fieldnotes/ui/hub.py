"""The one place the UI hears about project changes.

Views never talk to each other or to SQL: they read through ``hub.project`` and listen
to the hub's signals. Undo commands call the store and then announce what changed here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fieldnotes.domain.cac import CacFramework
from fieldnotes.domain.models import Code
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project


class ProjectHub(QObject):
    """Wraps the open :class:`Project` and announces changes to it."""

    study_changed = Signal()
    meetings_changed = Signal()
    meeting_changed = Signal(str)  # meeting id (its own fields)
    observations_changed = Signal(str)  # meeting id: added, removed or reordered
    observation_changed = Signal(str)  # observation id: text, time, tags or quotes
    codes_changed = Signal()
    participants_changed = Signal()
    memos_changed = Signal()
    rounds_changed = Signal()
    saved = Signal()  # something was written to the project file
    write_failed = Signal(object)  # FieldnotesError: an edit the project file refused

    def __init__(
        self, project: Project, language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.language = language  # the interface's: framework codes are read in it
        project.show_codes_in(language)
        self._codes: dict[str, Code] | None = None
        self._pseudonyms: dict[str, str] | None = None
        self._researchers: list[str] | None = None
        self.codes_changed.connect(self._forget_codes)
        self.participants_changed.connect(self._forget_participants)
        self.observations_changed.connect(self._forget_researchers)
        for signal in (
            self.study_changed,
            self.meetings_changed,
            self.meeting_changed,
            self.observations_changed,
            self.observation_changed,
            self.codes_changed,
            self.participants_changed,
            self.memos_changed,
            self.rounds_changed,
        ):
            signal.connect(self.saved)

    def researchers(self) -> list[str]:
        """The authors of this project's observations (several once colleagues' work merged)."""
        if self._researchers is None:
            self._researchers = self.project.observations.researchers()
        return self._researchers

    def _forget_researchers(self) -> None:
        self._researchers = None

    def announce_everything(self) -> None:
        """Tell every view to read again: an import, a merge or its undo changed much."""
        self._forget_codes()
        self._forget_participants()
        self.study_changed.emit()
        self.participants_changed.emit()
        self.codes_changed.emit()
        self.meetings_changed.emit()
        for meeting in self.project.meetings.all():
            self.observations_changed.emit(meeting.id)
        self.memos_changed.emit()
        self.rounds_changed.emit()

    @property
    def read_only(self) -> bool:
        """Opened read-only (the file or its folder cannot be written): nothing may edit."""
        return self.project.read_only

    def report_failure(self, error: FieldnotesError) -> None:
        """An edit did not reach the file; whoever shows the project's state says so."""
        self.write_failed.emit(error)

    def framework(self) -> CacFramework:
        """The CAC framework in the interface language, with the team's own wording."""
        return self.project.wording(self.language).framework_in_words()

    def code_lookup(self) -> dict[str, Code]:
        """Codes by id, cached until the codebook changes (views ask on every paint)."""
        if self._codes is None:
            self._codes = {code.id: code for code in self.project.codes.all()}
        return self._codes

    def pseudonyms(self) -> dict[str, str]:
        if self._pseudonyms is None:
            self._pseudonyms = {p.id: p.pseudonym for p in self.project.participants.all()}
        return self._pseudonyms

    def _forget_codes(self) -> None:
        self._codes = None

    def _forget_participants(self) -> None:
        self._pseudonyms = None
