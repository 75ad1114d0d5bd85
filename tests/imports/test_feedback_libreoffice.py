"""The issue's round trip: a Dutch summary, answered, re-saved by LibreOffice, read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from fieldnotes.cli import main
from fieldnotes.imports.feedback_docx import import_feedback
from fieldnotes.store import Project
from tests.imports.answering import answer_cells, block_paragraphs, type_into

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]

ANSWERS = ("Klopt", "deels", "klopt niet", "oneens", "geen idee")


def resave_with_libreoffice(source: Path, folder: Path, profile: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / source.name


def test_dutch_summary_answered_and_resaved_by_libreoffice(
    example_project: Project, tmp_path: Path
) -> None:
    exported = tmp_path / "samenvatting.docx"
    db = str(example_project.path)
    assert main(["--db", db, "export", "docx", "--out", str(exported), "--lang", "nl"]) == 0
    first_meeting = example_project.observations.for_meeting("m1")
    refs = [o.ref for o in first_meeting[: len(ANSWERS)]]
    assert all(ref is not None for ref in refs)

    document = Document(str(exported))
    assert "Zo werkt het" in [p.text for p in document.paragraphs]
    cells = answer_cells(document)
    for ref, answer in zip(refs, ANSWERS, strict=True):
        type_into(cells[ref][0], answer)  # type: ignore[index]
    commented = block_paragraphs(document, refs[1])[1]  # type: ignore[arg-type]
    document.add_comment(commented.runs, text="Dat was in de tweede week.", author="Deelnemer")
    answered = tmp_path / "ingevuld.docx"
    document.save(str(answered))
    resaved = resave_with_libreoffice(answered, tmp_path / "lo", tmp_path / "lo-profile")
    assert resaved.read_bytes() != answered.read_bytes()

    before = {o.ref: len(o.feedback) for o in first_meeting}
    summary = import_feedback(example_project, resaved, "p2")

    new = {
        o.ref: o.feedback[before[o.ref] :] for o in example_project.observations.for_meeting("m1")
    }
    assert all(f.participant == "p2" for items in new.values() for f in items)
    verdicts = [[(f.verdict, f.verdict_text) for f in new[ref] if not f.comment] for ref in refs]
    assert verdicts == [
        [("agree", None)],
        [("partly", None)],
        [("disagree", None)],
        [("disagree", None)],
        [(None, "geen idee")],
    ]
    comments = {ref: [f.comment for f in new[ref] if f.comment] for ref in refs}
    assert comments[refs[1]] == ["Dat was in de tweede week."]
    assert sum(len(c) for c in comments.values()) == 1
    assert (summary.agree, summary.partly, summary.disagree) == (1, 1, 2)
    assert (summary.comments, summary.to_classify, summary.unknown_references) == (1, 1, [])
