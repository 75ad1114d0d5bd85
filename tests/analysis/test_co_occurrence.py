"""Code co-occurrence, worked by hand."""

from __future__ import annotations

from fieldnotes.analysis.co_occurrence import co_occurrence, observations_with_both

PARENTS = {"cac:14": "cac:relation", "cac:15": "cac:relation", "t2": "t1"}
TAGS = [
    ("o1", "cac:14"),
    ("o1", "t1"),
    ("o2", "cac:15"),
    ("o2", "t2"),  # t2 sits under t1, so o2 carries t1 too
    ("o2", "cac:14"),  # two items of one dimension: the dimension counts once
    ("o3", "t1"),
    ("o4", "cac:general"),
]


def test_pairs_count_observations_with_descendants() -> None:
    cells = co_occurrence(TAGS, PARENTS, ["cac:relation", "t1", "cac:general"])
    assert cells[("cac:relation", "t1")] == cells[("t1", "cac:relation")] == 2
    assert cells[("cac:relation", "cac:relation")] == 2
    assert cells[("t1", "t1")] == 3
    assert cells[("cac:general", "cac:general")] == 1
    assert ("cac:general", "t1") not in cells


def test_only_chosen_codes_are_counted() -> None:
    cells = co_occurrence(TAGS, PARENTS, ["cac:14", "t2"])
    assert cells == {
        ("cac:14", "cac:14"): 2,
        ("t2", "t2"): 1,
        ("cac:14", "t2"): 1,
        ("t2", "cac:14"): 1,
    }


def test_the_observations_behind_a_cell() -> None:
    assert observations_with_both(TAGS, PARENTS, "cac:relation", "t1") == ["o1", "o2"]
    assert observations_with_both(TAGS, PARENTS, "t2", "cac:general") == []
