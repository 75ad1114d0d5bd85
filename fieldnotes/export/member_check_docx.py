"""Writing a member-check plan as a Word document that comes back as feedback.

Each observation is a block: a reference line (``O-12 · 10:05 · tags``), its text, its
quotes in the Quote style, and a two-row answer table across the text width. Bookmarks
mark the block (``fn_B_12`` on the reference line) and the answer (``fn_O_12`` in the
verdict cell), so the feedback reader finds answers whatever the document's language or
label texts; the visible ``O-12`` stays as a fallback. All fixed words come from the
plan's language table (:mod:`fieldnotes.export.document_strings`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Emu, Length, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from fieldnotes.domain.member_check_marks import ANSWER_LABEL_SHADING, answer_mark, block_mark
from fieldnotes.errors import Cancelled
from fieldnotes.export.atomic import atomic_output
from fieldnotes.export.document_strings import DocumentStrings
from fieldnotes.export.member_check_plan import MemberCheckPlan, PlannedObservation

REFERENCE_STYLE = "Observation Reference"
LABEL_WIDTH = Cm(4.6)  # "Uw opmerking" and "(klopt / klopt deels / klopt niet)" fit unbroken

Progress = Callable[[int, int], None]


class ExportCancelled(Cancelled):
    """The user cancelled; nothing was written."""


def write_member_check(
    plan: MemberCheckPlan,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``plan`` to ``path`` atomically; a cancel or failure leaves ``path`` as it was.

    The package is zipped in memory first: python-docx leaves its zip open when a write
    fails, and that zip's finaliser would later fail again on the closed file (a full
    disk printed "Exception ignored in ZipFile.__del__" after the one-line error).
    """
    document = build_document(plan, progress, cancelled)
    package = io.BytesIO()
    document.save(package)
    with atomic_output(path) as handle:
        handle.write(package.getbuffer())


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
        self.width = document._block_width  # measured once, see the class docstring
        self._body = document.element.body
        self._parent = document._body
        self._bookmarks = 0

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

    def table(self, rows: int, widths: list[Length]) -> Table:
        """A table exactly as wide as the text, with fixed column widths."""
        element = CT_Tbl.new_tbl(rows, len(widths), self.width)
        self._body.append(element)
        table = Table(element, self._parent)
        element.tblPr.style = self._table_style
        _fix_widths(table, [Length(w) for w in widths])
        return table

    def bookmark(self, paragraph: Paragraph, name: str) -> None:
        """Put bookmark ``name`` around the paragraph's content (empty content is fine)."""
        self._bookmarks += 1
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self._bookmarks))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(self._bookmarks))
        p = paragraph._p
        properties = p.pPr
        if properties is not None:
            properties.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)


def build_document(
    plan: MemberCheckPlan,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocxDocument:
    document = Document()
    strings = plan.strings
    _set_up(document, plan, strings)
    writer = _Writer(document)
    writer.paragraph(plan.title, "Title")
    writer.paragraph(plan.subtitle, "Subtitle")
    writer.heading(strings.text("instructions_heading"), 1)
    for line in plan.instructions.split("\n"):
        if line.strip():
            writer.paragraph(line)
    total, done = plan.observation_count, 0
    for section in plan.sections:
        writer.heading(section.title, section.level)
        for observation in section.observations:
            if cancelled is not None and cancelled():
                raise ExportCancelled("Export cancelled; nothing was written.")
            _add_observation(writer, observation, strings)
            done += 1
            if progress is not None and (done % 25 == 0 or done == total):
                progress(done, total)
    if plan.agreements:
        _add_agreements(writer, plan, strings)
    if plan.cac_table is not None:
        _add_cac_appendix(writer, plan, strings)
    if plan.glossary is not None:
        _add_glossary(writer, plan, strings)
    if plan.codebook is not None:
        _add_codebook(writer, plan, strings)
    writer.finish()
    if progress is not None:
        progress(total, total)
    return document


def _set_up(document: DocxDocument, plan: MemberCheckPlan, strings: DocumentStrings) -> None:
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.title = plan.title
    properties.language = plan.language
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    reference = document.styles.add_style(REFERENCE_STYLE, 1)  # paragraph style
    reference.base_style = normal
    reference.font.bold = True
    reference.font.color.rgb = RGBColor(0x2F, 0x4F, 0x7F)
    reference.paragraph_format.space_before = Pt(12)
    reference.paragraph_format.keep_with_next = True
    _set_language(document, plan.language)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    header = section.header.paragraphs[0]
    header.text = plan.title
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # "Page {page} of {pages}": the words around the two fields come from the table.
    words = strings.text("footer", page="\0", pages="\0").split("\0")
    for text, field in zip(words, ("PAGE", "NUMPAGES", None), strict=True):
        if text:
            footer.add_run(text)
        if field is not None:
            _add_field(footer, field)


def _set_language(document: DocxDocument, language: str) -> None:
    """Spelling and hyphenation in the document's language (w:lang on the defaults)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    run_properties = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if run_properties is None:
        return
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), {"nl": "nl-NL", "en": "en-GB"}.get(language, language))


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _add_observation(
    writer: _Writer, observation: PlannedObservation, strings: DocumentStrings
) -> None:
    reference = writer.paragraph(observation.heading, REFERENCE_STYLE)
    if observation.ref is not None:
        writer.bookmark(reference, block_mark(observation.ref))
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
            note = f" {quote.original_note}" if quote.original_note else ""
            paragraph.add_run(f"“{quote.original}”{note}").italic = True
        paragraph.add_run().add_break()
        paragraph.add_run(quote.attribution)
    table = writer.table(2, [LABEL_WIDTH, Emu(writer.width - LABEL_WIDTH)])
    labels = (
        strings.text("verdict_label", ref=observation.reference),
        strings.text("comment_label"),
    )
    table.rows[0].height = Cm(1.1)
    table.rows[1].height = Cm(2.2)  # room to write
    for number, (row, text) in enumerate(zip(table.rows, labels, strict=True)):
        _keep_row_whole(row)
        label_cell = row.cells[0]
        _shade(label_cell, ANSWER_LABEL_SHADING)
        label = label_cell.paragraphs[0]
        label.add_run(text).font.size = Pt(10)
        # The verdict row stays with the comment row; the block ends after it, so the
        # chain of keep-with-next stops here instead of running through the whole file.
        label.paragraph_format.keep_with_next = number == 0
    if observation.ref is not None:
        writer.bookmark(table.cell(0, 1).paragraphs[0], answer_mark(observation.ref))


def _fix_widths(table: Table, widths: list[Length]) -> None:
    """Fixed layout, full width: Word reads tcW, LibreOffice reads the grid."""
    table.autofit = False
    properties = table._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(w.twips for w in widths)))
    for column, value in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = value
    for row in table.rows:
        for cell, value in zip(row.cells, widths, strict=True):
            cell.width = value


def _shade(cell: object, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


def _keep_row_whole(row: object) -> None:
    """A row never breaks across pages (w:cantSplit)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))


def _add_agreements(writer: _Writer, plan: MemberCheckPlan, strings: DocumentStrings) -> None:
    """What was agreed, who does it, by when and how it stands: one row per action, in
    the order of the summary. No answer boxes here: participants comment on the
    observation itself, so the feedback reader sees nothing new."""
    assert plan.agreements
    writer.heading(strings.text("agreements_heading"), 1)
    writer.paragraph(strings.text("agreements_intro"))
    owner, due, status = Cm(3.4), Cm(3.6), Cm(2.3)  # "Wanneer klaar" on one line
    table = writer.table(1, [Emu(writer.width - owner - due - status), owner, due, status])
    header = [
        strings.text(f"agreements_column_{key}") for key in ("text", "owner", "due", "status")
    ]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_as_header(table.rows[0])
    for agreement in plan.agreements:
        row = table.add_row()
        _keep_row_whole(row)
        cells = row.cells
        lines = agreement.text.split("\n")
        first = cells[0].paragraphs[0]
        first.add_run(lines[0])
        for line in lines[1:]:
            cells[0].add_paragraph(line)
        note = cells[0].add_paragraph().add_run(f"({agreement.reference})")
        note.font.size = Pt(9)
        note.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        for cell, text in zip(
            cells[1:], (agreement.owner, agreement.due, agreement.status), strict=True
        ):
            cell.paragraphs[0].add_run(text)


def _repeat_as_header(row: object) -> None:
    """The row is repeated at the top of each page the table runs onto (w:tblHeader)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:tblHeader"))


def _add_cac_appendix(writer: _Writer, plan: MemberCheckPlan, strings: DocumentStrings) -> None:
    assert plan.cac_table is not None
    writer.page_break()
    writer.heading(strings.text("cac_heading"), 1)
    if plan.cac_note:
        writer.paragraph(plan.cac_note)
    writer.paragraph(plan.cac_caption)
    score_width = Cm(2)
    table = writer.table(1, [Emu(writer.width - score_width), score_width])
    header = (strings.text("cac_column_label"), strings.text("cac_column_score"))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for kind, label, value in plan.cac_table:
        cells = table.add_row().cells
        cells[0].text = label if kind != "item" else f"    {label}"
        cells[1].text = "–" if value is None else str(value)
        if kind != "item":
            for cell in cells:
                cell.paragraphs[0].runs[0].bold = True


def _add_glossary(writer: _Writer, plan: MemberCheckPlan, strings: DocumentStrings) -> None:
    assert plan.glossary is not None
    writer.page_break()
    writer.heading(strings.text("glossary_heading"), 1)
    writer.paragraph(strings.text("glossary_intro"))
    for label, meaning in plan.glossary:
        term = writer.paragraph()
        term.add_run(label).bold = True
        term.paragraph_format.keep_with_next = True
        term.paragraph_format.space_after = Pt(2)
        for line in meaning.split("\n"):
            explained = writer.paragraph(line).paragraph_format
            explained.left_indent = Cm(0.6)
            explained.space_after = Pt(3)


def _add_codebook(writer: _Writer, plan: MemberCheckPlan, strings: DocumentStrings) -> None:
    assert plan.codebook is not None
    writer.page_break()
    writer.heading(strings.text("codebook_heading"), 1)
    code_width = writer.width * 2 // 5
    table = writer.table(1, [Length(code_width), Length(writer.width - code_width)])
    header = (strings.text("codebook_column_code"), strings.text("codebook_column_description"))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for _code_id, label, description in plan.codebook:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, description
