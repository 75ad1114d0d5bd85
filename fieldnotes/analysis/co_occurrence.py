"""Code co-occurrence: how many observations carry two codes at once.

A code counts with its descendants, as in the code-by-meeting matrix: an observation
tagged with CAC item 14 carries the relation dimension too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from fieldnotes.domain.code_tree import ancestors


def co_occurrence(
    tags: Iterable[tuple[str, str]],
    parents: Mapping[str, str | None],
    codes: Sequence[str],
) -> dict[tuple[str, str], int]:
    """(a, b) -> observations carrying both, for ``codes`` (both orders; the diagonal
    holds each code's own count). Pairs that never meet are left out."""
    wanted = set(codes)
    carried: dict[str, set[str]] = defaultdict(set)
    for observation, code in tags:
        carried[observation].update(c for c in ancestors(code, parents) if c in wanted)
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for present in carried.values():
        for a in present:
            for b in present:
                cells[(a, b)] += 1
    return dict(cells)


def observations_with_both(
    tags: Iterable[tuple[str, str]], parents: Mapping[str, str | None], a: str, b: str
) -> list[str]:
    """The observations behind one cell, in the order their first tag came."""
    carried: dict[str, set[str]] = defaultdict(set)
    for observation, code in tags:
        carried[observation].update(ancestors(code, parents))
    return [o for o, present in carried.items() if a in present and b in present]
