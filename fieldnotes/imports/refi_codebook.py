"""Importing a REFI-QDA codebook (.qdc): a team shares one codebook, each merges it in.

Codes are matched by GUID, then by name (case and accents ignored), with the same rules
as a project import (:mod:`fieldnotes.imports.refi_codes`): CAC codes map to the
built-in framework, everything else to the project's themes or to new ones, the file's
hierarchy kept. Nothing already in the project is changed.
"""

from __future__ import annotations

import logging
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from fieldnotes.display import shorten
from fieldnotes.domain.document import ProjectData
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, Message, os_reason
from fieldnotes.imports.archive_limits import MAX_PART
from fieldnotes.imports.refi_archive import UNREADABLE, require_file
from fieldnotes.imports.refi_codes import map_codes
from fieldnotes.imports.refi_model import RefiCode
from fieldnotes.imports.refi_plan import ProjectState
from fieldnotes.imports.refi_reader import children, declares_doctype, local, read_code
from fieldnotes.imports.refi_summary import CodebookImportSummary
from fieldnotes.imports.safe_xml import parse
from fieldnotes.store import Project
from fieldnotes.store.merge import merge_project_data

__all__ = ["CodebookImportSummary", "RefiCodebook", "import_qdc", "merge_codebook", "read_qdc"]

logger = logging.getLogger(__name__)
NOT_CODEBOOK = QT_TRANSLATE_NOOP("Errors", "{path} is not a REFI-QDA codebook: {reason}.")
MAX_CODEBOOK = MAX_PART


class RefiCodebook:
    """The code tree of a .qdc, and what it holds that fieldnotes has no place for."""

    def __init__(self, codes: list[RefiCode], skipped: Counter[str]) -> None:
        self.codes = codes
        self.skipped = skipped


def read_qdc(path: Path) -> RefiCodebook:
    """The codebook in ``path``; FieldnotesError (one line) when it is not one."""
    path = Path(path)
    require_file(path, NOT_CODEBOOK)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_CODEBOOK + 1)
            is_zip = zipfile.is_zipfile(stream)
    except OSError as exc:
        raise FieldnotesError(UNREADABLE, path=path, reason=os_reason(exc)) from None
    if is_zip:
        raise _not_codebook(
            path,
            QT_TRANSLATE_NOOP("Errors", "it is a zip archive (a .qdpx project?), not codebook XML"),
        )
    if len(data) > MAX_CODEBOOK:
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{path} is too large to be a codebook."), path=path
        )
    if declares_doctype(data[:65536]):
        raise _not_codebook(path, QT_TRANSLATE_NOOP("Errors", "it declares a document type (DTD)"))
    try:
        root = parse(data)
    except ValueError:
        raise _not_codebook(
            path, QT_TRANSLATE_NOOP("Errors", "it declares a document type (DTD)")
        ) from None
    except etree.XMLSyntaxError as exc:
        raise FieldnotesError(
            NOT_CODEBOOK,
            path=path,
            reason=Message(
                QT_TRANSLATE_NOOP("Errors", "it is not well-formed XML ({detail})"),
                detail=shorten(str(exc), 160),
            ),
        ) from None
    if local(root) == "Project":  # a project's .qde: its codebook will do
        root = next(iter(children(root, "CodeBook")), None)
    if root is None or local(root) != "CodeBook":
        raise _not_codebook(path, QT_TRANSLATE_NOOP("Errors", "it holds no CodeBook"))
    codes = [
        read_code(code) for group in children(root, "Codes") for code in children(group, "Code")
    ]
    skipped: Counter[str] = Counter()
    for group in children(root, "Sets"):
        skipped["set"] += len(children(group, "Set"))
    return RefiCodebook(codes, skipped)


def import_qdc(project: Project, path: Path) -> CodebookImportSummary:
    """Add the codebook's new themes to ``project`` in one transaction; match the rest."""
    return merge_codebook(project, read_qdc(Path(path)))


def merge_codebook(project: Project, codebook: RefiCodebook) -> CodebookImportSummary:
    """Add an already read codebook (see :func:`read_qdc`) to ``project``."""
    with project.transaction() as conn:
        state = ProjectState.read(project)
        mapping = map_codes(codebook.codes, state.codes, wording=state.wording)
        if mapping.new_codes:
            merge_project_data(conn, ProjectData(codes=mapping.new_codes))
    summary = CodebookImportSummary(
        themes=len(mapping.new_codes),
        matched_cac=mapping.matched_cac,
        matched_themes=mapping.matched_themes,
        folders=mapping.folders,
        skipped=codebook.skipped,
    )
    logger.info("codebook import: %s", summary.describe())
    return summary


def _not_codebook(path: Path, reason: str) -> FieldnotesError:
    return FieldnotesError(NOT_CODEBOOK, path=path, reason=Message(reason))
