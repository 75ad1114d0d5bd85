"""The store's grouped code sets: the same counts as the tag rows they summarise."""

from __future__ import annotations

from fieldnotes.analysis.co_occurrence import co_occurrence, co_occurrence_of_sets
from fieldnotes.analysis.timeline import code_frequency, code_frequency_of_sets
from fieldnotes.store import Project


def test_code_sets_summarise_the_tags(example_project: Project) -> None:
    project = example_project
    tags3 = project.codes.tag_rows()
    carried: dict[str, set[str]] = {}
    for observation, _meeting, code in tags3:
        carried.setdefault(observation, set()).add(code)
    sets = project.analysis.code_sets()
    assert sum(n for _, n in sets) == len(carried)
    assert all(list(codes) == sorted(codes) for codes, _ in sets)
    assert len({codes for codes, _ in sets}) == len(sets)  # each set once

    parents = project.codes.parents()
    codes = [c.id for c in project.codes.all()]
    assert co_occurrence_of_sets(sets, parents, codes) == co_occurrence(
        [(o, c) for o, _m, c in tags3], parents, codes
    )
    meetings = [m.id for m in project.meetings.all()]
    per_meeting = project.analysis.meeting_code_sets()
    assert sum(n for _, _, n in per_meeting) == len(carried)
    assert code_frequency_of_sets(per_meeting, parents, codes, meetings) == code_frequency(
        tags3, parents, codes, meetings
    )


def test_an_untagged_project_has_no_sets(project: Project) -> None:
    assert project.analysis.code_sets() == []
    assert project.analysis.meeting_code_sets() == []
