"""A returned document that is not ours is refused in one line, and nothing changes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from fieldnotes.errors import FieldnotesError
from fieldnotes.export.member_check_docx import write_member_check
from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check
from fieldnotes.imports.feedback_docx import import_feedback
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document


def _feedback_rows(project: Project) -> int:
    return int(project.conn.execute("SELECT count(*) FROM feedback").fetchone()[0])


def _refuses(project: Project, path: Path, message: str) -> None:
    before = _feedback_rows(project)
    with pytest.raises(FieldnotesError, match=message) as caught:
        import_feedback(project, path, None)
    assert "\n" not in str(caught.value)
    assert _feedback_rows(project) == before


def test_a_file_that_is_not_a_word_document(project: Project, tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("Just some notes, not a Word file.")
    _refuses(project, text, "not a Word document")
    other_zip = tmp_path / "photos.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.txt", "not a picture either")
    _refuses(project, other_zip, "not a Word document")


def test_a_word_document_without_answer_blocks(project: Project, tmp_path: Path) -> None:
    import_text(project, json.dumps(minimal_document()))
    plain = Document()
    plain.add_paragraph("Minutes of the meeting. Action points: O-ring supplier, budget.")
    plain.add_table(2, 2).cell(0, 0).text = "Agenda"
    plain.save(str(tmp_path / "minutes.docx"))
    _refuses(project, tmp_path / "minutes.docx", "not a member-check summary")


def test_a_summary_of_another_project(
    example_project: Project, tmp_path: Path, project_path: Path
) -> None:
    # The example's last meeting has references no other observation in a small project has.
    plan = plan_member_check(example_project, MemberCheckOptions(meetings=["m4"], language="nl"))
    write_member_check(plan, tmp_path / "theirs.docx")
    answered = Document(str(tmp_path / "theirs.docx"))
    answered.tables[0].cell(0, 1).text = "klopt"
    answered.save(str(tmp_path / "theirs.docx"))
    with Project.open(tmp_path / "small.fieldnotes") as small:
        import_text(small, json.dumps(minimal_document()))
        _refuses(small, tmp_path / "theirs.docx", "no member-check answers for this project")


def test_a_zip_bomb_is_refused_before_parsing(project: Project, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(210):
                member.write(chunk)
    assert bomb.stat().st_size < 2_000_000
    _refuses(project, bomb, "too large")


def test_many_parts_that_add_up_are_refused(project: Project, tmp_path: Path) -> None:
    bomb = tmp_path / "parts.docx"
    chunk = b"<a/>" * (1 << 18)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for part in range(6):
            with archive.open(f"word/media/part{part}.xml", "w", force_zip64=True) as member:
                for _ in range(100):
                    member.write(chunk)
    _refuses(project, bomb, "too large")
