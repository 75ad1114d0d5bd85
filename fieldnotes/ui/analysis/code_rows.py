"""Which codes an analysis window offers, in the order the codebook shows them.

CAC dimensions (or their items) first, then the team's themes in tree order, each with
its depth, so the co-occurrence table and the code frequency chooser agree.
"""

from __future__ import annotations

from fieldnotes.domain.code_search import tag_label
from fieldnotes.domain.models import Code


def code_rows(codes: list[Code], items: bool = False) -> list[tuple[Code, int]]:
    """(code, depth): the CAC dimensions (with ``items``: the CAC items, under their
    dimension's order) followed by the themes, nested as in the codebook."""
    framework = [c for c in codes if c.locked]
    dimensions = [c for c in framework if c.parent is None]
    if items:
        order = {d.id: i for i, d in enumerate(dimensions)}
        leaves = [c for c in framework if c.parent is not None]
        rows = [(c, 0) for c in sorted(leaves, key=lambda c: order.get(c.parent or "", 0))]
    else:
        rows = [(c, 0) for c in dimensions]
    children: dict[str | None, list[Code]] = {}
    for theme in (c for c in codes if not c.locked):
        children.setdefault(theme.parent, []).append(theme)

    def walk(parent: str | None, depth: int) -> None:
        for theme in children.get(parent, []):
            rows.append((theme, depth))
            walk(theme.id, depth + 1)

    walk(None, 0)
    return rows


def row_label(code: Code, depth: int) -> str:
    return "    " * depth + tag_label(code)
