"""Writing a member-check plan as a Word document that comes back as feedback.

Each observation is a block: a reference line (``O-12 · 10:05 · tags``), its text, its
quotes in the Quote style, and a two-row answer table whose first cell names the
reference. The feedback reader finds blocks by those texts, not by styles or positions,
so the document survives editing and re-saving in Word or LibreOffice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from fieldnotes.errors import FieldnotesError
from fieldnotes.export.atomic import atomic_output
from fieldnotes.export.member_check_plan import MemberCheckPlan, PlannedObservation

VERDICT_LABEL = "Your verdict on {ref} (agree / partly / disagree)"
COMMENT_LABEL = "Your comment"
REFERENCE_STYLE = "Observation Reference"

Progress = Callable[[int, int], None]


class ExportCancelled(FieldnotesError):
    """The user cancelled; nothing was written."""


def write_member_check(
    plan: MemberCheckPlan,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``plan`` to ``path`` atomically; a cancel or failure leaves ``path`` as it was."""
    document = build_document(plan, progress, cancelled)
    with atomic_output(path) as handle:
        document.save(handle)


def build_document(
    plan: MemberCheckPlan,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocxDocument:
    document = Document()
    _set_up(document, plan)
    document.add_paragraph(plan.title, style="Title")
    document.add_paragraph(plan.subtitle, style="Subtitle")
    document.add_heading("How to check this summary", level=1)
    document.add_paragraph(plan.instructions)
    total, done = plan.observation_count, 0
    for section in plan.sections:
        document.add_heading(section.title, level=section.level)
        for observation in section.observations:
            if cancelled is not None and cancelled():
                raise ExportCancelled("Export cancelled; nothing was written.")
            _add_observation(document, observation)
            done += 1
            if progress is not None and (done % 25 == 0 or done == total):
                progress(done, total)
    if plan.cac_table is not None:
        _add_cac_appendix(document, plan)
    if plan.codebook is not None:
        _add_codebook(document, plan)
    if progress is not None:
        progress(total, total)
    return document


def _set_up(document: DocxDocument, plan: MemberCheckPlan) -> None:
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.title = plan.title
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    reference = document.styles.add_style(REFERENCE_STYLE, 1)  # paragraph style
    reference.base_style = normal
    reference.font.bold = True
    reference.font.color.rgb = RGBColor(0x2F, 0x4F, 0x7F)
    reference.paragraph_format.space_before = Pt(12)
    reference.paragraph_format.keep_with_next = True
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = plan.title
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _add_field(footer, "PAGE")
    footer.add_run(" of ")
    _add_field(footer, "NUMPAGES")


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _add_observation(document: DocxDocument, observation: PlannedObservation) -> None:
    document.add_paragraph(observation.heading, style=REFERENCE_STYLE)
    for line in observation.text.split("\n") or [""]:
        document.add_paragraph(line).paragraph_format.keep_with_next = True
    for quote in observation.quotes:
        paragraph = document.add_paragraph(style="Quote")
        paragraph.paragraph_format.keep_with_next = True
        if quote.text:
            paragraph.add_run(f"“{quote.text}”")
        if quote.original:
            if quote.text:
                paragraph.add_run().add_break()
            original = paragraph.add_run(
                f"“{quote.original}”" + (f" ({quote.language})" if quote.language else "")
            )
            original.italic = True
        paragraph.add_run().add_break()
        paragraph.add_run(f"— {quote.attribution}")
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = VERDICT_LABEL.format(ref=observation.reference)
    table.cell(1, 0).text = COMMENT_LABEL
    table.rows[1].height = Cm(1.6)  # room to write
    for row in table.rows:
        _keep_row_whole(row)
        row.cells[0].width, row.cells[1].width = Cm(5.5), Cm(11)
        label = row.cells[0].paragraphs[0]
        label.runs[0].font.size = Pt(9)
        label.paragraph_format.keep_with_next = True


def _keep_row_whole(row: object) -> None:
    """A row never breaks across pages (w:cantSplit)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))


def _add_cac_appendix(document: DocxDocument, plan: MemberCheckPlan) -> None:
    assert plan.cac_table is not None
    document.add_page_break()
    document.add_heading("Appendix: CAC scores", level=1)
    document.add_paragraph(plan.cac_caption)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Dimension / item", "Score"
    for kind, label, value in plan.cac_table:
        cells = table.add_row().cells
        cells[0].text = label if kind != "item" else f"    {label}"
        cells[1].text = "–" if value is None else str(value)
        if kind != "item":
            for cell in cells:
                cell.paragraphs[0].runs[0].bold = True


def _add_codebook(document: DocxDocument, plan: MemberCheckPlan) -> None:
    assert plan.codebook is not None
    document.add_page_break()
    document.add_heading("Appendix: codebook", level=1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Code", "Description"
    for _code_id, label, description in plan.codebook:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, description
