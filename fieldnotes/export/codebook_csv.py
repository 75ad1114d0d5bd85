"""The codebook as CSV: every code with its place in the tree, description and counts."""

from __future__ import annotations

from pathlib import Path

from fieldnotes.analysis.code_counts import code_counts
from fieldnotes.export.table_csv import table_csv, write_table_csv
from fieldnotes.store import Project

COLUMNS = ("id", "name", "parent", "kind", "origin", "description", "observations")


def codebook_rows(project: Project) -> list[tuple[object, ...]]:
    codes = project.codes.all()
    counts = code_counts(((o, c) for o, _m, c in project.codes.tag_rows()), project.codes.parents())
    rows: list[tuple[object, ...]] = []
    for code in codes:
        kind = ("CAC item" if code.parent else "CAC dimension") if code.locked else "theme"
        rows.append(
            (
                code.id,
                code.name,
                code.parent or "",
                kind,
                code.origin or "",
                code.description,
                counts.get(code.id, 0),
            )
        )
    return rows


def codebook_csv(project: Project) -> str:
    return table_csv(COLUMNS, codebook_rows(project))


def export_codebook_csv(project: Project, path: Path) -> None:
    write_table_csv(path, COLUMNS, codebook_rows(project))
