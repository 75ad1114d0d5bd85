"""Filling in a member-check document the way a participant would, found by its marks."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from docx.table import _Cell

from fieldnotes.domain.member_check_marks import read_mark


def answer_cells(document: Any) -> dict[int, tuple[_Cell, _Cell]]:
    """Observation ref -> (verdict cell, comment cell), found by the fn_O_ bookmarks."""
    cells: dict[int, tuple[_Cell, _Cell]] = {}
    for table in document.tables:
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                for node in cell._tc.iter(qn("w:bookmarkStart")):
                    mark = read_mark(node.get(qn("w:name")) or "")
                    if mark is not None and mark[0] == "answer":
                        cells.setdefault(mark[1], (cell, table.cell(r + 1, c)))
    return cells


def type_into(cell: _Cell, text: str) -> None:
    """Type after what is there, as Word does; the cell's bookmark stays in place."""
    cell.paragraphs[0].add_run(text)


def block_paragraphs(document: Any, ref: int) -> list[Any]:
    """The paragraphs of observation ``ref``'s block, reference line first."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith(f"O-{ref} · "))
    end = next(
        (i for i in range(start + 1, len(paragraphs)) if paragraphs[i].text.startswith("O-")),
        len(paragraphs),
    )
    return paragraphs[start:end]
