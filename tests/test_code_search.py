"""The quick tag picker's matching: numbers, words, typos, accents, any input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.code_search import code_label, exact_name_match, search_codes, tag_label
from fieldnotes.domain.models import Code
from fieldnotes.store import Project


def _codes(project: Project) -> list[Code]:
    return project.codes.all()


def test_item_number_comes_first(example_project: Project) -> None:
    assert search_codes(_codes(example_project), "14")[0].id == "cac:14"
    assert search_codes(_codes(example_project), "2")[0].id == "cac:2"


def test_words_of_the_item_text(example_project: Project) -> None:
    found = search_codes(_codes(example_project), "communicate open")
    assert found[0].id == "cac:14"


def test_theme_by_name_prefix_and_typo(example_project: Project) -> None:
    codes = _codes(example_project)
    assert search_codes(codes, "learn")[0].name == "Learning network"
    assert "Trust" in [c.name for c in search_codes(codes, "trst")[:3]]


def test_accents_and_case_do_not_matter(project: Project) -> None:
    project.codes.add_theme(Code("t1", "Coördinatie in de wijk"))
    codes = _codes(project)
    assert search_codes(codes, "COORDINATIE")[0].id == "t1"
    assert exact_name_match(codes, "coördinatie IN de wijk") is not None


def test_label_shows_item_number(example_project: Project) -> None:
    by_id = {c.id: c for c in _codes(example_project)}
    assert code_label(by_id["cac:14"]).startswith("14 · ")
    assert code_label(by_id["t1"]) == "Learning network"


@given(query=st.text(max_size=40))
def test_any_query_never_fails(query: str) -> None:
    codes = [
        Code("cac:1", "The collaboration is an asset", "cac:general", locked=True),
        Code("t1", "Vertrouwen – café 👩‍⚕️"),
    ]
    result = search_codes(codes, query)
    assert all(code in codes for code in result)


def test_tag_labels_by_number_or_in_words() -> None:
    item = Code("cac:14", "The partnership partners communicate", "cac:relation", locked=True)
    dimension = Code("cac:relation", "Relation dimension", locked=True)
    theme = Code("t1", "Trust")
    assert [tag_label(item), tag_label(dimension), tag_label(dimension, short=True)] == [
        "CAC 14",
        "CAC Relation dimension",
        "CAC Relation",
    ]
    dutch = load_framework().wording("nl")
    assert tag_label(item, wording=dutch) == "Relatiedimensie"
    assert tag_label(dimension, wording=dutch, short=True) == "Relatie"
    assert tag_label(theme, wording=dutch) == "Trust"
