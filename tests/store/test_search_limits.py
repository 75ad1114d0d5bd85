"""A search is bounded: at most 64 terms, a time limit, and any --limit; one line otherwise."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes.cli import main
from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.store.search import MAX_TERMS
from tests.conftest import minimal_document


@pytest.fixture
def many(project: Project) -> Project:
    document = minimal_document()
    document["meetings"][0]["observations"] = [
        {"id": f"o{n}", "text": f"Trust and trust again, note {n}: the team builds trust."}
        for n in range(1_500)
    ]
    import_text(project, json.dumps(document))
    return project


def test_up_to_64_terms_are_searched(many: Project) -> None:
    query = " ".join(["trust"] * MAX_TERMS)
    assert MAX_TERMS == 64
    assert len(many.search.search(query, limit=5)) == 5


@pytest.mark.parametrize(
    "query",
    [
        " ".join(["trust"] * 65),
        " OR ".join(f"word{n}" for n in range(3_000)),
        '"' + " ".join(["trust"] * 2_000),  # not valid FTS syntax: plain words, still too many
        "trust_" * 100,  # one bareword, a hundred terms to the index
    ],
    ids=["65 words", "3000 OR", "2000 unbalanced", "underscores"],
)
def test_more_terms_are_refused_at_once(many: Project, query: str) -> None:
    started = time.perf_counter()
    for run in (many.search.search, many.search.count):
        with pytest.raises(FieldnotesError, match="at most 64") as caught:
            run(query)
        assert "\n" not in str(caught.value)
    assert time.perf_counter() - started < 0.5


def test_a_search_past_its_time_limit_is_stopped_and_said(many: Project) -> None:
    slow = " ".join(["trust"] * MAX_TERMS)
    with pytest.raises(FieldnotesError, match="took longer than") as caught:
        many.search.search(slow, time_limit=0.001)
    assert "\n" not in str(caught.value)
    with pytest.raises(FieldnotesError, match="took longer than"):
        many.search.count(slow, time_limit=0.0)
    assert many.search.search("team", limit=3)  # the connection is fine afterwards
    assert many.search.count("team") == 1_500


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=200))
def test_any_query_is_answered_or_refused_in_one_line(example_project: Project, query: str) -> None:
    try:
        hits = example_project.search.search(query)
    except FieldnotesError as exc:
        assert "at most 64" in str(exc) and "\n" not in str(exc)
    else:
        assert len(hits) <= 50


def _cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), "search", *args])


def test_the_cli_refuses_too_many_terms_in_one_line(
    many: Project, capfd: pytest.CaptureFixture[str]
) -> None:
    capfd.readouterr()
    assert _cli(many.path, " ".join(["trust"] * 2_000)) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "at most 64" in err


@pytest.mark.parametrize("limit", [str(2**63), str(2**63 - 1), "1" + "0" * 30])
def test_any_whole_number_is_a_limit(
    many: Project, capfd: pytest.CaptureFixture[str], limit: str
) -> None:
    capfd.readouterr()
    assert _cli(many.path, "note 7", "--limit", limit, "--json") == 0
    out = capfd.readouterr().out
    assert len(json.loads(out)) == 1
    assert "damaged" not in out
