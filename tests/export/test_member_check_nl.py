"""A member-check document in Dutch, written for participants: words, dates, tags, marks."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from fieldnotes.domain.member_check_marks import read_mark
from fieldnotes.export.document_strings import load_strings
from fieldnotes.export.member_check_docx import write_member_check
from fieldnotes.export.member_check_plan import (
    GROUPINGS,
    MemberCheckOptions,
    MemberCheckPlan,
    plan_member_check,
)
from fieldnotes.store import Project


def export(project: Project, path: Path, **options: Any) -> MemberCheckPlan:
    plan = plan_member_check(project, MemberCheckOptions(**options))
    write_member_check(plan, path)
    return plan


def body_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def part_xml(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith(name)
        )


def test_every_fixed_word_is_dutch(example_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "nl.docx"
    export(example_project, path, language="nl", glossary=True, codebook_appendix=True)
    text = body_text(path)
    for expected in (
        "klopt onze samenvatting?",
        "Zo werkt het",
        "U mag het oneens zijn. Dat helpt ons juist.",
        "Dit kost ongeveer 15 minuten.",  # 25 observations
        "pseudoniem",
        "Stuur het daarna terug naar de onderzoeker",
        "14 september 2022 — Kick-off of The Connectors",
        "14 september 2022 – 15 februari 2023",
        "Klopt O-1? (klopt / klopt\u00a0deels / klopt\u00a0niet)",
        "Uw opmerking",
        "Bijlage: scores op de CAC",
        "helemaal mee eens",  # the plain sentence about the 0-100 scale
        "Elke uitspraak krijgt een score van 0 tot 100",  # the framework's own scale note
        "Totaal",
        "Bijlage: wat betekenen de labels?",
        "Uitspraak 14: De partners in het samenwerkingsverband communiceren open met elkaar",
        "Bijlage: codeboek",
        "(oorspronkelijk, Nederlands)",
        "(professional)",
    ):
        assert expected in text, expected
    english = load_strings("en").table
    for key in ("instructions_heading", "comment_label", "cac_heading", "glossary_heading"):
        assert english[key] not in text
    for line in english["instructions"]:
        assert line not in text
    assert "Pagina" in part_xml(path, "word/footer") and "Page" not in part_xml(path, "word/footer")
    assert "klopt onze samenvatting?" in part_xml(path, "word/header")
    assert 'w:val="nl-NL"' in part_xml(path, "word/styles.xml")


def test_tags_read_as_words_not_numbers(example_project: Project, tmp_path: Path) -> None:
    plan = export(example_project, tmp_path / "nl.docx", language="nl")
    headings = [o.heading for s in plan.sections for o in s.observations]
    assert headings and not any("CAC" in h for h in headings)
    assert any("Relatiedimensie" in h for h in headings)
    assert any("Learning network" in h for h in headings)  # a theme keeps its own name
    english = plan_member_check(example_project, MemberCheckOptions())
    assert any("Relation dimension" in o.heading for s in english.sections for o in s.observations)


def test_default_order_is_the_meetings_own(example_project: Project, tmp_path: Path) -> None:
    plan = export(example_project, tmp_path / "nl.docx", language="nl")
    assert {s.level for s in plan.sections} == {1}
    for section, meeting in zip(plan.sections, example_project.meetings.all(), strict=True):
        stored = [o.reference for o in example_project.observations.for_meeting(meeting.id)]
        assert [o.reference for o in section.observations] == stored
    assert GROUPINGS == ("meeting", "dimension", "theme")
    grouped = plan_member_check(example_project, MemberCheckOptions(grouping="dimension"))
    assert {s.level for s in grouped.sections} == {1, 2}
    assert grouped.observation_count == plan.observation_count


def test_custom_instructions_still_win(example_project: Project, tmp_path: Path) -> None:
    plan = export(
        example_project, tmp_path / "nl.docx", language="nl", instructions="Lees het rustig door."
    )
    assert plan.instructions == "Lees het rustig door."
    assert "Lees het rustig door." in body_text(tmp_path / "nl.docx")


def test_every_answer_has_a_bookmark_in_its_verdict_cell(
    example_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "nl.docx"
    plan = export(example_project, path, language="nl")
    document = Document(str(path))
    width = document.sections[0].page_width - 2 * document.sections[0].left_margin
    answers, blocks = {}, set()
    for paragraph in document.paragraphs:
        for node in paragraph._p.iter(qn("w:bookmarkStart")):
            mark = read_mark(node.get(qn("w:name")))
            assert mark is not None and mark[0] == "block"
            assert paragraph.text.startswith(f"O-{mark[1]} · ")
            blocks.add(mark[1])
    for table in document.tables:
        for node in table._tbl.iter(qn("w:bookmarkStart")):
            kind, ref = read_mark(node.get(qn("w:name")))  # type: ignore[misc]
            assert kind == "answer"
            assert node.getparent().getparent() is table.cell(0, 1)._tc  # the verdict cell
            answers[ref] = table
            assert sum(c.width for c in table.rows[0].cells) == width
            assert table.cell(0, 0).width < table.cell(0, 1).width / 2
    refs = {int(o.reference.removeprefix("O-")) for s in plan.sections for o in s.observations}
    assert set(answers) == blocks == refs


def test_english_is_the_default_and_reads_the_same_way(
    example_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "en.docx"
    export(example_project, path)
    text = body_text(path)
    for expected in (
        "is our summary right?",
        "It is fine to disagree. That actually helps us.",
        "This takes about 15 minutes.",
        "14 September 2022 — Kick-off of The Connectors",
        "Your verdict on O-1 (agree / partly / disagree)",
        "Appendix: CAC scores",
    ):
        assert expected in text, expected
    assert "Page" in part_xml(path, "word/footer")
