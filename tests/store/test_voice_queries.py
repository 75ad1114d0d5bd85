"""Who speaks, read in bulk: speaker and quote rows for the whole study, a meeting, a period."""

from __future__ import annotations

from collections import Counter

from fieldnotes.store import Project
from fieldnotes.store.analysis_queries import Scope
from tests.conftest import without_voice_and_actions


def test_speaker_and_quote_rows_follow_the_scope(example_project: Project) -> None:
    observations = without_voice_and_actions(example_project).observations
    observations.set_speakers("o1", ["p1", "p3"])  # m1, 2022-09-14
    observations.set_speakers("o7", ["p4"])  # m2, 2022-11-09
    observations.set_speakers("o20", ["p1"])  # m4, 2023-02-15
    analysis = example_project.analysis
    assert Counter(analysis.speaker_rows()) == Counter(
        [("m1", "p1"), ("m1", "p3"), ("m2", "p4"), ("m4", "p1")]
    )
    assert sorted(analysis.speaker_rows(Scope(meeting="m2"))) == [("m2", "p4")]
    period = Scope(date_from="2022-10-01", date_to="2023-02-15")
    assert sorted(analysis.speaker_rows(period)) == [("m2", "p4"), ("m4", "p1")]
    assert analysis.speaker_rows(Scope(meeting="nowhere")) == []
    quotes = analysis.quote_rows()
    assert len(quotes) == 8 and ("m1", "p2") in quotes
    assert sorted(analysis.quote_rows(Scope(meeting="m2"))) == [
        ("m2", "p4"),
        ("m2", "p4"),
        ("m2", "p6"),
    ]
    assert sorted(analysis.quote_rows(period)) == sorted(
        [q for q in quotes if q[0] in ("m2", "m3", "m4")]
    )
