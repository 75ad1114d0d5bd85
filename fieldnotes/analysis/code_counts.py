"""How often each code is used: per code (a parent counts its descendants' observations
once) and per code and meeting, for the codebook and the code-by-meeting matrix."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from fieldnotes.domain.code_tree import ancestors


def observations_per_code(
    tags: Iterable[tuple[str, str]], parents: Mapping[str, str | None]
) -> dict[str, set[str]]:
    """Code id -> ids of observations tagged with it or any of its descendants."""
    result: dict[str, set[str]] = defaultdict(set)
    for observation_id, code_id in tags:
        for code in ancestors(code_id, parents):
            result[code].add(observation_id)
    return dict(result)


def code_counts(
    tags: Iterable[tuple[str, str]], parents: Mapping[str, str | None]
) -> dict[str, int]:
    return {code: len(ids) for code, ids in observations_per_code(tags, parents).items()}


def code_meeting_matrix(
    tags: Iterable[tuple[str, str, str]], parents: Mapping[str, str | None]
) -> dict[tuple[str, str], int]:
    """(code, meeting) -> number of the meeting's observations tagged with the code or below."""
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    for observation_id, meeting_id, code_id in tags:
        for code in ancestors(code_id, parents):
            cells[(code, meeting_id)].add(observation_id)
    return {key: len(ids) for key, ids in cells.items()}
