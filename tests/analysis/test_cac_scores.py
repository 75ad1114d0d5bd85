"""CAC round scoring with hand-worked numbers."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.analysis.cac_report import appendix_rows
from fieldnotes.analysis.cac_scores import latest_round, round_half_up, score_round
from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.models import CacResponse, CacRound

FRAMEWORK = load_framework()


def scored(*responses: dict[int, float]) -> dict[str, object]:
    cac_round = CacRound(
        "r", "R", "2023-03-01", [CacResponse(f"p{i}", s) for i, s in enumerate(responses)]
    )
    return score_round(cac_round, FRAMEWORK).to_report()


def test_item_is_mean_over_those_who_answered() -> None:
    report = scored({1: 90, 2: 40}, {1: 60}, {2: 61})
    assert report["items"]["1"] == 75.0  # type: ignore[index]
    assert report["items"]["2"] == 50.5  # type: ignore[index]
    assert report["items"]["3"] is None  # type: ignore[index]


def test_dimension_is_mean_of_item_scores_not_of_answers() -> None:
    # Task = items 9..13. Item 9: (100 + 0) / 2 = 50; item 10: 80 (one answer); (50 + 80) / 2 = 65.
    report = scored({9: 100, 10: 80}, {9: 0})
    assert report["dimensions"]["task"] == 65  # type: ignore[index]


def test_half_up_rounding_at_point_five() -> None:
    # General = item 1 only: mean of 69 and 70 is 69.5 -> 70; of 68 and 69 is 68.5 -> 69.
    assert scored({1: 69}, {1: 70})["dimensions"]["general"] == 70  # type: ignore[index]
    assert scored({1: 68}, {1: 69})["dimensions"]["general"] == 69  # type: ignore[index]
    assert round_half_up(Fraction(1, 2)) == 1
    assert round_half_up(Fraction(5, 2)) == 3  # not banker's rounding


def test_dimension_without_answers_has_no_score() -> None:
    report = scored({1: 80, 14: 60})
    dimensions = report["dimensions"]
    assert dimensions["general"] == 80  # type: ignore[index]
    assert dimensions["relation"] == 60  # type: ignore[index]
    assert dimensions["growth"] is None  # type: ignore[index]
    assert report["overall"] == 70


def test_no_answers_at_all() -> None:
    report = scored()
    assert report["overall"] is None
    assert set(report["dimensions"].values()) == {None}  # type: ignore[attr-defined]


def test_overall_is_mean_of_all_item_scores() -> None:
    # items 1=100 (one answer), 2=(0+50)/2=25 -> overall (100 + 25) / 2 = 62.5 -> 63.
    assert scored({1: 100, 2: 0}, {2: 50})["overall"] == 63


def test_latest_round_by_date() -> None:
    rounds = [
        CacRound("a", "A", "2023-05-01"),
        CacRound("b", "B", "2024-01-01"),
        CacRound("c", "C", None),
    ]
    assert latest_round(rounds).id == "b"  # type: ignore[union-attr]
    assert latest_round([]) is None


def test_appendix_rows_group_items_under_dimensions_with_overall_last() -> None:
    rows = appendix_rows(
        score_round(CacRound("r", "R", None, [CacResponse("p", {1: 50})]), FRAMEWORK), FRAMEWORK
    )
    assert rows[0] == ("dimension", "General", 50)
    assert rows[1][0] == "item" and rows[1][1].startswith("1. ")
    assert rows[-1] == ("overall", "Overall", 50)
    assert len(rows) == 6 + 26 + 1


@given(st.lists(st.dictionaries(st.integers(1, 26), st.integers(0, 100)), max_size=6))
def test_scores_stay_in_range(responses: list[dict[int, int]]) -> None:
    report = scored(*responses)
    values = [v for v in report["dimensions"].values() if v is not None]  # type: ignore[attr-defined]
    assert all(0 <= v <= 100 for v in values)
