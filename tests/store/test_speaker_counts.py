"""``speaker_counts``: the counts of ``speaker_rows``, read without a row per pair."""

from __future__ import annotations

from collections import Counter

import pytest

from fieldnotes.store import Project
from fieldnotes.store.analysis_queries import Scope
from tests.conftest import without_voice_and_actions


@pytest.mark.parametrize(
    "scope",
    [
        Scope(),
        Scope(meeting="m1"),
        Scope(meeting="m4"),
        Scope(date_from="2022-10-01"),
        Scope(date_to="2022-12-31"),
        Scope(date_from="2022-10-01", date_to="2022-12-31"),
        Scope(meeting="m9"),
    ],
)
def test_speaker_counts_match_the_rows(example_project: Project, scope: Scope) -> None:
    project = example_project
    project.observations.set_speakers("o1", ["p1", "p3"])
    project.observations.set_speakers("o2", ["p3"])
    project.observations.set_speakers("o7", ["p4", "p3"])
    project.observations.set_speakers("o20", ["p2"])
    expected = Counter(pid for _, pid in project.analysis.speaker_rows(scope))
    assert project.analysis.speaker_counts(scope) == dict(expected)


def test_speaker_counts_unscoped(example_project: Project) -> None:
    without_voice_and_actions(example_project)
    example_project.observations.set_speakers("o1", ["p1", "p3"])
    example_project.observations.set_speakers("o7", ["p3"])
    assert example_project.analysis.speaker_counts() == {"p1": 1, "p3": 2}
    assert example_project.analysis.speaker_counts(Scope(meeting="m2")) == {"p3": 1}
