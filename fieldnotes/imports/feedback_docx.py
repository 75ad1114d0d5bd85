"""Reading a returned member-check document back into the project.

Blocks are found by their text, not their position or styles: a paragraph starting with
``O-12`` opens observation 12's block, and its answer table names the reference in its
first cell. Word comments anchored anywhere in a block belong to that observation. So a
document edited, re-ordered or re-saved by Word or LibreOffice still reads correctly.
Importing the same document twice adds nothing the second time.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fieldnotes.domain.models import Feedback
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project

_REFERENCE_LINE = re.compile(r"^\s*O-(\d+)\b")
_VERDICT_CELL = re.compile(r"\bO-(\d+)\b")
_WORDS = re.compile(r"[^\W\d_]+")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# English and Dutch answers; "disagree"/"oneens" are checked before "agree"/"eens".
_VERDICTS = (
    ("disagree", {"disagree", "oneens", "niet"}),
    ("partly", {"partly", "partially", "deels", "gedeeltelijk"}),
    ("agree", {"agree", "eens", "ja", "yes"}),
)


@dataclass(frozen=True)
class ReturnedAnswer:
    ref: int
    verdict: str | None
    comment: str


@dataclass
class FeedbackSummary:
    added: int = 0
    already_there: int = 0
    unknown_references: list[str] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)  # ids that got new feedback

    def describe(self) -> str:
        text = f"{self.added} feedback item(s) added"
        if self.already_there:
            text += f", {self.already_there} already in the project"
        if self.unknown_references:
            text += f"; no observation for {', '.join(self.unknown_references)}"
        return text


def parse_verdict(text: str) -> str | None:
    words = {w.casefold() for w in _WORDS.findall(text)}
    for verdict, spellings in _VERDICTS:
        if words & spellings:
            return verdict
    return None


def read_answers(path: Path) -> list[ReturnedAnswer]:
    """Every answer in the document: table verdicts/comments and anchored Word comments."""
    from docx import Document  # python-docx is only needed here

    if not path.is_file():
        raise FieldnotesError(f"No such file: {path}")
    if not zipfile.is_zipfile(path):
        raise FieldnotesError(f"{path} is not a Word document (.docx).")
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for foreign files
        raise FieldnotesError(f"{path} cannot be read as a Word document ({exc}).") from None
    comment_texts = _comment_texts(document)
    answers: list[ReturnedAnswer] = []
    current: int | None = None
    for element in document.element.body.iterchildren():
        if element.tag == f"{W}p":
            match = _REFERENCE_LINE.match(_text(element))
            if match:
                current = int(match.group(1))
        elif element.tag == f"{W}tbl":
            answer = _table_answer(element)
            if answer is not None:
                current = answer.ref
                if answer.verdict or answer.comment:
                    answers.append(answer)
        if current is not None:
            for comment_id in _comment_ids(element):
                text = comment_texts.get(comment_id, "").strip()
                if text:
                    answers.append(ReturnedAnswer(current, None, text))
    return answers


def _text(element: object) -> str:
    return "".join(node.text or "" for node in element.iter(f"{W}t"))  # type: ignore[attr-defined]


def _comment_ids(element: object) -> list[str]:
    ids = []
    for tag in ("commentRangeStart", "commentReference"):
        for node in element.iter(f"{W}{tag}"):  # type: ignore[attr-defined]
            comment_id = node.get(f"{W}id")
            if comment_id is not None and comment_id not in ids:
                ids.append(comment_id)
    return ids


def _table_answer(table: object) -> ReturnedAnswer | None:
    rows = [[_text(cell) for cell in row.iter(f"{W}tc")] for row in table.iter(f"{W}tr")]  # type: ignore[attr-defined]
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    match = _VERDICT_CELL.search(rows[0][0])
    if not match or "verdict" not in rows[0][0].casefold():
        return None
    verdict_text = " ".join(rows[0][1:]).strip()
    comment = " ".join(rows[1][1:]).strip()
    return ReturnedAnswer(int(match.group(1)), parse_verdict(verdict_text), comment)


def _comment_texts(document: object) -> dict[str, str]:
    part = document.part  # type: ignore[attr-defined]
    for rel in part.rels.values():
        if rel.reltype.endswith("/comments"):
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            return {
                node.get(f"{W}id"): "\n".join(
                    "".join(t.text or "" for t in p.iter(f"{W}t")) for p in node.iter(f"{W}p")
                )
                for node in root.iter(f"{W}comment")
            }
    return {}


def import_feedback(project: Project, path: Path, participant: str | None) -> FeedbackSummary:
    """Attach every answer to its observation, all in one transaction."""
    if participant is not None and project.participants.get(participant) is None:
        raise FieldnotesError(
            f"--participant {participant!r} is not a participant in this project."
        )
    answers = read_answers(path)
    summary = FeedbackSummary()
    received = date.today().isoformat()
    with project.transaction():
        for answer in answers:
            observation = project.observations.by_ref(answer.ref)
            if observation is None:
                label = f"O-{answer.ref}"
                if label not in summary.unknown_references:
                    summary.unknown_references.append(label)
                continue
            item = Feedback(participant, answer.verdict, answer.comment, received)
            if any(
                (f.participant, f.verdict, f.comment)
                == (item.participant, item.verdict, item.comment)
                for f in observation.feedback
            ):
                summary.already_there += 1
                continue
            project.observations.add_feedback(observation.id, item)
            summary.added += 1
            if observation.id not in summary.observations:
                summary.observations.append(observation.id)
    return summary
