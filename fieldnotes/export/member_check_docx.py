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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
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


class _Writer:
    """Appends blocks to the body with styles resolved once.

    python-docx looks a style up by name on every use (a scan of all styles), measures the
    page for every table and inserts each block before the section properties (both scans
    of the whole body), which makes a 10,000-observation document quadratic. Here styles
    and width are resolved once and blocks are appended; ``finish()`` puts the section
    properties back at the end where Word expects them.
    """

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        styles = document.styles
        names = (
            "Title",
            "Subtitle",
            "Quote",
            "Heading 1",
            "Heading 2",
            "Heading 3",
            REFERENCE_STYLE,
        )
        self._ids = {name: styles[name].style_id for name in names}
        self._table_style = styles["Table Grid"].style_id
        self._width = document._block_width  # measured once, see the class docstring
        self._body = document.element.body
        self._parent = document._body

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        element = OxmlElement("w:p")
        self._body.append(element)
        paragraph = Paragraph(element, self._parent)
        if text:
            paragraph.add_run(text)
        if style is not None:
            element.style = self._ids[style]
        return paragraph

    def page_break(self) -> None:
        self.paragraph().add_run().add_break(WD_BREAK.PAGE)

    def finish(self) -> None:
        section = self._body.sectPr
        if section is not None:
            self._body.append(section)  # moves it back to the end

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(text, f"Heading {min(level, 3)}")

    def table(self, rows: int, cols: int) -> Table:
        element = CT_Tbl.new_tbl(rows, cols, self._width)
        self._body.append(element)
        table = Table(element, self._parent)
        element.tblPr.style = self._table_style
        return table


def build_document(
    plan: MemberCheckPlan,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocxDocument:
    document = Document()
    _set_up(document, plan)
    writer = _Writer(document)
    writer.paragraph(plan.title, "Title")
    writer.paragraph(plan.subtitle, "Subtitle")
    writer.heading("How to check this summary", 1)
    writer.paragraph(plan.instructions)
    total, done = plan.observation_count, 0
    for section in plan.sections:
        writer.heading(section.title, section.level)
        for observation in section.observations:
            if cancelled is not None and cancelled():
                raise ExportCancelled("Export cancelled; nothing was written.")
            _add_observation(writer, observation)
            done += 1
            if progress is not None and (done % 25 == 0 or done == total):
                progress(done, total)
    if plan.cac_table is not None:
        _add_cac_appendix(writer, plan)
    if plan.codebook is not None:
        _add_codebook(writer, plan)
    writer.finish()
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


def _add_observation(writer: _Writer, observation: PlannedObservation) -> None:
    writer.paragraph(observation.heading, REFERENCE_STYLE)
    for line in observation.text.split("\n") or [""]:
        writer.paragraph(line).paragraph_format.keep_with_next = True
    for quote in observation.quotes:
        paragraph = writer.paragraph(style="Quote")
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
    table = writer.table(2, 2)
    table.cell(0, 0).text = VERDICT_LABEL.format(ref=observation.reference)
    table.cell(1, 0).text = COMMENT_LABEL
    table.rows[1].height = Cm(1.6)  # room to write
    for number, row in enumerate(table.rows):
        _keep_row_whole(row)
        row.cells[0].width, row.cells[1].width = Cm(5.5), Cm(11)
        label = row.cells[0].paragraphs[0]
        label.runs[0].font.size = Pt(9)
        # The verdict row stays with the comment row; the block ends after it, so the
        # chain of keep-with-next stops here instead of running through the whole file.
        label.paragraph_format.keep_with_next = number == 0


def _keep_row_whole(row: object) -> None:
    """A row never breaks across pages (w:cantSplit)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))


def _add_cac_appendix(writer: _Writer, plan: MemberCheckPlan) -> None:
    assert plan.cac_table is not None
    writer.page_break()
    writer.heading("Appendix: CAC scores", 1)
    writer.paragraph(plan.cac_caption)
    table = writer.table(1, 2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Dimension / item", "Score"
    for kind, label, value in plan.cac_table:
        cells = table.add_row().cells
        cells[0].text = label if kind != "item" else f"    {label}"
        cells[1].text = "–" if value is None else str(value)
        if kind != "item":
            for cell in cells:
                cell.paragraphs[0].runs[0].bold = True


def _add_codebook(writer: _Writer, plan: MemberCheckPlan) -> None:
    assert plan.codebook is not None
    writer.page_break()
    writer.heading("Appendix: codebook", 1)
    table = writer.table(1, 2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Code", "Description"
    for _code_id, label, description in plan.codebook:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, description
