"""Opening a .qdpx from outside: refuse what is not a sound archive, then find its parts.

A .qdpx is a zip with a ``project.qde`` (the XML) and the sources' files under
``sources/`` (some tools write ``Sources/``, or another name for the .qde). The archive
checks of :mod:`fieldnotes.imports.archive_limits` run first, on the same open file that
is read afterwards, so no part is ever unpacked beyond its limit. A source is looked up
in the archive only: an ``internal://`` path that climbs out (``../``) finds nothing,
and ``relative://`` or ``absolute://`` files on someone's disk are never opened.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO
from urllib.parse import unquote

from fieldnotes.display import shorten
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, Message, os_reason
from fieldnotes.imports.archive_limits import (
    MAX_PART,
    MB,
    ArchiveLimits,
    ArchiveWords,
    check_archive,
)

NO_SUCH_FILE = QT_TRANSLATE_NOOP("Errors", "No such file: {path}")
NOT_REFI = QT_TRANSLATE_NOOP("Errors", "{path} is not a REFI-QDA project: {reason}.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({reason}).")
MISSING_PART = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a complete REFI-QDA project: {part} is missing from the archive."
)
REFI_WORDS = ArchiveWords(
    too_large=QT_TRANSLATE_NOOP(
        "Errors", "{path} is too large to read safely as a REFI-QDA project."
    ),
    damaged=QT_TRANSLATE_NOOP("Errors", "{path} is a damaged REFI-QDA project ({reason})."),
    unreadable=QT_TRANSLATE_NOOP("Errors", "{path} is not a readable REFI-QDA project ({reason})."),
)
INTERNAL = "internal://"
# project.qde is read as a stream, element by element, so it may be far larger than the
# 50 MB a part is otherwise allowed (fieldnotes writes ~770 bytes per observation: 77 MB
# at 100,000); each source text is still read whole, so it keeps the 50 MB limit.
REFI_LIMITS = ArchiveLimits(part=512 * MB, total=1024 * MB)


def require_file(path: Path, not_kind: str = NOT_REFI) -> None:
    """Refuse a path that is not a readable file, naming why (``not_kind``: for a folder)."""
    try:
        if not path.is_file():
            if path.exists():
                raise FieldnotesError(
                    not_kind,
                    path=path,
                    reason=Message(QT_TRANSLATE_NOOP("Errors", "it is a folder")),
                )
            raise FieldnotesError(NO_SUCH_FILE, path=path)
    except OSError as exc:
        raise FieldnotesError(UNREADABLE, path=path, reason=os_reason(exc)) from None


class QdpxArchive:
    """A checked .qdpx, open for reading its .qde and its internal source files."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self._archive = archive
        members = [m for m in archive.infolist() if not m.is_dir()]
        self._by_name = {m.filename.lower(): m for m in members}
        self._by_base: dict[str, list[zipfile.ZipInfo]] = {}
        for member in members:
            self._by_base.setdefault(posixpath.basename(member.filename).lower(), []).append(member)
        self.qde = self._find_qde(members)

    def _find_qde(self, members: list[zipfile.ZipInfo]) -> zipfile.ZipInfo:
        candidates = [m for m in members if m.filename.lower().endswith(".qde")]
        if not candidates:
            raise FieldnotesError(
                NOT_REFI,
                path=self.path,
                reason=Message(QT_TRANSLATE_NOOP("Errors", "there is no project.qde inside")),
            )
        # project.qde at the top first, then any .qde at the top, then the shallowest.
        return min(
            candidates,
            key=lambda m: (
                m.filename.lower() != "project.qde",
                m.filename.count("/"),
                m.filename.lower(),
            ),
        )

    def open_qde(self) -> IO[bytes]:
        return self._archive.open(self.qde)

    def read_internal(self, reference: str) -> bytes:
        """The bytes of the archive part an ``internal://`` path names.

        Raises FieldnotesError naming the part when the archive does not hold it.
        """
        member = self._lookup(reference)
        if member is None:
            raise FieldnotesError(MISSING_PART, path=self.path, part=shorten(reference))
        if member.file_size > MAX_PART:  # already refused by the checks; kept local
            raise FieldnotesError(REFI_WORDS.too_large, path=self.path)
        with self._archive.open(member) as stream:
            return stream.read(MAX_PART + 1)[:MAX_PART]

    def _lookup(self, reference: str) -> zipfile.ZipInfo | None:
        name = reference.strip()
        if name.lower().startswith(INTERNAL):
            name = name[len(INTERNAL) :]
        name = unquote(name).replace("\\", "/").lstrip("/")
        if not name or any(part == ".." for part in name.split("/")):
            return None
        for candidate in (f"sources/{name}", name):
            found = self._by_name.get(candidate.lower())
            if found is not None:
                return found
        same_base = self._by_base.get(posixpath.basename(name).lower(), [])
        return same_base[0] if len(same_base) == 1 else None


@contextmanager
def open_qdpx(path: Path) -> Iterator[QdpxArchive]:
    """The checked archive at ``path``; refused in one line when it is not a sound .qdpx."""
    require_file(path)
    try:
        with path.open("rb") as stream:
            yield _checked(path, stream)
    except OSError as exc:
        raise FieldnotesError(UNREADABLE, path=path, reason=os_reason(exc)) from None


def _checked(path: Path, stream: BinaryIO) -> QdpxArchive:
    if not zipfile.is_zipfile(stream):
        raise FieldnotesError(
            NOT_REFI,
            path=path,
            reason=Message(QT_TRANSLATE_NOOP("Errors", "it is not a zip archive (.qdpx)")),
        )
    check_archive(stream, path, limits=REFI_LIMITS, words=REFI_WORDS)
    stream.seek(0)
    try:
        return QdpxArchive(path, zipfile.ZipFile(stream))
    except zipfile.BadZipFile as exc:
        raise FieldnotesError(REFI_WORDS.damaged, path=path, reason=str(exc)) from None
