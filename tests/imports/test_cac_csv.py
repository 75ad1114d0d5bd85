"""CAC answers from CSV: all or nothing, bad rows named by line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.domain.models import CacResponse, Participant
from fieldnotes.imports.cac_csv import CacCsvError, merge_responses, parse_cac_csv

PEOPLE = [Participant("p1", "Coproducer A"), Participant("p2", "Nurse B")]


def test_valid_file_by_id_and_pseudonym_with_missing_answers() -> None:
    text = "respondent,item,score\np1,1,95\np1,2,\nnurse b,2,62.5\np2,3,70\n"
    assert parse_cac_csv(text, PEOPLE) == [
        CacResponse("p1", {1: 95}),
        CacResponse("p2", {2: 62.5, 3: 70}),
    ]


def test_every_bad_row_is_reported_by_line() -> None:
    text = "respondent,item,score\np1,1,101\np9,2,50\np1,27,5\np1,3,lots\np1,4\np1,5,10\np1,5,20\n"
    with pytest.raises(CacCsvError) as caught:
        parse_cac_csv(text, PEOPLE)
    lines = [line for line, _ in caught.value.problems]
    assert lines == [2, 3, 4, 5, 6, 8]
    message = str(caught.value)
    assert message.startswith("Nothing was imported.")
    assert "line 2: score 101 is outside 0-100" in message
    assert "line 3: unknown respondent 'p9'" in message
    assert "line 8: item 5 for p1 was already given on line 7" in message


def test_header_is_required() -> None:
    with pytest.raises(CacCsvError, match="line 1: the first line must be the header"):
        parse_cac_csv("p1,1,95\n", PEOPLE)


def test_import_replaces_only_the_respondents_in_the_file() -> None:
    existing = [CacResponse("p1", {1: 10}), CacResponse("p2", {1: 20})]
    assert merge_responses(existing, [CacResponse("p1", {1: 99})]) == [
        CacResponse("p2", {1: 20}),
        CacResponse("p1", {1: 99}),
    ]


@given(st.text(max_size=300))
def test_any_text_after_the_header_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        parse_cac_csv("respondent,item,score\n" + text, [])
    except CacCsvError as error:
        assert str(error).startswith("Nothing was imported.")
