"""Reading returned member-check documents: markers, Dutch verdicts, words kept, undo."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.domain.models import Feedback
from fieldnotes.errors import InterchangeError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.export.member_check_docx import write_member_check
from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check
from fieldnotes.imports.feedback_docx import import_feedback
from fieldnotes.imports.json_import import import_text
from fieldnotes.imports.verdicts import (
    AGREE,
    DISAGREE,
    PARTLY,
    normalise,
    parse_verdict,
    read_verdict,
)
from fieldnotes.store import Project
from tests.conftest import minimal_document
from tests.imports.answering import answer_cells, block_paragraphs, type_into


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Klopt", "agree"),
        ("Klopt!", "agree"),
        ("klopt.", "agree"),
        ("  JA  ", "agree"),
        ("akkoord", "agree"),
        ("Helemaal   eens", "agree"),
        ("klopt deels", "partly"),
        ("Deels eens", "partly"),
        ("een beetje", "partly"),
        ("gedeeltelijk", "partly"),
        ("Partially.", "partly"),
        ("klopt niet", "disagree"),
        ("Klopt niet!", "disagree"),
        ("oneens", "disagree"),
        ("niet eens", "disagree"),
        ("helemaal niet eens", "disagree"),
        ("Nee", "disagree"),
        ("no", "disagree"),
        ("geen idee", None),
        ("?", None),
        ("klopt, maar niet helemaal", None),
        ("Ik weet het niet meer precies.", None),
        ("", None),
    ],
)
def test_dutch_and_english_verdicts_as_whole_phrases(text: str, verdict: str | None) -> None:
    assert parse_verdict(text) == verdict


def test_the_phrase_lists_do_not_overlap() -> None:
    assert not (AGREE & PARTLY or AGREE & DISAGREE or PARTLY & DISAGREE)
    for phrase in AGREE | PARTLY | DISAGREE:
        assert normalise(phrase) == phrase


@given(st.text())
def test_parsing_never_raises(text: str) -> None:
    verdict, kept = read_verdict(text)
    assert verdict in (None, "agree", "partly", "disagree")
    assert (verdict is None) == (kept is not None) or not text.strip()
    assert parse_verdict(text) == verdict


@given(st.text(min_size=1))
def test_anything_else_is_kept_word_for_word(text: str) -> None:
    if normalise(text) in AGREE | PARTLY | DISAGREE or not text.strip():
        return
    assert read_verdict(text) == (None, text.strip())


def _three_observations(project: Project) -> list[int]:
    document = minimal_document()
    document["participants"].append({"id": "p2", "pseudonym": "Professional B"})
    document["meetings"][0]["observations"] += [
        {"id": "o2", "text": "Second note.", "codes": ["cac:relation"]},
        {"id": "o3", "text": "Third note."},
    ]
    import_text(project, json.dumps(document))
    return [project.observations.get(i).ref for i in ("o1", "o2", "o3")]  # type: ignore[union-attr,misc]


def _export(project: Project, path: Path, **options: Any) -> None:
    write_member_check(plan_member_check(project, MemberCheckOptions(**options)), path)


def test_a_dutch_document_is_read_through_its_marks(project: Project, tmp_path: Path) -> None:
    refs = _three_observations(project)
    _export(project, tmp_path / "nl.docx", language="nl")
    document = Document(str(tmp_path / "nl.docx"))
    cells = answer_cells(document)
    for table in document.tables:  # labels in any words: only the marks matter
        for row in table.rows:
            row.cells[0].paragraphs[0].runs[0].text = "…"
    type_into(cells[refs[0]][0], "Klopt!")
    type_into(cells[refs[0]][1], "Zo ging het.")
    type_into(cells[refs[1]][0], "geen idee")
    type_into(cells[refs[2]][1], "Dit was anders.")
    document.save(str(tmp_path / "back.docx"))
    summary = import_feedback(project, tmp_path / "back.docx", "p1")
    feedback = {o.ref: o.feedback for o in project.observations.for_meeting("m1")}
    assert feedback[refs[0]] == [
        Feedback("p1", "agree", "Zo ging het.", feedback[refs[0]][0].received)
    ]
    assert (feedback[refs[1]][0].verdict, feedback[refs[1]][0].verdict_text) == (None, "geen idee")
    assert feedback[refs[1]][0].needs_classifying
    assert (feedback[refs[2]][0].verdict, feedback[refs[2]][0].comment) == (None, "Dit was anders.")
    assert feedback[refs[2]][0].verdict_text is None  # an empty box is not a verdict text
    assert (summary.added, summary.agree, summary.partly, summary.disagree) == (3, 1, 0, 0)
    assert (summary.comments, summary.to_classify) == (2, 1)
    assert summary.describe() == (
        "3 feedback item(s) added (agree 1, partly 0, disagree 0; 2 comment(s); "
        "1 verdict(s) to classify)"
    )
    again = import_feedback(project, tmp_path / "back.docx", "p1")
    assert (again.added, again.already_there) == (0, 3)


def test_a_box_whose_mark_was_deleted_is_found_by_its_reference(
    project: Project, tmp_path: Path
) -> None:
    refs = _three_observations(project)
    _export(project, tmp_path / "nl.docx", language="nl")
    document = Document(str(tmp_path / "nl.docx"))
    verdict, _ = answer_cells(document)[refs[1]]
    verdict.text = "oneens"  # replaces the cell's content, bookmark and all
    document.save(str(tmp_path / "back.docx"))
    import_feedback(project, tmp_path / "back.docx", None)
    assert [f.verdict for f in project.observations.get("o2").feedback] == ["disagree"]  # type: ignore[union-attr]


def _strip_bookmarks(source: Path, target: Path) -> None:
    """A document as exported before the marks existed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/document.xml":
                from lxml import etree

                root = etree.fromstring(data)
                w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                for node in list(root.iter(f"{w}bookmarkStart", f"{w}bookmarkEnd")):
                    node.getparent().remove(node)
                data = etree.tostring(root, xml_declaration=True, standalone=True)
            new.writestr(item, data)


def test_documents_from_before_the_marks_still_import(project: Project, tmp_path: Path) -> None:
    refs = _three_observations(project)
    _export(project, tmp_path / "with.docx")
    _strip_bookmarks(tmp_path / "with.docx", tmp_path / "old.docx")
    assert "fn_O_" not in zipfile.ZipFile(tmp_path / "old.docx").read("word/document.xml").decode()
    document = Document(str(tmp_path / "old.docx"))
    tables = [t for t in document.tables if "verdict" in t.cell(0, 0).text.lower()]
    assert tables[0].cell(0, 0).text == f"Your verdict on O-{refs[0]} (agree / partly / disagree)"
    tables[0].cell(0, 1).text = "partly"
    tables[2].cell(1, 1).text = "Not like that."
    paragraph = block_paragraphs(document, refs[1])[1]
    document.add_comment(paragraph.runs, text="I was not there.", author="B")
    document.save(str(tmp_path / "old.docx"))
    summary = import_feedback(project, tmp_path / "old.docx", "p2")
    assert summary.added == 3
    got = {
        o.ref: [(f.verdict, f.comment) for f in o.feedback]
        for o in project.observations.for_meeting("m1")
    }
    assert got == {
        refs[0]: [("partly", "")],
        refs[1]: [(None, "I was not there.")],
        refs[2]: [(None, "Not like that.")],
    }


def test_unknown_references_are_reported_and_the_rest_imported(
    project: Project, tmp_path: Path
) -> None:
    refs = _three_observations(project)
    _export(project, tmp_path / "nl.docx", language="nl")
    document = Document(str(tmp_path / "nl.docx"))
    cells = answer_cells(document)
    type_into(cells[refs[0]][0], "ja")
    type_into(cells[refs[2]][0], "nee")
    document.save(str(tmp_path / "back.docx"))
    project.observations.delete("o3")
    summary = import_feedback(project, tmp_path / "back.docx", None)
    assert (summary.added, summary.unknown_references) == (1, [f"O-{refs[2]}"])
    assert f"no observation for O-{refs[2]}" in summary.describe()


def test_an_import_can_be_undone_and_redone_exactly(project: Project, tmp_path: Path) -> None:
    refs = _three_observations(project)
    earlier = Feedback("p2", "agree", "Earlier answer.", "2022-10-01")
    project.observations.add_feedback("o1", earlier)
    _export(project, tmp_path / "nl.docx", language="nl")
    document = Document(str(tmp_path / "nl.docx"))
    cells = answer_cells(document)
    type_into(cells[refs[0]][0], "klopt niet")
    type_into(cells[refs[1]][0], "misschien")
    document.save(str(tmp_path / "back.docx"))
    before = export_json_bytes(project)
    summary = import_feedback(project, tmp_path / "back.docx", "p1")
    assert len(summary.feedback_ids) == len(summary.added_feedback) == summary.added == 2
    after = export_json_bytes(project)
    project.observations.remove_feedback(summary.feedback_ids)
    assert export_json_bytes(project) == before
    for observation_id, item in summary.added_feedback:
        project.observations.add_feedback(observation_id, item)
    assert export_json_bytes(project) == after


def test_verdict_text_travels_in_json_only_when_present(project: Project) -> None:
    _three_observations(project)
    plain = Feedback("p1", "agree", "", "2022-10-01")
    unread = Feedback("p1", None, "", "2022-10-01", verdict_text="weet niet")
    project.observations.add_feedback("o1", plain)
    project.observations.add_feedback("o2", unread)
    dumped = json.loads(export_json_bytes(project))
    items = [f for m in dumped["meetings"] for o in m["observations"] for f in o["feedback"]]
    assert items[0] == {
        "participant": "p1",
        "verdict": "agree",
        "comment": "",
        "received": "2022-10-01",
    }
    assert items[1]["verdict_text"] == "weet niet" and items[1]["verdict"] is None
    with Project.open(project.path.with_name("copy.fieldnotes")) as copy:
        import_text(copy, json.dumps(dumped))
        assert copy.observations.get("o2").feedback == [unread]  # type: ignore[union-attr]
        assert export_json_bytes(copy) == export_json_bytes(project)
    bad = minimal_document()
    bad["meetings"][0]["observations"][0]["feedback"] = [{"verdict": None, "verdict_text": 3}]
    with pytest.raises(InterchangeError, match=r"feedback\[0\]\.verdict_text"):
        import_text(project, json.dumps(bad))
