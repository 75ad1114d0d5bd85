"""Turning a read REFI-QDA project into what the project gains: a :class:`ProjectData`.

Sources become meetings, selections observations (one per selected stretch, the codes
of every selection over it together), codes themes or CAC codes
(:mod:`fieldnotes.imports.refi_codes`), notes memos, cases participants. A source that
nobody coded is read one observation per paragraph; the uncoded text of a coded source
is left out and counted (the researcher chose what mattered there).

Only what the project lacks is added; nothing already in it is changed. An item is
already in it when its GUID is the one fieldnotes gives it (``guid_for``), when its id
is the GUID (an earlier import), or for codes and participants when the name matches.
So importing the same file twice, or a file exported from this very project, adds
nothing the second time.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from fieldnotes.display import shorten
from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.document import ProjectData
from fieldnotes.domain.models import Code, Meeting, Memo, Observation, Participant, Study
from fieldnotes.domain.refi_ids import FIELDNOTES_NAMESPACE, guid_for
from fieldnotes.imports.refi_codes import CodeMapping, key, map_codes
from fieldnotes.imports.refi_meta import clock_time, meeting_details, participant_details
from fieldnotes.imports.refi_model import RefiProject, RefiSource
from fieldnotes.imports.refi_reader import check_cancel
from fieldnotes.imports.refi_summary import RefiImportSummary
from fieldnotes.imports.refi_text import clean
from fieldnotes.store import Project

DEFAULT_STUDY = Study()
UNTITLED_SOURCE = "Untitled source"
_DOCUMENT_EXTENSIONS = frozenset({"txt", "docx", "doc", "rtf", "odt", "pdf", "md", "html", "htm"})


def derived_id(*parts: object) -> str:
    """A stable id for something the file gives no GUID of its own."""
    return str(uuid.uuid5(FIELDNOTES_NAMESPACE, ":".join(str(p) for p in parts)))


@dataclass
class ProjectState:
    """What the project already holds, read once: ids, and the GUIDs that name them."""

    codes: list[Code]
    meetings: set[str]
    observations: dict[str, str]  # id -> meeting id
    memos: set[str]
    participants: dict[str, str]  # id -> pseudonym
    study: Study
    wording: tuple[tuple[str, str], ...] = ()

    @classmethod
    def read(cls, project: Project) -> ProjectState:
        with project.transaction(write=False):
            framework = load_framework()
            wording = tuple(
                (f"{framework.prefix}{k}", text)
                for language in ("en", *framework.translations)
                for k, text in project.cac_wording.get(language).items()
            )
            return cls(
                codes=project.codes.all(),
                meetings=project.ids("meetings"),
                observations=project.observations.owners()[0],
                memos=project.ids("memos"),
                participants={p.id: p.pseudonym for p in project.participants.all()},
                study=project.study.get(),
                wording=wording,
            )


class _Known:
    """Existing ids of one kind, found by themselves or by the GUID fieldnotes gives them."""

    def __init__(self, kind: str, ids: set[str] | dict[str, str]) -> None:
        self.ids = ids
        self._kind = kind
        self._guids: dict[str, str] | None = None

    def find(self, guid: str | None) -> str | None:
        if guid is None:
            return None
        if guid in self.ids:
            return guid
        if self._guids is None:  # built on first use: one UUID5 per id
            self._guids = {guid_for(self._kind, i): i for i in self.ids}
        return self._guids.get(guid.upper())


@dataclass
class RefiPlan:
    data: ProjectData
    summary: RefiImportSummary
    # Meetings already in the project that gain observations: the new ones go after
    # the meeting's own, which the import lists first, unchanged (see refi_project).
    extended: list[str] = field(default_factory=list)


def plan_import(
    refi: RefiProject, state: ProjectState, cancelled: Callable[[], bool] | None = None
) -> RefiPlan:
    return _Planner(refi, state, cancelled).plan()


class _Planner:
    def __init__(
        self, refi: RefiProject, state: ProjectState, cancelled: Callable[[], bool] | None
    ) -> None:
        self.refi = refi
        self.state = state
        self.cancelled = cancelled
        self.data = ProjectData()
        self.summary = RefiImportSummary(skipped=Counter(refi.skipped))
        self.meetings = _Known("source", state.meetings)
        self.observations = _Known("selection", state.observations)
        self.memos = _Known("note", state.memos)
        self.people = _Known("case", state.participants)
        self.used_ids: set[str] = set()
        self.meeting_of: dict[str, str] = {}  # source or selection GUID -> meeting id
        self.codes = CodeMapping()
        self.extended: list[str] = []  # meetings already there that gain observations

    def plan(self) -> RefiPlan:
        used = {g for s in self.refi.sources for sel in s.selections for g in sel.codes}
        self.codes = map_codes(
            self.refi.codes, self.state.codes, used=used, wording=self.state.wording
        )
        self.data.codes = self.codes.new_codes
        self.summary.themes = len(self.codes.new_codes)
        self.summary.matched_cac = self.codes.matched_cac
        self.summary.matched_themes = self.codes.matched_themes
        attendees = self._participants()
        for index, source in enumerate(self.refi.text_sources):
            check_cancel(self.cancelled)
            self._meeting(index, source, attendees)
        self._memos()
        self._study()
        self.summary.skipped = +self.summary.skipped  # drop zero counts
        return RefiPlan(self.data, self.summary, self.extended)

    # -- participants ------------------------------------------------------------------

    def _participants(self) -> dict[str, list[str]]:
        """Add the cases as participants; returns source GUID -> participant ids."""
        by_name = {key(name): pid for pid, name in self.state.participants.items()}
        attendees: dict[str, list[str]] = {}
        for case in self.refi.cases:
            if not case.name:
                self.summary.skipped["unnamed_case"] += 1
                continue
            pid = self.people.find(case.guid) or by_name.get(key(case.name))
            if pid is not None:
                self.summary.already["participants"] += 1
            else:
                pid = self._new_id(
                    self.state.participants, case.guid, derived_id("refi-case", key(case.name))
                )
                named = {self.refi.variables.get(g, ""): v for g, v in case.variables.items()}
                role, organisation = participant_details(named)
                self.data.participants.append(
                    Participant(pid, shorten(case.name, 200), role=role, organisation=organisation)
                )
                self.summary.participants += 1
            by_name[key(case.name)] = pid
            for source in case.sources:
                if pid not in attendees.setdefault(source, []):
                    attendees[source].append(pid)
        return attendees

    # -- meetings and observations -----------------------------------------------------

    def _meeting(self, index: int, source: RefiSource, attendees: dict[str, list[str]]) -> None:
        derived = derived_id("refi-source", self.refi.name, index, source.name)
        meeting_id = self.meetings.find(source.guid)
        if meeting_id is None and source.guid is None and derived in self.state.meetings:
            meeting_id = derived
        existing = meeting_id is not None
        if meeting_id is None:
            meeting_id = self._new_id(self.state.meetings, source.guid, derived)
            named = {self.refi.variables.get(g, ""): v for g, v in source.variables.items()}
            details = meeting_details(source.name, source.description, named)
            self.data.meetings.append(
                Meeting(
                    id=meeting_id,
                    title=meeting_title(source.name),
                    kind=details.kind,
                    date=details.date,
                    start=details.start,
                    end=details.end,
                    location=details.location,
                    notes=details.notes,
                    attendees=attendees.get(source.guid, []) if source.guid else [],
                )
            )
            self.summary.meetings += 1
        else:
            self.summary.already["meetings"] += 1
        for guid in [source.guid, *source.selection_guids]:
            if guid:
                self.meeting_of.setdefault(guid, meeting_id)
        new = self._observations(meeting_id, source)
        if new:
            self.data.observations[meeting_id] = new
            if existing:
                self.extended.append(meeting_id)

    def _observations(self, meeting_id: str, source: RefiSource) -> list[Observation]:
        found: list[Observation] = []
        groups: dict[tuple[int, int], list[int]] = {}
        for i, selection in enumerate(source.selections):
            groups.setdefault((selection.start, selection.end), []).append(i)
        for (start, end), members in sorted(groups.items()):
            selections = [source.selections[i] for i in members]
            text = clean(selections[0].text, source.qualcoder_line_breaks)
            if not text:
                self.summary.skipped["selection_empty"] += len(members)
                continue
            guids = [s.guid for s in selections if s.guid]
            obs_id = next((o for g in guids if (o := self.observations.find(g))), None)
            if obs_id is None and not guids:
                derived = derived_id("refi-selection", meeting_id, start, end)
                obs_id = derived if derived in self.state.observations else None
            if obs_id is not None:
                self.summary.already["observations"] += 1
                continue
            obs_id = self._new_id(
                self.state.observations,
                *guids,
                derived_id("refi-selection", meeting_id, start, end),
            )
            codes = self._codes([g for s in selections for g in s.codes])
            time = clock_time(selections[0].line_start)
            found.append(Observation(obs_id, meeting_id, text, time=time, codes=codes))
            for selection in selections:
                if selection.description:
                    self._selection_memo(meeting_id, obs_id, text, selection.description)
        for paragraph in source.paragraphs:
            obs_id = derived_id("refi-paragraph", meeting_id, paragraph.start, paragraph.end)
            if obs_id in self.state.observations:
                self.summary.already["observations"] += 1
                continue
            text = clean(paragraph.text, source.qualcoder_line_breaks)
            time, text = _leading_time(text)
            found.append(Observation(obs_id, meeting_id, text, time=time))
            self.summary.paragraph_observations += 1
        self.summary.observations += len(found)
        return found

    def _codes(self, guids: list[str]) -> list[str]:
        codes: list[str] = []
        for guid in guids:
            code = self.codes.by_guid.get(guid)
            if code is None:
                self.summary.skipped["unknown_code"] += 1
            elif code not in codes:
                codes.append(code)
        return codes

    def _selection_memo(self, meeting_id: str, obs_id: str, text: str, description: str) -> None:
        memo_id = derived_id("refi-selection-description", obs_id, description)
        if memo_id in self.state.memos or memo_id in self.used_ids:
            return
        self.used_ids.add(memo_id)
        self.data.memos.append(Memo(memo_id, f"“{shorten(text)}”: {description}", meeting_id))
        self.summary.memos += 1

    # -- notes -------------------------------------------------------------------------

    def _memos(self) -> None:
        about = self._note_targets()
        for note in self.refi.notes:
            text = _note_text(note.name, note.description, note.text)
            if not text:
                self.summary.skipped["empty_note"] += 1
                continue
            derived = derived_id("refi-note", text)
            if self.memos.find(note.guid) is not None or (
                note.guid is None and derived in self.state.memos
            ):
                self.summary.already["memos"] += 1
                continue
            memo_id = self._new_id(self.state.memos, note.guid, derived)
            self.data.memos.append(Memo(memo_id, text, about.get(note.guid or "")))
            self.summary.memos += 1

    def _note_targets(self) -> dict[str, str | None]:
        """Each note's subject: the meeting or code that refers to it, else the study."""
        about: dict[str, str | None] = {}
        for source in self.refi.sources:
            target = self.meeting_of.get(source.guid or "")
            for ref in source.note_refs:
                about.setdefault(ref, target)
            for selection in source.selections:
                for ref in selection.note_refs:
                    about.setdefault(ref, target)
        for code, _parent in self.refi.all_codes():
            for ref in code.note_refs:
                about.setdefault(ref, self.codes.by_guid.get(code.guid or ""))
        notes = {n.guid for n in self.refi.notes if n.guid}
        for link in self.refi.links:
            for note, other in ((link.origin, link.target), (link.target, link.origin)):
                if note in notes and other is not None:
                    subject = self.meeting_of.get(other) or self.codes.by_guid.get(other)
                    if subject is not None:
                        about.setdefault(note, subject)
        return about

    def _study(self) -> None:
        refi = self.refi
        if self.state.study == DEFAULT_STUDY and (refi.name.strip() or refi.description.strip()):
            self.data.study = Study(
                shorten(refi.name.strip(), 200) or DEFAULT_STUDY.title, refi.description.strip()
            )
            self.summary.study_named = True
            return
        text = refi.description.strip()
        if text and text != self.state.study.description.strip():
            memo_id = derived_id("refi-project-description", text)
            if memo_id in self.state.memos:
                self.summary.already["memos"] += 1
                return
            self.data.memos.append(Memo(memo_id, text, None))
            self.summary.memos += 1

    def _new_id(self, taken: Collection[str], *candidates: str | None) -> str:
        """The first candidate that neither this import nor the project (``taken``) uses;
        failing all, a stable variant of the first."""
        given = [c for c in candidates if c]
        free = [c for c in given if c not in self.used_ids and c not in taken]
        chosen, n = (free[0] if free else derived_id(given[0], 2)), 2
        while chosen in self.used_ids or chosen in taken:
            n += 1
            chosen = derived_id(given[0], n)
        self.used_ids.add(chosen)
        return chosen


def meeting_title(name: str) -> str:
    """A source's name as a meeting title: "interview_b.docx" reads "interview_b"."""
    stem, dot, extension = name.rpartition(".")
    if dot and stem.strip() and extension.lower() in _DOCUMENT_EXTENSIONS:
        name = stem
    return shorten(name.strip(), 200) or UNTITLED_SOURCE


def _note_text(name: str, description: str, text: str) -> str:
    """A note as a memo: its title first unless the text already starts with it."""
    parts = []
    title = name.removesuffix("…").removesuffix("...").strip()
    if title and not text.startswith(title):
        parts.append(name)
    if description and description not in text:
        parts.append(description)
    if text:
        parts.append(text)
    return "\n\n".join(parts).strip()


def _leading_time(text: str) -> tuple[str | None, str]:
    """A paragraph that starts with a clock time ("10:05 We agreed…") gives its time."""
    head, _, rest = text.partition(" ")
    time = clock_time(head) if rest.strip() else None
    return (time, rest.strip()) if time is not None else (None, text)
