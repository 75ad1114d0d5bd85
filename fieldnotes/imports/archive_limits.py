"""Checking a zip archive from outside (a returned .docx, later a .qdpx) before parsing it.

A zip archive states the size of each part, but the statement can lie, and a few
kilobytes can inflate to gigabytes. So before any parser sees the archive:

- the central directory is sized from the end record first (a directory of millions
  of entries would cost gigabytes just to list);
- every part is streamed once in 1 MB chunks, counting the bytes that actually come
  out: the archive is refused at the first byte past the part limit or the total
  limit, or past the size the part declares, so memory stays at one chunk;
- every XML part is refused if it declares a DTD (see :mod:`fieldnotes.imports.safe_xml`).

Callers hand in their own wording (``ArchiveWords``), so a Word document is refused
as a Word document and a REFI-QDA project as one.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, Message
from fieldnotes.imports.safe_xml import DtdSniffer, looks_like_xml

MB = 1024 * 1024
MAX_PART = 50 * MB
MAX_TOTAL = 200 * MB
MAX_PARTS = 10_000
_CHUNK = MB
_DIRECTORY_ENTRY = 1024  # bytes per central directory entry we allow on average
_END = struct.Struct("<4s4H2LH")
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")


@dataclass(frozen=True)
class ArchiveLimits:
    part: int = MAX_PART  # unpacked bytes of any one part
    total: int = MAX_TOTAL  # unpacked bytes of all parts together (and the file itself)
    parts: int = MAX_PARTS


@dataclass(frozen=True)
class ArchiveWords:
    """Message templates, each with ``{path}``; ``damaged`` and ``unreadable`` add ``{reason}``."""

    too_large: str = QT_TRANSLATE_NOOP("Errors", "{path} is too large to read safely.")
    damaged: str = QT_TRANSLATE_NOOP("Errors", "{path} is a damaged archive ({reason}).")
    unreadable: str = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({reason}).")
    missing_part: str = QT_TRANSLATE_NOOP("Errors", "{path} is not a file of the expected kind.")


class _Refused(Exception):
    def __init__(self, kind: str, reason: str = "") -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def check_archive(
    stream: BinaryIO,
    path: Path,
    *,
    limits: ArchiveLimits = ArchiveLimits(),
    words: ArchiveWords = ArchiveWords(),
    required_part: str | None = None,
) -> list[str]:
    """Refuse, in one line, an archive that is damaged, too large or carries a DTD.

    ``stream`` is left open (rewind it before handing it to the real reader, so the
    bytes checked are the bytes read). Returns the names of the parts.
    """
    try:
        _check_directory(stream, limits)
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
            if required_part is not None and required_part not in {m.filename for m in members}:
                raise FieldnotesError(words.missing_part, path=path)
            if len(members) > limits.parts:
                raise _Refused("too_large")
            total = 0
            for member in members:
                if total + member.file_size > limits.total:
                    raise _Refused("too_large")
                sniffer: DtdSniffer | None = None
                for chunk in read_bounded(archive, member, min(limits.part, limits.total - total)):
                    total += len(chunk)
                    if sniffer is None:
                        sniffer = DtdSniffer() if looks_like_xml(chunk) else _NOT_XML
                    sniffer.feed(chunk)
                if sniffer is not None and sniffer.declares_dtd:
                    raise _Refused(
                        "unreadable",
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "{part} declares a document type (DTD)"),
                            part=member.filename,
                        ),
                    )
            return [m.filename for m in members]
    except _Refused as refusal:
        template = getattr(words, refusal.kind)
        if refusal.kind == "too_large":
            raise FieldnotesError(template, path=path) from None
        raise FieldnotesError(template, path=path, reason=refusal.reason) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, struct.error) as exc:
        raise FieldnotesError(words.damaged, path=path, reason=str(exc)) from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, or an unknown method
        raise FieldnotesError(words.unreadable, path=path, reason=str(exc)) from None
    except (OSError, ValueError) as exc:
        raise FieldnotesError(words.damaged, path=path, reason=str(exc)) from None


def read_bounded(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """A part's bytes in chunks; refused past ``limit`` or past the size it declares."""
    if member.file_size > limit:
        raise _Refused("too_large")
    size = 0
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _Refused("too_large")
            if size > member.file_size:
                raise _Refused("damaged", f"{member.filename} is larger than it says")
            yield chunk
    if size != member.file_size:
        raise _Refused("damaged", f"{member.filename} is smaller than it says")


def _check_directory(stream: BinaryIO, limits: ArchiveLimits) -> None:
    """Size the central directory from the end record before zipfile reads all of it."""
    size = stream.seek(0, 2)
    if size > limits.total:
        raise _Refused("too_large")
    tail_start = max(0, size - _END.size - 0xFFFF)
    stream.seek(tail_start)
    tail = stream.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _END.size > len(tail):
        raise zipfile.BadZipFile("no end of central directory")
    *_, entries, directory_size, _offset, _comment = _END.unpack_from(tail, at)
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:
        entries, directory_size = _zip64_directory(stream, tail, at, tail_start)
    if entries > limits.parts or directory_size > limits.parts * _DIRECTORY_ENTRY:
        raise _Refused("too_large")


def _zip64_directory(stream: BinaryIO, tail: bytes, at: int, tail_start: int) -> tuple[int, int]:
    locator_at = at - _END64_LOCATOR.size
    if locator_at < 0:
        raise zipfile.BadZipFile("no zip64 end of central directory locator")
    signature, _disk, offset, _disks = _END64_LOCATOR.unpack_from(tail, locator_at)
    if signature != b"PK\x06\x07":
        raise zipfile.BadZipFile("no zip64 end of central directory locator")
    if tail_start <= offset <= len(tail) + tail_start - _END64.size:
        record = tail[offset - tail_start : offset - tail_start + _END64.size]
    else:
        stream.seek(offset)
        record = stream.read(_END64.size)
    if len(record) < _END64.size or not record.startswith(b"PK\x06\x06"):
        raise zipfile.BadZipFile("no zip64 end of central directory")
    fields = _END64.unpack(record)
    return fields[7], fields[8]


class _NoSniff(DtdSniffer):
    """For a part that is not XML: nothing to look at."""

    def __init__(self) -> None:
        self.done = True
        self.declares_dtd = False

    def feed(self, chunk: bytes) -> None:
        return


_NOT_XML = _NoSniff()
