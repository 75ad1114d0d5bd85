"""Code co-occurrence: how many observations carry two codes at once.

A code counts with its descendants, as in the code-by-meeting matrix: an observation
tagged with CAC item 14 carries the relation dimension too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from fieldnotes.domain.code_tree import ancestors


def co_occurrence(
    tags: Iterable[tuple[str, str]],
    parents: Mapping[str, str | None],
    codes: Sequence[str],
) -> dict[tuple[str, str], int]:
    """(a, b) -> observations carrying both, for ``codes`` (both orders; the diagonal
    holds each code's own count). Pairs that never meet are left out."""
    carried: dict[str, set[str]] = defaultdict(set)
    for observation, code in tags:
        carried[observation].add(code)
    sets = Counter(frozenset(present) for present in carried.values())
    return co_occurrence_of_sets(sets.items(), parents, codes)


def co_occurrence_of_sets(
    sets: Iterable[tuple[Iterable[str], int]],
    parents: Mapping[str, str | None],
    codes: Sequence[str],
) -> dict[tuple[str, str], int]:
    """The same from (a set of codes tagged on an observation, how many observations
    carry exactly that set): the store groups 100,000 observations into a few hundred
    sets, so counting takes no time."""
    wanted = set(codes)
    above: dict[str, set[str]] = {}
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for tagged, count in sets:
        present: set[str] = set()
        for code in tagged:
            if code not in above:
                above[code] = {c for c in ancestors(code, parents) if c in wanted}
            present |= above[code]
        for a in present:
            for b in present:
                cells[(a, b)] += count
    return dict(cells)


def observations_with_both(
    tags: Iterable[tuple[str, str]], parents: Mapping[str, str | None], a: str, b: str
) -> list[str]:
    """The observations behind one cell, in the order their first tag came."""
    carried: dict[str, set[str]] = defaultdict(set)
    for observation, code in tags:
        carried[observation].update(ancestors(code, parents))
    return [o for o, present in carried.items() if a in present and b in present]
