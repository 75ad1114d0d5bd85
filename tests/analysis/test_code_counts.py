"""Counting observations per code: parents count their children's observations once."""

from __future__ import annotations

from fieldnotes.analysis.code_counts import code_counts, code_meeting_matrix

PARENTS = {
    "cac:relation": None,
    "cac:14": "cac:relation",
    "cac:15": "cac:relation",
    "t1": None,
    "t2": "t1",
}


def test_parent_counts_each_observation_once() -> None:
    tags = [("o1", "cac:14"), ("o1", "cac:15"), ("o2", "cac:15"), ("o3", "t2"), ("o3", "t1")]
    counts = code_counts(tags, PARENTS)
    assert counts["cac:relation"] == 2
    assert counts["cac:14"] == 1
    assert counts["t1"] == 1
    assert counts["t2"] == 1


def test_matrix_by_meeting() -> None:
    tags = [("o1", "m1", "cac:14"), ("o2", "m1", "cac:15"), ("o3", "m2", "cac:14")]
    matrix = code_meeting_matrix(tags, PARENTS)
    assert matrix[("cac:relation", "m1")] == 2
    assert matrix[("cac:14", "m2")] == 1
    assert ("cac:15", "m2") not in matrix
