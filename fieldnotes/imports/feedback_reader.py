"""Finding the answers in a returned member-check document.

Answers are found by the bookmarks the export put in (``fn_O_12`` in the verdict cell,
``fn_B_12`` on the reference line), so neither the document's language nor its label
texts matter. Documents written before the bookmarks existed are read by their visible
references: a paragraph starting with ``O-12`` opens a block, and an answer table names
``O-12`` in its first cell. Word comments anchored anywhere in a block belong to that
observation. Re-ordering, editing and re-saving in Word or LibreOffice keep all of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldnotes.domain.member_check_marks import read_mark
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.imports import safe_xml
from fieldnotes.imports.docx_limits import check_docx
from fieldnotes.imports.verdicts import read_verdict

_REFERENCE_LINE = re.compile(r"^\s*O-(\d{1,30})\b")
_REFERENCE = re.compile(r"\bO-(\d{1,30})\b")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class ReturnedAnswer:
    ref: int
    verdict: str | None
    comment: str
    verdict_text: str | None = None  # what was written when it was not a known verdict


@dataclass
class ReturnedDocument:
    answers: list[ReturnedAnswer] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)  # every observation reference found
    unplaced_comments: int = 0  # Word comments before the first observation


def read_document(path: Path) -> ReturnedDocument:
    """Every answer in the document: table verdicts/comments and anchored Word comments."""
    if not path.is_file():
        raise FieldnotesError(QT_TRANSLATE_NOOP("Errors", "No such file: {path}"), path=path)
    try:
        with path.open("rb") as stream:
            check_docx(path, stream)
            stream.seek(0)
            document, comment_texts = _parse(stream)
    except FieldnotesError:
        raise
    except Exception as exc:  # python-docx and lxml raise several kinds for foreign files
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a Word document ({reason})."),
            path=path,
            reason=str(exc),
        ) from None
    found = ReturnedDocument()
    seen: dict[int, None] = {}
    current: int | None = None
    for element in document.element.body.iterchildren():
        if element.tag == f"{W}p":
            ref = _block_ref(element)
            if ref is not None:
                current = ref
                seen[ref] = None
        elif element.tag == f"{W}tbl":
            for answer in _table_answers(element):
                current = answer.ref
                seen[answer.ref] = None
                if answer.verdict or answer.verdict_text or answer.comment:
                    found.answers.append(answer)
        for comment_id in _comment_ids(element):
            text = comment_texts.get(comment_id, "").strip()
            if not text:
                continue
            if current is None:
                found.unplaced_comments += 1
            else:
                found.answers.append(ReturnedAnswer(current, None, text))
    found.blocks = list(seen)
    return found


def _parse(stream: BinaryIO) -> tuple[Any, dict[str, str]]:
    """The document and its Word comments by id, from the checked bytes."""
    from docx import Document  # python-docx is only needed here

    document = Document(stream)
    return document, _comment_texts(document)


def _marks(element: Any) -> list[tuple[str, int, Any]]:
    marks = []
    for node in element.iter(f"{W}bookmarkStart"):
        mark = read_mark(node.get(f"{W}name") or "")
        if mark is not None:
            marks.append((*mark, node))
    return marks


def _block_ref(paragraph: Any) -> int | None:
    marks = _marks(paragraph)
    if marks:
        return marks[0][1]
    match = _REFERENCE_LINE.match(_text(paragraph))
    return int(match.group(1)) if match else None


def _table_answers(table: Any) -> list[ReturnedAnswer]:
    """The answers in one table: by marker, else by the ``O-12`` in its first cell."""
    rows = [list(row.iter(f"{W}tc")) for row in table.iter(f"{W}tr")]
    answers: dict[int, ReturnedAnswer] = {}
    for kind, ref, node in _marks(table):
        if kind != "answer" or ref in answers:
            continue
        cell = next((a for a in node.iterancestors(f"{W}tc")), None)
        position = _position(rows, cell)
        if position is None:
            continue
        row, column = position
        below = rows[row + 1] if row + 1 < len(rows) else []
        comment = _cell_text(below[column]).strip() if column < len(below) else ""
        answers[ref] = _answer(ref, _cell_text(cell), comment)
    if answers:
        return list(answers.values())
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    match = _REFERENCE.search(_cell_text(rows[0][0]))
    if match is None:
        return []
    verdict = "\n".join(_cell_text(cell) for cell in rows[0][1:])
    comment = "\n".join(_cell_text(cell) for cell in rows[1][1:]).strip()
    return [_answer(int(match.group(1)), verdict, comment)]


def _answer(ref: int, verdict_cell: str, comment: str) -> ReturnedAnswer:
    verdict, verdict_text = read_verdict(verdict_cell)
    return ReturnedAnswer(ref, verdict, comment, verdict_text)


def _position(rows: list[list[Any]], cell: Any) -> tuple[int, int] | None:
    for r, row in enumerate(rows):
        for c, candidate in enumerate(row):
            if candidate is cell:
                return r, c
    return None


def _text(element: Any) -> str:
    return "".join(node.text or "" for node in element.iter(f"{W}t"))


def _cell_text(cell: Any) -> str:
    """A cell's words, one line per paragraph, as the participant typed them."""
    return "\n".join(_text(p) for p in cell.iter(f"{W}p"))


def _comment_ids(element: Any) -> list[str]:
    ids: list[str] = []
    for tag in ("commentRangeStart", "commentReference"):
        for node in element.iter(f"{W}{tag}"):
            comment_id = node.get(f"{W}id")
            if comment_id is not None and comment_id not in ids:
                ids.append(comment_id)
    return ids


def _comment_texts(document: Any) -> dict[str, str]:
    part = document.part
    for rel in part.rels.values():
        if rel.reltype.endswith("/comments"):
            root = safe_xml.parse(rel.target_part.blob)
            return {node.get(f"{W}id"): _cell_text(node) for node in root.iter(f"{W}comment")}
    return {}
