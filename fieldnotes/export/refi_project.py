"""Writing a REFI-QDA project (``.qdpx``) for QualCoder, ATLAS.ti, MAXQDA and NVivo.

The archive holds ``project.qde`` (XML in the ``urn:QDA-XML:project:1.0`` namespace,
valid against the standard's ``Project.xsd``) and ``sources/<GUID>.txt``: one text per
exported meeting and one per memo. What goes where:

- each meeting is a ``TextSource`` (its text: :mod:`fieldnotes.export.refi_sources`),
  with its date, kind, times, place, attendees and notes in ``Description`` and the
  variables "Meeting date", "Meeting kind" and "Attendees";
- each observation with text is a ``PlainTextSelection`` over exactly its text, with one
  ``Coding`` per tag (an item is coded as the item only, never also its dimension);
- the code tree is :mod:`fieldnotes.export.refi_codes`'s, shared with the ``.qdc``;
- each memo is a ``Note`` with its text in a file, linked to its code, meeting or the
  project (:mod:`fieldnotes.export.refi_notes`);
- each participant is a ``Case`` under their pseudonym, with the variables "Role" and
  "Sector", a ``SourceRef`` to every meeting they attend or are quoted in and a
  ``SelectionRef`` to every observation they are quoted in (:mod:`~.refi_cases`);
- the researcher (the project's researcher setting, else "Researcher") is the one
  ``User`` and the creating and modifying user of everything.

Real names never reach the archive: every text passes through ``NameGuard``. The file
is written atomically; a cancel or failure leaves the output path as it was. Memory
stays at about one meeting's observations: texts go into the archive as each meeting is
read, the sources' XML into a temporary file, and ``project.qde`` is assembled last.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from fieldnotes.domain.dates import is_iso_date
from fieldnotes.domain.models import Meeting
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.export.atomic import atomic_output
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_cases import (
    ATTENDEES,
    MEETING_DATE,
    MEETING_KIND,
    case_element,
    variable_value,
    variables_element,
)
from fieldnotes.export.refi_codes import CodeTree, build_code_tree, code_elements
from fieldnotes.export.refi_notes import SOURCES_FOLDER, NoteParts, write_notes
from fieldnotes.export.refi_options import (
    RefiExportCancelled,
    RefiSelection,
    refuse_project_as_output,
)
from fieldnotes.export.refi_sources import MeetingText, meeting_text, source_name
from fieldnotes.export.refi_text import (
    ORIGIN,
    UniqueNames,
    attributes,
    escape_attribute,
    escape_text,
    one_line,
    plain,
    utc_stamp,
    xsd_datetime,
)
from fieldnotes.export.selection import chosen_meetings, matching_observations
from fieldnotes.store import Project

__all__ = ["ORIGIN", "QdpxSummary", "RefiExportCancelled", "RefiSelection", "write_qdpx"]

NAMESPACE = "urn:QDA-XML:project:1.0"
RESEARCHER_FALLBACK = "Researcher"
PARTICIPANT_FALLBACK = "Participant"
STUDY_FALLBACK = "fieldnotes project"
_TICK = 500  # observations between progress reports and cancel checks
_FLUSH = 1 << 20  # characters of XML gathered before they go to the archive

Progress = Callable[[int, int], None]


@dataclass
class QdpxSummary:
    sources: int = 0
    selections: int = 0  # observations, each a coded passage
    codings: int = 0
    codes: int = 0
    notes: int = 0
    cases: int = 0
    replacements: list[str] = field(default_factory=list)  # real names replaced

    def describe(self) -> str:
        """One English line: "4 sources (25 observations, 48 codings), 37 codes, …"."""
        return (
            f"{_count(self.sources, 'source')} ({_count(self.selections, 'observation')}, "
            f"{_count(self.codings, 'coding')}), {_count(self.codes, 'code')}, "
            f"{_count(self.notes, 'note')} and {_count(self.cases, 'case')}"
        )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def write_qdpx(
    project: Project,
    options: RefiSelection,
    out_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> QdpxSummary:
    """Write the chosen material of ``project`` as a REFI-QDA project at ``out_path``.

    Reads one consistent snapshot of the project. ``progress(done, total)`` counts the
    chosen meetings' observations; ``cancelled()`` is polled as the work goes, and when
    it turns true :class:`RefiExportCancelled` is raised and nothing is written.
    """
    out_path = Path(out_path)
    refuse_project_as_output(out_path, project.path)
    with project.transaction(write=False):
        writer = _ProjectWriter(project, options, progress, cancelled)
        with (
            atomic_output(out_path) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            writer.write(archive)
    return writer.summary


class _ProjectWriter:
    def __init__(
        self,
        project: Project,
        options: RefiSelection,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.project = project
        self._progress = progress
        self._cancelled = cancelled
        self.now = utc_stamp()
        self.participants = project.participants.all()
        self.guard = NameGuard(self.participants)
        researcher = (project.settings.researcher or "").strip()
        self.user = guid_for("user", researcher or "researcher")
        self.user_name = one_line(researcher, self.guard, RESEARCHER_FALLBACK)
        self.tree: CodeTree = build_code_tree(project.codes.themes(), self.guard)
        self.code_guids = self.tree.guids
        self.code_names = {code.code_id: (code.guid, code.name) for code in self.tree.walk()}
        self.meetings = chosen_meetings(project, options)
        self.wanted = matching_observations(project, options)
        case_names = UniqueNames()
        self.pseudonyms = {
            p.id: case_names.take(one_line(p.pseudonym, self.guard, PARTICIPANT_FALLBACK))
            for p in self.participants
        }
        self.summary = QdpxSummary(codes=len(self.code_guids))
        # Filled while the sources are written, read when the cases are.
        self.case_sources: dict[str, dict[str, None]] = {}
        self.case_selections: dict[str, list[str]] = {}
        self.exported: dict[str, tuple[str, str]] = {}  # meeting id -> (source GUID, name)
        self._stamps: dict[str | None, str] = {}
        self._short: dict[str | None, str] = {}  # cleaned times and languages
        self._done = 0
        self._total = 0

    # -- the whole archive -------------------------------------------------------------

    def write(self, archive: zipfile.ZipFile) -> None:
        self._total = sum(self.project.observations.count(m.id) for m in self.meetings)
        self._report()
        with tempfile.SpooledTemporaryFile(max_size=8 * _FLUSH) as sources:
            self._write_sources(archive, sources)
            notes = self._write_notes(archive)
            self._check_cancel()
            sources.seek(0)
            with archive.open("project.qde", "w") as qde:
                out = _Chunks(qde)
                self._project_head(out)
                out.write("<Users>" + self._user_element() + "</Users>")
                out.write("<CodeBook><Codes>")
                for element in code_elements(self.tree):
                    out.write(element)
                out.write("</Codes></CodeBook>")
                out.write(variables_element())
                self._cases(out)
                if self.summary.sources:
                    out.write("<Sources>")
                    out.flush()
                    shutil.copyfileobj(sources, qde, _FLUSH)
                    out.write("</Sources>")
                out.write(notes.notes)
                if notes.links:
                    out.write("<Links>" + notes.links + "</Links>")
                description = plain(self.project.study.get().description, self.guard)
                if description:
                    out.write(f"<Description>{escape_text(description)}</Description>")
                out.write(notes.about_project)
                out.write("</Project>\n")
                out.flush()
        self.summary.replacements = self.guard.report()
        if self._progress is not None:
            self._progress(self._total, self._total)

    def _project_head(self, out: _Chunks) -> None:
        study = self.project.study.get()
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(
            f'<Project xmlns="{NAMESPACE}"'
            + attributes(
                name=one_line(study.title, self.guard, STUDY_FALLBACK),
                origin=ORIGIN,
                creatingUserGUID=self.user,
                creationDateTime=self.now,
                modifyingUserGUID=self.user,
                modifiedDateTime=self.now,
            )
            + ">"
        )

    def _user_element(self) -> str:
        return "<User" + attributes(guid=self.user, name=self.user_name) + "/>"

    # -- progress and cancel -----------------------------------------------------------

    def _check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise RefiExportCancelled("Export cancelled; nothing was written.")

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)

    def _advance(self, count: int) -> None:
        before = self._done
        self._done += count
        if self._done // _TICK != before // _TICK:
            self._check_cancel()
            self._report()

    # -- sources -----------------------------------------------------------------------

    def _write_sources(self, archive: zipfile.ZipFile, sink: IO[bytes]) -> None:
        names = UniqueNames()
        for meeting in self.meetings:
            self._check_cancel()
            observations = self.project.observations.for_meeting(meeting.id)
            chosen = [o for o in observations if self.wanted is None or o.id in self.wanted]
            if self.wanted is not None and not chosen:
                self._advance(len(observations))
                continue
            guid = guid_for("source", meeting.id)
            name = names.take(source_name(meeting, self.guard))
            built = meeting_text(meeting, chosen, self.pseudonyms, self.guard, self._short)
            archive.writestr(f"{SOURCES_FOLDER}/{guid}.txt", built.text.encode("utf-8"))
            self._text_source(sink, meeting, guid, name, built)
            self._advance(len(observations) - len(built.placed))  # left out, or without text
            self.exported[meeting.id] = (guid, name)
            self.summary.sources += 1
            for pid in [*meeting.attendees, *built.speakers]:
                if pid in self.pseudonyms:
                    self.case_sources.setdefault(pid, {})[guid] = None

    def _text_source(
        self,
        sink: IO[bytes],
        meeting: Meeting,
        guid: str,
        name: str,
        built: MeetingText,
    ) -> None:
        created = [self._stamp(p.observation.created) for p in built.placed]
        updated = [self._stamp(p.observation.updated) for p in built.placed]
        parts = [
            "<TextSource"
            + attributes(
                guid=guid,
                name=name,
                plainTextPath=f"internal://{guid}.txt",
                creatingUser=self.user,
                creationDateTime=min(created, default=self.now),
                modifyingUser=self.user,
                modifiedDateTime=max(updated, default=self.now),
            )
            + ">"
        ]
        description = self._meeting_description(meeting)
        if description:
            parts.append(f"<Description>{escape_text(description)}</Description>")
        user, guids = self.user, self.code_guids
        for placed, created_at, updated_at in zip(built.placed, created, updated, strict=True):
            observation = placed.observation
            selection = guid_for("selection", observation.id)
            # Written out rather than through attributes(): this runs once per observation,
            # and only the name can need escaping.
            name = (
                f' name="{escape_attribute(observation.reference)}"'
                if observation.ref is not None
                else ""
            )
            parts.append(
                f'<PlainTextSelection guid="{selection}"{name} startPosition="{placed.start}" '
                f'endPosition="{placed.end}" creatingUser="{user}" '
                f'creationDateTime="{created_at}" modifyingUser="{user}" '
                f'modifiedDateTime="{updated_at}"'
            )
            codings = [c for c in observation.codes if c in guids]
            if codings:
                parts.append(">")
                for code in codings:
                    coding = guid_for("coding", _coding_id(observation.id, code))
                    parts.append(
                        f'<Coding guid="{coding}" creatingUser="{user}" '
                        f'creationDateTime="{updated_at}"><CodeRef targetGUID="{guids[code]}"/>'
                        "</Coding>"
                    )
                parts.append("</PlainTextSelection>")
            else:
                parts.append("/>")
            self.summary.selections += 1
            self.summary.codings += len(codings)
            for pid in placed.speakers:
                if pid in self.pseudonyms:
                    self.case_selections.setdefault(pid, []).append(selection)
            self._advance(1)
            if len(parts) > 2_000:
                sink.write("".join(parts).encode("utf-8"))
                parts.clear()
        parts += self._meeting_variables(meeting)
        parts.append("</TextSource>")
        sink.write("".join(parts).encode("utf-8"))

    def _stamp(self, stamp: str | None) -> str:
        """A stored timestamp as xsd:dateTime (remembered: many observations share one)."""
        found = self._stamps.get(stamp)
        if found is None:
            if len(self._stamps) >= 10_000:  # every observation may have its own: stay small
                self._stamps.clear()
            found = self._stamps[stamp] = xsd_datetime(stamp, self.now)
        return found

    def _meeting_description(self, meeting: Meeting) -> str:
        guard = self.guard
        title = one_line(meeting.title, guard, "")
        lines = [title] if title else []
        when = one_line(meeting.date, guard, "")
        times = "–".join(t for t in (meeting.start, meeting.end) if t)
        if times:
            when = f"{when}, {one_line(times, guard, '')}" if when else one_line(times, guard, "")
        labelled = (
            ("Date", when),
            ("Kind", one_line(meeting.kind, guard, "")),
            ("Location", one_line(meeting.location, guard, "")),
            ("Attendees", self._attendees(meeting)),
        )
        lines += [f"{label}: {value}" for label, value in labelled if value]
        notes = plain(meeting.notes, guard).strip()
        if notes:
            lines += ["", notes]
        return "\n".join(lines)

    def _attendees(self, meeting: Meeting) -> str:
        return ", ".join(self.pseudonyms[p] for p in meeting.attendees if p in self.pseudonyms)

    def _meeting_variables(self, meeting: Meeting) -> list[str]:
        values: list[str] = []
        if meeting.date and is_iso_date(meeting.date):
            values.append(variable_value(MEETING_DATE, meeting.date, "DateValue"))
        kind = one_line(meeting.kind, self.guard, "")
        if kind:
            values.append(variable_value(MEETING_KIND, kind))
        attendees = self._attendees(meeting)
        if attendees:
            values.append(variable_value(ATTENDEES, attendees))
        return values

    # -- notes and cases ---------------------------------------------------------------

    def _write_notes(self, archive: zipfile.ZipFile) -> NoteParts:
        parts = write_notes(
            archive,
            self.project.memos.all(),
            sources=self.exported,
            codes=self.code_names,
            meetings=self.project.ids("meetings"),
            guard=self.guard,
            user=self.user,
            stamp=self.now,
        )
        self.summary.notes = parts.count
        return parts

    def _cases(self, out: _Chunks) -> None:
        if not self.participants:
            return
        out.write("<Cases>")
        for person in self.participants:
            out.write(
                case_element(
                    person,
                    self.pseudonyms[person.id],
                    self.guard,
                    self.case_sources.get(person.id, {}),
                    self.case_selections.get(person.id, []),
                )
            )
            self.summary.cases += 1
        out.write("</Cases>")


class _Chunks:
    """Gathers XML text and hands it to the archive in large UTF-8 pieces."""

    def __init__(self, target: IO[bytes]) -> None:
        self._target = target
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        if self._parts:
            self._target.write("".join(self._parts).encode("utf-8"))
            self._parts.clear()
            self._size = 0


def _coding_id(observation_id: str, code_id: str) -> str:
    """One code on one observation, unambiguous whatever characters the two ids hold."""
    return f"{len(observation_id)}:{observation_id}:{code_id}"
