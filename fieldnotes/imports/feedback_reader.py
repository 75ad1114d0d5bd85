"""Finding the answers in a returned member-check document.

Answers are found by the bookmarks the export put in (``fn_O_12`` in the verdict cell,
``fn_B_12`` on the reference line), so neither the document's language nor its label
texts matter. Documents written before the bookmarks existed are read by their visible
references: a paragraph starting with ``O-12`` opens a block, and an answer table names
``O-12`` in its first cell. An answer table that lost both (its label shading still
marks it as one) belongs to the block it stands in, if that block has no answer yet;
otherwise what was written in it is reported, never dropped. Word comments anchored
anywhere in a block belong to that observation. Re-ordering, editing and re-saving in
Word or LibreOffice keep all of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldnotes.display import shorten
from fieldnotes.domain.member_check_marks import ANSWER_LABEL_SHADING, read_mark
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.imports import safe_xml
from fieldnotes.imports.docx_limits import check_docx
from fieldnotes.imports.verdicts import read_verdict

_REFERENCE_LINE = re.compile(r"^\s*O-(\d+)\b")
_REFERENCE = re.compile(r"\bO-(\d+)\b")
MAX_REF_DIGITS = 18  # every reference fieldnotes hands out fits; a longer one is not ours
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# A reference as read: a number, or (too long to be one of ours) its shortened label.
Ref = int | str


@dataclass(frozen=True)
class ReturnedAnswer:
    ref: int
    verdict: str | None
    comment: str
    verdict_text: str | None = None  # what was written when it was not a known verdict


@dataclass(frozen=True)
class UnplacedAnswer:
    """An answer box that names no observation and stands in no open block: as written."""

    verdict_box: str
    comment: str


@dataclass
class ReturnedDocument:
    answers: list[ReturnedAnswer] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)  # every observation reference found
    unplaced_comments: int = 0  # Word comments before the first observation
    overlong_references: list[str] = field(default_factory=list)  # "O-999…": not ours
    unplaced_answers: list[UnplacedAnswer] = field(default_factory=list)


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
    walk = _Walk(comment_texts)
    for element in document.element.body.iterchildren():
        walk.element(element)
    walk.found.blocks = list(walk.seen)
    return walk.found


class _Walk:
    """The body in order: which block is open, and which blocks have their answer box."""

    def __init__(self, comment_texts: dict[str, str]) -> None:
        self.found = ReturnedDocument()
        self.comment_texts = comment_texts
        self.current: Ref | None = None
        self.answered: set[Ref] = set()
        self.seen: dict[int, None] = {}

    def element(self, element: Any) -> None:
        if element.tag == f"{W}p":
            ref = _block_ref(element)
            if ref is not None:
                self._open(ref)
        elif element.tag == f"{W}tbl":
            self._table(element)
        for comment_id in _comment_ids(element):
            text = self.comment_texts.get(comment_id, "").strip()
            if not text:
                continue
            if self.current is None:
                self.found.unplaced_comments += 1
            elif isinstance(self.current, int):
                self.found.answers.append(ReturnedAnswer(self.current, None, text))

    def _open(self, ref: Ref) -> None:
        self.current = ref
        if isinstance(ref, int):
            self.seen[ref] = None
        elif ref not in self.found.overlong_references:
            self.found.overlong_references.append(ref)

    def _table(self, table: Any) -> None:
        boxes = _table_answers(table)
        if not boxes and _is_answer_table(table):
            verdict_box, comment = _box_texts(table)
            if self.current is not None and self.current not in self.answered:
                boxes = [(self.current, verdict_box, comment)]
            elif verdict_box.strip() or comment:
                self.found.unplaced_answers.append(UnplacedAnswer(verdict_box.strip(), comment))
        for ref, verdict_box, comment in boxes:
            self._open(ref)
            self.answered.add(ref)
            if isinstance(ref, int):
                verdict, verdict_text = read_verdict(verdict_box)
                if verdict or verdict_text or comment:
                    self.found.answers.append(ReturnedAnswer(ref, verdict, comment, verdict_text))


def _ref(digits: str) -> Ref:
    return int(digits) if len(digits) <= MAX_REF_DIGITS else shorten(f"O-{digits}")


def _parse(stream: BinaryIO) -> tuple[Any, dict[str, str]]:
    """The document and its Word comments by id, from the checked bytes."""
    from docx import Document  # python-docx is only needed here

    document = Document(stream)
    return document, _comment_texts(document)


def _marks(element: Any) -> list[tuple[str, Ref, Any]]:
    marks = []
    for node in element.iter(f"{W}bookmarkStart"):
        mark = read_mark(node.get(f"{W}name") or "")
        if mark is not None:
            marks.append((mark[0], _ref(str(mark[1])), node))
    return marks


def _block_ref(paragraph: Any) -> Ref | None:
    marks = _marks(paragraph)
    if marks:
        return marks[0][1]
    match = _REFERENCE_LINE.match(_text(paragraph))
    return _ref(match.group(1)) if match else None


def _table_answers(table: Any) -> list[tuple[Ref, str, str]]:
    """(ref, verdict box, comment) per answer: by marker, else by the ``O-12`` label."""
    rows = _rows(table)
    answers: dict[Ref, tuple[Ref, str, str]] = {}
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
        answers[ref] = (ref, _cell_text(cell), comment)
    if answers:
        return list(answers.values())
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    match = _REFERENCE.search(_cell_text(rows[0][0]))
    if match is None:
        return []
    return [(_ref(match.group(1)), *_box_texts(table))]


def _rows(table: Any) -> list[list[Any]]:
    return [list(row.iter(f"{W}tc")) for row in table.iter(f"{W}tr")]


def _box_texts(table: Any) -> tuple[str, str]:
    """What was written in the verdict box (first row) and comment box (second row)."""
    rows = _rows(table)
    verdict = "\n".join(_cell_text(cell) for cell in rows[0][1:])
    comment = "\n".join(_cell_text(cell) for cell in rows[1][1:]).strip()
    return verdict, comment


def _is_answer_table(table: Any) -> bool:
    """Shaped like an answer box and with its label column shaded as the export does."""
    rows = _rows(table)
    if len(rows) < 2 or len(rows[0]) < 2 or len(rows[1]) < 2:
        return False
    shading = rows[0][0].find(f"{W}tcPr/{W}shd")
    return shading is not None and (shading.get(f"{W}fill") or "").upper() == ANSWER_LABEL_SHADING


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
