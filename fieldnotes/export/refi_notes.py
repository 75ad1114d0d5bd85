"""Memos as REFI-QDA notes: a text file each, and a link to what they are about.

A note's text goes in ``sources/<GUID>.txt`` (QualCoder makes a journal only of a note
with a ``plainTextPath``), and every note has a name of its own and both dates
(QualCoder fails on a second journal of the same name and on a note without a date).
Memos have no timestamps in fieldnotes, so a note is dated by the export.

- About an exported meeting: a ``Link`` from the note to the meeting's source, not a
  ``NoteRef`` on the source: QualCoder takes a note referred to from a source for an
  annotation of a text passage and, finding none, drops the memo.
- About a code: a ``Link`` from the note to the code, not a ``NoteRef`` in the code:
  older QualCoder releases drop a code that holds both a description and a note
  reference (and its codings with it), and make a nameless code of a reference under a
  code with sub-codes.
- About the study (or anything else): a ``NoteRef`` on the project.
- About a meeting left out of the export: left out too.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fieldnotes.domain.models import Memo
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_text import UniqueNames, attributes, plain

SOURCES_FOLDER = "sources"
LINK_NAME = "Memo about meeting"
CODE_LINK_NAME = "Memo about code"
STUDY_LABEL = "study"


@dataclass
class NoteParts:
    """What the notes add to ``project.qde``, each piece ready to write in its place."""

    count: int = 0
    notes: str = ""  # the <Notes> element, or nothing
    links: str = ""  # the <Link> elements (the caller wraps them in <Links>)
    about_project: str = ""  # <NoteRef> elements for the end of <Project>


def write_notes(
    archive: zipfile.ZipFile,
    memos: Iterable[Memo],
    *,
    sources: Mapping[str, tuple[str, str]],
    codes: Mapping[str, tuple[str, str]],
    meetings: set[str],
    guard: NameGuard,
    user: str,
    stamp: str,
) -> NoteParts:
    """Write each memo's text into ``archive``; return the XML that refers to them.

    ``sources`` maps an exported meeting's id to its source GUID and name, ``codes`` a
    code id to its GUID and name, ``meetings`` holds every meeting id of the project.
    """
    parts = NoteParts()
    names = UniqueNames()
    elements: list[str] = []
    for memo in memos:
        about = memo.about
        if about is not None and about in meetings and about not in sources:
            continue
        guid = guid_for("note", memo.id)
        if about is not None and about in sources:
            label = sources[about][1]
        elif about is not None and about in codes:
            label = codes[about][1]
        else:
            label = STUDY_LABEL
        archive.writestr(f"{SOURCES_FOLDER}/{guid}.txt", plain(memo.text, guard).encode("utf-8"))
        elements.append(
            "<Note"
            + attributes(
                guid=guid,
                name=names.take(f"Memo: {label}"),
                plainTextPath=f"internal://{guid}.txt",
                creatingUser=user,
                creationDateTime=stamp,
                modifyingUser=user,
                modifiedDateTime=stamp,
            )
            + "/>"
        )
        parts.count += 1
        target = _link_target(about, sources, codes)
        if target is not None:
            parts.links += (
                "<Link"
                + attributes(
                    guid=guid_for("link", memo.id),
                    name=target[1],
                    direction="OneWay",
                    originGUID=guid,
                    targetGUID=target[0],
                )
                + "/>"
            )
        else:
            parts.about_project += f'<NoteRef targetGUID="{guid}"/>'
    if elements:
        parts.notes = "<Notes>" + "".join(elements) + "</Notes>"
    return parts


def _link_target(
    about: str | None,
    sources: Mapping[str, tuple[str, str]],
    codes: Mapping[str, tuple[str, str]],
) -> tuple[str, str] | None:
    """The GUID a memo's link points to and the link's name; None for the project."""
    if about is not None and about in sources:
        return sources[about][0], LINK_NAME
    if about is not None and about in codes:
        return codes[about][0], CODE_LINK_NAME
    return None
