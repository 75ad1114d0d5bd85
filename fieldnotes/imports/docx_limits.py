"""Checking a .docx from outside before anything parses it.

A returned document comes from someone else's computer. The archive checks in
:mod:`fieldnotes.imports.archive_limits` run first (every part's real unpacked size
against 50 MB, all parts against 200 MB, no DTDs), worded for a Word document.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.imports.archive_limits import ArchiveWords, check_archive

MAIN_PART = "word/document.xml"
NOT_WORD = QT_TRANSLATE_NOOP("Errors", "{path} is not a Word document (.docx).")
DOCX_WORDS = ArchiveWords(
    too_large=QT_TRANSLATE_NOOP("Errors", "{path} is too large to be a member-check document."),
    damaged=QT_TRANSLATE_NOOP("Errors", "{path} is a damaged Word document ({reason})."),
    unreadable=QT_TRANSLATE_NOOP("Errors", "{path} is not a readable Word document ({reason})."),
    missing_part=NOT_WORD,
)


def check_docx(path: Path, stream: BinaryIO | None = None) -> None:
    """Refuse, in one line, anything that is not a Word document of a sane size.

    Pass the open ``stream`` that will be parsed afterwards, so the bytes checked are
    the bytes read; without it, ``path`` is opened here.
    """
    if stream is None:
        if not path.is_file():
            raise FieldnotesError(QT_TRANSLATE_NOOP("Errors", "No such file: {path}"), path=path)
        with path.open("rb") as opened:
            check_docx(path, opened)
        return
    if not zipfile.is_zipfile(stream):
        raise FieldnotesError(NOT_WORD, path=path)
    check_archive(stream, path, words=DOCX_WORDS, required_part=MAIN_PART)
