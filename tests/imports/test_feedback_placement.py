"""Every answer in a returned document is placed, or reported with its words; none vanish."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from docx import Document

from fieldnotes.cli import main
from fieldnotes.imports.feedback_docx import import_feedback
from fieldnotes.store import Project
from tests.imports.answering import block_paragraphs
from tests.imports.test_feedback_import import _export, _strip_bookmarks, _three_observations


def _answer_tables(document: object) -> list[object]:
    return [t for t in document.tables if "verdict" in t.cell(0, 0).text.lower()]  # type: ignore[attr-defined]


def _without_marks(project: Project, tmp_path: Path) -> tuple[list[int], object]:
    refs = _three_observations(project)
    _export(project, tmp_path / "with.docx")
    _strip_bookmarks(tmp_path / "with.docx", tmp_path / "old.docx")
    return refs, Document(str(tmp_path / "old.docx"))


def _feedback(project: Project, observation: str) -> list[tuple[str | None, str]]:
    found = project.observations.get(observation)
    assert found is not None
    return [(f.verdict, f.comment) for f in found.feedback]


def test_a_box_whose_reference_label_was_deleted_is_placed_in_its_block(
    project: Project, tmp_path: Path
) -> None:
    _, document = _without_marks(project, tmp_path)
    table = _answer_tables(document)[1]
    table.cell(0, 0).text = "Your verdict"  # type: ignore[attr-defined]
    table.cell(0, 1).text = "disagree"  # type: ignore[attr-defined]
    table.cell(1, 1).text = "It was the other way round."  # type: ignore[attr-defined]
    document.save(str(tmp_path / "back.docx"))  # type: ignore[attr-defined]
    summary = import_feedback(project, tmp_path / "back.docx", None)
    assert _feedback(project, "o2") == [("disagree", "It was the other way round.")]
    assert summary.unplaced_answers == []


def test_a_box_that_cannot_be_placed_is_reported_with_its_words(
    project: Project, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    refs, document = _without_marks(project, tmp_path)
    reference_line = block_paragraphs(document, refs[0])[0]
    reference_line._p.getparent().remove(reference_line._p)
    table = _answer_tables(document)[0]
    table.cell(0, 0).text = ""  # type: ignore[attr-defined]
    table.cell(0, 1).text = "klopt niet"  # type: ignore[attr-defined]
    table.cell(1, 1).text = "Zo ging het niet."  # type: ignore[attr-defined]
    _answer_tables(document)[1].cell(0, 1).text = "agree"  # type: ignore[attr-defined]
    document.save(str(tmp_path / "back.docx"))  # type: ignore[attr-defined]
    summary = import_feedback(project, tmp_path / "back.docx", None)
    assert (summary.added, len(summary.unplaced_answers)) == (1, 1)
    assert _feedback(project, "o1") == []
    assert "1 answer(s) without an observation reference not imported" in summary.describe()
    project.observations.remove_feedback(summary.feedback_ids)
    capfd.readouterr()
    assert main(["--db", str(project.path), "import-feedback", str(tmp_path / "back.docx")]) == 0
    err = capfd.readouterr().err
    assert "klopt niet" in err and "Zo ging het niet." in err


def test_references_too_large_to_be_ours_are_reported_as_unknown(
    project: Project, tmp_path: Path
) -> None:
    refs = _three_observations(project)
    document = Document()
    for reference in (str(refs[0]), "9" * 23, "9" * 5000):
        document.add_paragraph(f"O-{reference} · a note")
        table = document.add_table(2, 2)
        table.cell(0, 0).text = f"Your verdict on O-{reference}"
        table.cell(0, 1).text = "klopt"
    document.save(str(tmp_path / "back.docx"))
    summary = import_feedback(project, tmp_path / "back.docx", None)
    assert summary.added == 1
    assert summary.unknown_references[0] == "O-" + "9" * 23
    overlong = summary.unknown_references[1]
    assert overlong.startswith("O-999") and overlong.endswith("…") and len(overlong) <= 61
    assert "\n" not in summary.describe()


def test_only_overlong_references_is_no_answer_for_this_project(
    project: Project, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _three_observations(project)
    document = Document()
    document.add_paragraph("O-" + "1" * 40 + " · a note")
    document.add_table(2, 2).cell(0, 1).text = "klopt"
    document.save(str(tmp_path / "back.docx"))
    capfd.readouterr()
    assert main(["--db", str(project.path), "import-feedback", str(tmp_path / "back.docx")]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "no member-check answers for this project" in err


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_unplaced_words_on_a_terminal_cannot_steer_it(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs, document = _without_marks(project, tmp_path)
    reference_line = block_paragraphs(document, refs[0])[0]
    reference_line._p.getparent().remove(reference_line._p)
    table = _answer_tables(document)[0]
    table.cell(0, 0).text = ""  # type: ignore[attr-defined]
    table.cell(0, 1).text = "klopt \x9b2J \u202eniet"  # type: ignore[attr-defined]
    _answer_tables(document)[1].cell(0, 1).text = "agree"  # type: ignore[attr-defined]
    document.save(str(tmp_path / "back.docx"))  # type: ignore[attr-defined]
    raw = io.BytesIO()
    terminal = _Terminal(raw, encoding="utf-8")
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", str(project.path), "import-feedback", str(tmp_path / "back.docx")]) == 0
    terminal.flush()
    shown = raw.getvalue().decode()
    assert "klopt \ufffd2J \ufffdniet" in shown
