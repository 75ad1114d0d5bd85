"""Checking a .docx from outside before anything parses it.

A returned document comes from someone else's computer. A zip archive can claim small
sizes and still unpack to gigabytes, so every part is streamed once and counted against
a ceiling before python-docx reads it; the check stops at the first byte over it.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

MAIN_PART = "word/document.xml"
MAX_MAIN_PART = 200 * 1024 * 1024
MAX_TOTAL = 500 * 1024 * 1024
MAX_PARTS = 10_000
_CHUNK = 1 << 20
NOT_WORD = QT_TRANSLATE_NOOP("Errors", "{path} is not a Word document (.docx).")


def check_docx(path: Path) -> None:
    """Refuse, in one line, anything that is not a Word document of a sane size."""
    if not path.is_file():
        raise FieldnotesError(QT_TRANSLATE_NOOP("Errors", "No such file: {path}"), path=path)
    not_word = FieldnotesError(NOT_WORD, path=path)
    if not zipfile.is_zipfile(path):
        raise not_word
    too_large = FieldnotesError(
        QT_TRANSLATE_NOOP("Errors", "{path} is too large to be a member-check document."),
        path=path,
    )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if MAIN_PART not in {m.filename for m in members}:
                raise not_word
            if len(members) > MAX_PARTS:
                raise too_large
            total = 0
            for member in members:
                limit = MAX_MAIN_PART if member.filename == MAIN_PART else MAX_TOTAL
                if member.file_size > limit or total + member.file_size > MAX_TOTAL:
                    raise too_large
                size = 0
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        size += len(chunk)
                        if size > limit or total + size > MAX_TOTAL:
                            raise too_large
                total += size
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError) as exc:
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a damaged Word document ({reason})."),
            path=path,
            reason=str(exc),
        ) from None
    except RuntimeError as exc:  # an encrypted (password-protected) archive
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({reason})."),
            path=path,
            reason=str(exc),
        ) from None
